/**
 * The ribbon's 校验 button (ExecuteFunction runValidation). Without a shared runtime this file runs on
 * its own, so it does the whole check itself: read, check, mark, and show the counts in a small dialog
 * (Excel has no notification bar for add-in commands). The same page, opened with ?result=…, is
 * that dialog.
 */
import { OfficeGateway } from '../excel/officeGateway';
import { findingMarks } from '../excel/findingMarks';
import { checkWorkbook } from '../domain/checks/checkWorkbook';
import { statusLine } from '../taskpane/findingGroups';

const params = new URLSearchParams(window.location.search);

async function runValidation(event: Office.AddinCommands.Event): Promise<void> {
  let text: string;
  try {
    const gateway = new OfficeGateway();
    // One read sync and one write sync (after listing the sheets), whatever the workbook size.
    const result = await gateway.checkAndMark(async (snapshot) => {
      const r = checkWorkbook(snapshot);
      return { marks: findingMarks(r.findings), result: r };
    });
    const tables = result.recognition.tables.length;
    const errors = result.counts.errors;
    if (errors > 0) await openPane();
    text =
      tables === 0
        ? '没有识别到预算/决算公开表。请检查表格标题，或在“打开助手”中插入模板。'
        : `已校验 ${tables} 张表：${statusLine(result.findings)}。\n错误标为红色，尾数差异标为黄色；在“打开助手”的“校验”页可查看明细。`;
  } catch (e) {
    text = `校验失败：${e instanceof Error ? e.message : String(e)}`;
  }
  showResult(text, () => event.completed());
}

/**
 * On errors, open the pane at its 校验 tab where the host can (a shared runtime, SharedRuntime 1.1);
 * elsewhere the dialog tells the user to open it.
 */
async function openPane(): Promise<void> {
  try {
    if (Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) await Office.addin.showAsTaskpane();
  } catch {
    // Not fatal: the dialog still shows the counts.
  }
}

function showResult(text: string, done: () => void): void {
  const url = `${window.location.origin}${window.location.pathname}?result=${encodeURIComponent(text)}`;
  try {
    Office.context.ui.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, (r) => {
      if (r.status === Office.AsyncResultStatus.Succeeded) {
        r.value.addEventHandler(Office.EventType.DialogMessageReceived, () => r.value.close());
      }
      done();
    });
  } catch {
    done();
  }
}

/** Dialog mode: show the text and a close button that tells the command to close the dialog. */
function renderDialog(text: string): void {
  const box = document.getElementById('result');
  if (!box) return;
  box.textContent = text;
  const close = document.createElement('button');
  close.textContent = '关闭';
  close.onclick = () => Office.context.ui.messageParent('close');
  box.after(close);
}

void Office.onReady(() => {
  const result = params.get('result');
  if (result !== null) {
    renderDialog(result);
    return;
  }
  Office.actions.associate('runValidation', runValidation);
});

// Clients that predate Office.actions look the function up by name on the global object.
(globalThis as unknown as Record<string, unknown>).runValidation = runValidation;
