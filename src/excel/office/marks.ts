import { isMarkFormula, MARK_COLORS, markFormula } from '../markTag';
import { ACTION_BYTES, SyncBudget, jsonBytes } from '../payloadBudget';
import { officeCode } from '../officeErrorCode';
import { chunkAddresses } from '../rangeAreas';
import type { Mark, MarkOutcome } from '../workbookGateway';
import type { OfficeAccess } from './officeAccess';

/**
 * The add-in's marks: conditional formats it creates and tags (markTag.ts), deleted by their tag and
 * never with clearAll(), so the user's rules and the templates' sum rules stay. Conditional formats are
 * not on Microsoft's list of APIs that clear the undo stack from ExcelApi 1.20 on
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities#unsupported-apis),
 * so a 校验 written as one undo group is one Ctrl+Z there. Before 1.20 any API write clears the undo
 * stack: that is why marks are written only by an explicit 校验, never by live checking.
 */

/** One sheet as a write of marks needs it: its conditional formats and, when loaded, whether it is protected. */
export interface MarkedSheet {
  readonly name: string;
  readonly ws: Excel.Worksheet;
  readonly formats: Excel.ConditionalFormatCollection;
  /** Null when not read: the sheet is taken as unprotected until Excel refuses a write (writeMarks). */
  readonly protection: Excel.WorksheetProtection | null;
}

/**
 * Queues the load of every sheet's conditional formats (type and custom formula: enough to tell ours)
 * and, with `protection`, whether it is protected (Worksheet.protection, ExcelApi 1.2): Excel refuses any
 * write to a protected sheet. A validation's read leaves protection out: it is already near Excel's 5 MB
 * on a large workbook, and protected sheets are rare (writeMarks finds them when Excel refuses).
 */
export function queueMarkRead(sheets: readonly { readonly name: string; readonly ws: Excel.Worksheet }[], protection = false): MarkedSheet[] {
  return sheets.map(({ name, ws }) => ({
    name,
    ws,
    formats: ws.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula'),
    protection: protection ? ws.protection.load('protected') : null,
  }));
}

/**
 * Writes the marks over the sheets read (queueMarks, then the sync). When Excel refuses it for a
 * protected sheet (AccessDenied; what was queued before that sheet has run, Excel has no rollback),
 * reads the formats again with every sheet's protection and writes around the protected ones: one read
 * and one write sync more, only then.
 */
export async function writeMarks(office: OfficeAccess, ctx: Excel.RequestContext, sheets: readonly MarkedSheet[], marks: readonly Mark[]): Promise<MarkOutcome> {
  try {
    const outcome = await queueMarks(office, ctx, sheets, marks);
    await ctx.sync();
    return outcome;
  } catch (e) {
    if (officeCode(e) !== 'AccessDenied' || sheets.every((s) => s.protection !== null)) throw e;
  }
  const fresh = queueMarkRead(sheets, true);
  await ctx.sync();
  const outcome = await queueMarks(office, ctx, fresh, marks);
  await ctx.sync();
  return outcome;
}

/**
 * Queues the deletion of our old marks (formats already loaded) and the new marks, one format per sheet
 * and severity (per address list of chunkAddresses where RangeAreas exist); the caller syncs the last of
 * it. So many marks that one sync could not carry them are synced in parts, deletions first. Protected
 * sheets are left alone (Excel would refuse the whole sync) and named in the outcome.
 */
export async function queueMarks(office: OfficeAccess, ctx: Excel.RequestContext, sheets: readonly MarkedSheet[], marks: readonly Mark[]): Promise<MarkOutcome> {
  const areas = office.host.supports('ExcelApi', '1.9');
  const budget = new SyncBudget(ctx, office.writeBudget);
  const skipped = new Set<string>();
  const writable = new Set<string>();
  for (const sheet of sheets) {
    const ours = sheet.formats.items.filter((cf) => cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula));
    if (sheet.protection?.protected) {
      if (ours.length > 0) skipped.add(sheet.name);
      continue;
    }
    writable.add(sheet.name);
    for (const cf of ours) {
      await budget.reserve(ACTION_BYTES);
      cf.delete();
    }
  }
  for (const [key, addresses] of groupMarks(marks)) {
    const [sheet, severity] = splitKey(key);
    if (!writable.has(sheet)) {
      // Protected: named; not read (a sheet deleted since the check): nothing to mark.
      if (sheets.some((s) => s.name === sheet)) skipped.add(sheet);
      continue;
    }
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
  return { protectedSheets: sheets.map((s) => s.name).filter((n) => skipped.has(n)) };
}

/** One read of every sheet's conditional formats and protection, then one write: delete ours, add the new ones. */
export function replaceMarks(office: OfficeAccess, marks: readonly Mark[]): Promise<MarkOutcome> {
  return office.write(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    const read = queueMarkRead(
      sheets.items.map((ws) => ({ name: ws.name, ws })),
      true,
    );
    await ctx.sync();
    return writeMarks(office, ctx, read, marks);
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
