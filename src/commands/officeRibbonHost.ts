import { supportsApi } from '../excel/office/apiSupport';
import type { CommandEvent, RibbonHost } from './ribbonCommands';

/** The dialog page that shows a ribbon result (dist/result-dialog.html, built from resultDialog.ts). */
export const RESULT_DIALOG_PAGE = 'result-dialog.html';

/** Is this page running in a shared runtime? Only then are the ribbon and the pane one page. */
export function inSharedRuntime(): boolean {
  return supportsApi('SharedRuntime', '1.1');
}

/** RibbonHost over Office.js. */
export function officeRibbonHost(): RibbonHost {
  return {
    sharedRuntime: inSharedRuntime(),
    associate(name, handler) {
      Office.actions.associate(name, (event: CommandEvent) => handler(event));
      // Clients that predate Office.actions look the function up by name on the global object.
      (globalThis as unknown as Record<string, unknown>)[name] = handler;
    },
    showPane: () => (supportsApi('SharedRuntime', '1.1') ? Office.addin.showAsTaskpane() : Promise.reject(new Error('此版本的 Excel 不支持共享运行时，无法打开任务窗格'))),
    showMessage: (text) => showResultDialog(text),
  };
}

/** Opens the result dialog; resolves once it is open (or could not open: never rejects). */
function showResultDialog(text: string): Promise<void> {
  const url = new URL(RESULT_DIALOG_PAGE, document.baseURI);
  url.searchParams.set('result', text);
  return new Promise((resolve) => {
    if (!supportsApi('DialogApi', '1.1')) {
      resolve();
      return;
    }
    try {
      Office.context.ui.displayDialogAsync(url.href, { height: 25, width: 30, displayInIframe: true }, (r) => {
        if (r.status === Office.AsyncResultStatus.Succeeded) {
          // The dialog's 关闭 button asks us to close it.
          r.value.addEventHandler(Office.EventType.DialogMessageReceived, () => r.value.close());
        }
        resolve();
      });
    } catch {
      resolve();
    }
  });
}
