import type { Catalog } from '../catalog/catalog';
import type { RecognitionResult } from '../recognition/recognizedTable';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { FillContext } from './fillContext';
import type { FillPlan } from './fillTypes';
import { budgetSummary01 } from './derivations/budgetSummary01';
import { budgetSummary04 } from './derivations/budgetSummary04';
import { budgetTable05 } from './derivations/budgetTable05';
import { finalSummary01 } from './derivations/finalSummary01';
import { finalSummary04 } from './derivations/finalSummary04';
import { finalTable05 } from './derivations/finalTable05';
import { namesFromCodes } from './derivations/namesFromCodes';
import { parentRows } from './derivations/parentRows';
import { totalLines } from './derivations/totalLines';
import { withoutNewErrors } from './withoutNewErrors';
import { withoutFaultySources } from './faultySources';
import { checkRecognized } from '../checks/checkWorkbook';

/**
 * What fill would write: names from codes, missing parent rows, totals whose parts are known,
 * and the summary tables from the tables they repeat. Order matters: each step reads what the
 * earlier ones planned (表5 before 表4, 表4 before 公开01表, totals first and last). A figure that is
 * itself part of an error is not copied anywhere (faultySources), and a write that would join a new
 * error is held back too (withoutNewErrors); each with a note.
 */
export function planFill(wb: WorkbookSnapshot, recognition: RecognitionResult, catalog: Catalog): FillPlan {
  const ctx = new FillContext(wb, recognition, catalog);
  namesFromCodes(ctx);
  parentRows(ctx);
  totalLines(ctx, 'coded');
  budgetTable05(ctx);
  budgetSummary01(ctx);
  budgetSummary04(ctx);
  finalTable05(ctx);
  finalSummary04(ctx);
  finalSummary01(ctx);
  totalLines(ctx);
  const before = checkRecognized(wb, recognition, { catalog }).findings;
  return withoutNewErrors(wb, recognition, catalog, withoutFaultySources(ctx.result(), before), before);
}
