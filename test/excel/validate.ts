import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import type { Mark, WorkbookGateway } from '../../src/excel/workbookGateway';

/**
 * A validation as the pane runs it (src/taskpane/check/checkAndMark.ts), with the check given by the test:
 * the gateway's read, `check`, then its one write of marks.
 */
export async function validate<T>(
  gateway: Pick<WorkbookGateway, 'readForMarks'>,
  check: (wb: WorkbookSnapshot) => { marks: readonly Mark[]; result: T } | Promise<{ marks: readonly Mark[]; result: T }>,
): Promise<T> {
  const read = await gateway.readForMarks();
  let out: { marks: readonly Mark[]; result: T };
  try {
    out = await check(read.snapshot);
  } catch (e) {
    await read.cancel();
    throw e;
  }
  await read.replaceMarks(out.marks);
  return out.result;
}
