import type { MarkOutcome, WorkbookGateway } from '../../excel/workbookGateway';
import { findingMarks } from '../../excel/findingMarks';
import type { CheckSummary } from './checkMessages';
import { checkOffThread } from './checkOffThread';

/**
 * A whole check with its marks: read, check (off the pane's thread), mark — one read sync and one write
 * sync (after listing the sheets), whatever the workbook size. Protected sheets are checked but not
 * marked; the outcome names them. The 校验 button without live checking and
 * the ribbon's 校验 outside a shared runtime both run this.
 */
export async function checkAndMark(gateway: Pick<WorkbookGateway, 'readForMarks'>): Promise<CheckSummary & { readonly marked: MarkOutcome }> {
  const read = await gateway.readForMarks();
  let summary: CheckSummary;
  try {
    summary = await checkOffThread(read.snapshot);
  } catch (e) {
    await read.cancel();
    throw e;
  }
  const marked = await read.replaceMarks(findingMarks(summary.findings));
  return { ...summary, marked };
}
