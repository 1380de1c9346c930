import { supportsApi } from '../excel/office/apiSupport';

/**
 * The ribbon result dialog: shows the text passed as ?result= and a 关闭 button that asks the command's
 * page to close the dialog (a dialog cannot close itself).
 */
function render(text: string): void {
  const box = document.getElementById('result');
  if (!box) return;
  box.textContent = text;
  const close = document.createElement('button');
  close.textContent = '关闭';
  close.onclick = () => {
    if (supportsApi('DialogApi', '1.1')) Office.context.ui.messageParent('close');
  };
  box.after(close);
}

render(new URLSearchParams(window.location.search).get('result') ?? '');
void Office.onReady();
