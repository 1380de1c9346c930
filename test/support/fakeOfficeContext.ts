/**
 * The Office.js outside Excel.run that 自检 asks about (src/excel/office/officeContextProbe.ts), over a
 * FakeWorkbook: isSetSupported answers from the workbook's ExcelApi version and other sets, a dialog
 * opens only where DialogApi 1.1 exists (and is counted, so a test can see none is left open), and the
 * startup behaviour exists only with SharedRuntime 1.1 — as strict as Office, which throws there.
 */
import type { DialogProbeResult, OfficeContextProbe } from '../../src/excel/office/officeContextProbe';
import { FakeOfficeError, type FakeWorkbook } from './fakeExcel';

export class FakeOfficeContext implements OfficeContextProbe {
  /** Dialogs opened, and open now. */
  dialogsOpened = 0;
  dialogsOpen = 0;
  /** What the next dialog does: open, or fail with Office's dialog error code (12007: one is already open). */
  dialogError: { code: number; message: string } | null = null;
  startup: 'Load' | 'None' = 'None';
  readonly webView = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';

  constructor(
    private readonly workbook: FakeWorkbook,
    private readonly where: { readonly platform: string; readonly version: string } = { platform: 'PC', version: '16.0.18526.20168' },
  ) {}

  diagnostics(): { host: string; platform: string; version: string } {
    return { host: 'Excel', ...this.where };
  }

  isSetSupported(set: string, version: string): boolean {
    return this.workbook.hasSet(set, version);
  }

  async openAndCloseDialog(): Promise<DialogProbeResult> {
    if (!this.workbook.hasSet('DialogApi', '1.1')) throw new FakeOfficeError('ApiNotFound', 'displayDialogAsync needs DialogApi 1.1');
    if (this.dialogError) return { opened: false, code: String(this.dialogError.code), message: this.dialogError.message };
    this.dialogsOpened++;
    this.dialogsOpen++;
    await Promise.resolve();
    this.dialogsOpen--;
    return { opened: true };
  }

  async startupBehavior(): Promise<string> {
    if (!this.workbook.hasSet('SharedRuntime', '1.1')) throw new FakeOfficeError('ApiNotFound', 'Office.addin needs SharedRuntime 1.1');
    return this.startup;
  }
}
