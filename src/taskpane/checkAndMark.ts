import type { WorkbookGateway } from '../excel/workbookGateway';
import { findingMarks } from '../excel/findingMarks';
import type { CheckSummary } from './checkMessages';
import { checkOffThread } from './checkOffThread';

/**
 * A whole check with its marks: read, check (off the pane's thread), mark — one read sync and one write
 * sync (after listing the sheets), whatever the workbook size. The 校验 button without live checking and
 * the ribbon's 校验 outside a shared runtime both run this.
 */
export function checkAndMark(gateway: WorkbookGateway): Promise<CheckSummary> {
  return gateway.checkAndMark(async (snapshot) => {
    const summary = await checkOffThread(snapshot);
    return { marks: findingMarks(summary.findings), result: summary };
  });
}
