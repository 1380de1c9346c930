import type { WorkbookGateway } from '../excel/workbookGateway';
import { findingMarks } from '../excel/findingMarks';
import type { CheckSummary } from '../taskpane/checkMessages';
import { checkOffThread } from '../taskpane/checkOffThread';

/**
 * The ribbon's check when the pane is not in the same runtime: read, check, mark — one read sync and one
 * write sync (after listing the sheets), whatever the workbook size, as in the pane.
 */
export function standaloneCheck(gateway: WorkbookGateway): Promise<CheckSummary> {
  return gateway.checkAndMark(async (snapshot) => {
    const summary = await checkOffThread(snapshot);
    return { marks: findingMarks(summary.findings), result: summary };
  });
}
