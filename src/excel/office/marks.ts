import { isMarkFormula, MARK_COLORS, markFormula } from '../markTag';
import { ACTION_BYTES, SyncBudget, jsonBytes } from '../payloadBudget';
import { chunkAddresses } from '../rangeAreas';
import type { Mark } from '../workbookGateway';
import type { OfficeAccess } from './officeAccess';

/**
 * The add-in's marks: conditional formats it creates and tags (markTag.ts), deleted by their tag and
 * never with clearAll(), so the user's rules and the templates' sum rules stay. Conditional formats are
 * not on Microsoft's list of APIs that clear the undo stack from ExcelApi 1.20 on
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities#unsupported-apis),
 * so a 校验 written as one undo group is one Ctrl+Z there. Before 1.20 any API write clears the undo
 * stack: that is why marks are written only by an explicit 校验, never by live checking.
 */

/** Queues the load of every sheet's conditional formats (type and custom formula: enough to tell ours). */
export function queueFormatsRead(sheets: readonly Excel.Worksheet[]): Excel.ConditionalFormatCollection[] {
  return sheets.map((ws) => ws.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula'));
}

/**
 * Queues the deletion of our old marks (formats already loaded) and the new marks, one format per sheet
 * and severity (per address list of chunkAddresses where RangeAreas exist); the caller syncs the last of
 * it. So many marks that one sync could not carry them are synced in parts, deletions first.
 */
export async function queueMarks(
  office: OfficeAccess,
  ctx: Excel.RequestContext,
  formats: readonly Excel.ConditionalFormatCollection[],
  names: ReadonlySet<string>,
  marks: readonly Mark[],
): Promise<void> {
  const areas = office.host.supports('ExcelApi', '1.9');
  const budget = new SyncBudget(ctx, office.writeBudget);
  for (const list of formats) {
    for (const cf of list.items) {
      if (cf.type !== 'Custom' || cf.customOrNullObject.isNullObject) continue;
      if (!isMarkFormula(cf.customOrNullObject.rule.formula)) continue;
      await budget.reserve(ACTION_BYTES);
      cf.delete();
    }
  }
  for (const [key, addresses] of groupMarks(marks)) {
    const [sheet, severity] = splitKey(key);
    if (!names.has(sheet)) continue; // a sheet deleted since the check: nothing to mark
    const ws = ctx.workbook.worksheets.getItem(sheet);
    for (const address of areas ? chunkAddresses(addresses) : addresses) {
      // getItem, getRange(s), add, and three property writes with the tagged formula.
      await budget.reserve(ACTION_BYTES * 7 + jsonBytes(address) + jsonBytes(sheet) + jsonBytes(markFormula(severity)));
      const cf = (areas ? ws.getRanges(address) : ws.getRange(address)).conditionalFormats.add('Custom');
      cf.custom.rule.formula = markFormula(severity);
      cf.custom.format.fill.color = MARK_COLORS[severity].fill;
      cf.custom.format.font.color = MARK_COLORS[severity].font;
    }
  }
}

/** One read of every sheet's conditional formats, then one write: delete ours, add the new ones. */
export function replaceMarks(office: OfficeAccess, marks: readonly Mark[]): Promise<void> {
  return office.write(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    const formats = queueFormatsRead(sheets.items);
    await ctx.sync();
    await queueMarks(office, ctx, formats, new Set(sheets.items.map((s) => s.name)), marks);
    await ctx.sync();
  });
}

function groupMarks(marks: readonly Mark[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const m of marks) {
    const key = `${m.severity}\u0000${m.sheet}`;
    const list = groups.get(key) ?? [];
    if (!list.includes(m.address)) list.push(m.address);
    groups.set(key, list);
  }
  return groups;
}

function splitKey(key: string): [string, Mark['severity']] {
  const i = key.indexOf('\u0000');
  return [key.slice(i + 1), key.slice(0, i) as Mark['severity']];
}
