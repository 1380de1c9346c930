import type { CellStyle, SheetLayout } from '../../domain/template/sheetLayout';
import type { TemplateMetadata } from '../../domain/workbook/snapshot';
import { cellKey } from '../../domain/workbook/snapshot';
import { parseRange } from '../../domain/workbook/a1';
import { metadataToXml } from '../../domain/template/metadataXml';
import { OFFICE_STYLES, cellInput, charsToPoints, type OfficeCellStyle } from '../officeStyles';
import { ACTION_BYTES, SyncBudget, jsonBytes } from '../payloadBudget';
import { SheetExistsError, WorkbookProtectedError } from '../workbookGateway';
import { mergedMetadata, queueMetadataListing } from './customXml';
import type { ApiSupport } from './apiSupport';
import type { OfficeAccess } from './officeAccess';

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/**
 * Adds new sheets laid out as published (templates, 校验报告, 情况说明). Refuses (SheetExistsError,
 * nothing written) when a name is taken; with metadata, merges it into the workbook's custom XML part.
 * One read sync (names, metadata) and one write sync, or several for layouts too large for one.
 */
export function writeLayouts(office: OfficeAccess, layouts: readonly SheetLayout[], metadata?: TemplateMetadata): Promise<void> {
  return office.write(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    const parts = metadata ? queueMetadataListing(ctx) : null;
    // Workbook.protection is ExcelApi 1.7, the manifest's minimum: a protected structure refuses new sheets.
    const structure = ctx.workbook.protection.load('protected');
    await ctx.sync();
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    // Excel compares sheet names case-insensitively.
    const clash = layouts.map((l) => l.name).filter((n) => taken.has(n.toLowerCase()));
    if (clash.length > 0) throw new SheetExistsError(clash);
    if (structure.protected && layouts.length > 0) throw new WorkbookProtectedError(layouts.map((l) => l.name));
    const merged = metadata && parts ? await mergedMetadata(ctx, parts, metadata) : undefined;

    // One write sync, or several for layouts too large for one (in order: a sheet before its cells).
    const budget = new SyncBudget(ctx, office.writeBudget);
    for (const layout of layouts) {
      await budget.reserve(ACTION_BYTES * 2 + jsonBytes(layout.name));
      const ws = ctx.workbook.worksheets.add(layout.name);
      await queueLayout(ws, layout, office.host, budget);
    }
    if (merged) {
      const xml = metadataToXml(merged);
      await budget.reserve(ACTION_BYTES * (2 + (parts?.items.length ?? 0)) + jsonBytes(xml));
      for (const p of parts?.items ?? []) p.delete();
      ctx.workbook.customXmlParts.add(xml);
    }
    if (layouts.length > 0) ctx.workbook.worksheets.getItem(layouts[0].name).activate();
    await ctx.sync();
  });
}

/**
 * Queues a whole SheetLayout on a new sheet; `budget` syncs in between only when the queued work
 * would be too large for one sync. Cells are written in runs of one style per row.
 */
async function queueLayout(ws: Excel.Worksheet, layout: SheetLayout, api: ApiSupport, budget: SyncBudget): Promise<void> {
  for (const [i, w] of layout.columnWidths.entries()) {
    await budget.reserve(ACTION_BYTES * 4);
    ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = charsToPoints(w);
  }
  for (const [row, h] of Object.entries(layout.rowHeights ?? {})) {
    await budget.reserve(ACTION_BYTES * 4);
    ws.getRangeByIndexes(Number(row), 0, 1, 1).getEntireRow().format.rowHeight = h;
  }

  const styleAt = new Map<string, CellStyle>();
  for (const c of layout.cells) styleAt.set(cellKey(c.row, c.col), c.style);
  for (const run of cellRuns(layout)) {
    const style = OFFICE_STYLES[run.style];
    // The range, its number formats, style and values.
    await budget.reserve(ACTION_BYTES * (4 + styleActions(style, run.values.length > 1)) + 2 * run.values.reduce((n: number, v) => n + jsonBytes(v), 0));
    const range = ws.getRangeByIndexes(run.row, run.col, 1, run.values.length);
    // Number format before values: a code written into a text cell stays "2080501".
    if (style.numberFormat) range.numberFormat = [run.values.map(() => style.numberFormat as string)];
    applyStyle(range, style, run.values.length > 1);
    range.values = [run.values.map(cellInput)];
  }
  // Formula cells (a template's totals): written as formulas after their run put the cached value there.
  for (const c of layout.cells) {
    if (!c.formula) continue;
    await budget.reserve(ACTION_BYTES * 2 + jsonBytes(c.formula));
    ws.getRangeByIndexes(c.row, c.col, 1, 1).formulas = [[c.formula]];
  }
  for (const m of layout.merges) {
    await budget.reserve(ACTION_BYTES * (3 + styleActions(OFFICE_STYLES.header, false)) + jsonBytes(m));
    const { start } = parseRange(m);
    const style = styleAt.get(cellKey(start.row, start.col));
    const range = ws.getRange(m);
    if (style) applyStyle(range, OFFICE_STYLES[style], false);
    range.merge(false);
  }
  await budget.reserve(ACTION_BYTES * 8);
  if (layout.freezeRows > 0) ws.freezePanes.freezeRows(layout.freezeRows);
  // Page setup (ExcelApi 1.9) and drop-down lists (1.8) are left out where Excel lacks them.
  if (api.supports('ExcelApi', '1.9')) {
    ws.pageLayout.orientation = layout.print.landscape ? 'Landscape' : 'Portrait';
    ws.pageLayout.paperSize = 'A4';
    ws.pageLayout.centerHorizontally = true;
    if (layout.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
  for (const rule of layout.sumRules ?? []) {
    await budget.reserve(ACTION_BYTES * 6 + jsonBytes(rule.range) + jsonBytes(rule.formula));
    const cf = ws.getRange(rule.range).conditionalFormats.add('Custom');
    cf.custom.rule.formula = rule.formula.startsWith('=') ? rule.formula : `=${rule.formula}`;
    cf.custom.format.fill.color = '#FFC7CE';
    cf.custom.format.font.color = '#9C0006';
  }
  for (const chart of layout.charts ?? []) {
    await budget.reserve(ACTION_BYTES * 6 + jsonBytes(chart.dataRange) + jsonBytes(chart.title) + jsonBytes(chart.anchor));
    const c = ws.charts.add('Pie', ws.getRange(chart.dataRange), 'Columns');
    c.title.text = chart.title;
    c.setPosition(chart.anchor);
  }
  if (api.supports('ExcelApi', '1.8')) {
    for (const [addr, list] of Object.entries(layout.choices ?? {})) {
      await budget.reserve(ACTION_BYTES * 4 + jsonBytes(addr) + 3 * jsonBytes(list.join(',')));
      const dv = ws.getRange(addr).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: list.join(',') } };
      dv.errorAlert = { showAlert: true, style: 'Stop', title: '请从列表中选择', message: `可选：${list.join('、')}` };
    }
  }
}

/** The actions and object paths applyStyle queues (for the payload estimate). */
function styleActions(style: OfficeCellStyle, inside: boolean): number {
  const font = 6; // format and font paths, name, size, bold, italic
  const flags = [style.font.color, style.horizontal, style.vertical, style.wrap].filter(Boolean).length;
  const fill = style.fill ? 2 : 0;
  const borders = style.border ? 1 + (inside ? 5 : 4) * 5 : 0; // per edge: path, instantiation, three writes
  return font + flags + fill + borders;
}

function applyStyle(range: Excel.Range, style: OfficeCellStyle, inside: boolean): void {
  const f = range.format;
  f.font.name = style.font.name;
  f.font.size = style.font.size;
  f.font.bold = style.font.bold ?? false;
  f.font.italic = style.font.italic ?? false;
  if (style.font.color) f.font.color = style.font.color;
  if (style.horizontal) f.horizontalAlignment = style.horizontal;
  if (style.vertical) f.verticalAlignment = style.vertical;
  if (style.wrap) f.wrapText = true;
  if (style.fill) f.fill.color = style.fill;
  if (style.border) {
    const edges: (typeof BORDER_EDGES[number] | 'InsideVertical')[] = [...BORDER_EDGES];
    if (inside) edges.push('InsideVertical');
    for (const edge of edges) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = '#000000';
    }
  }
}

interface CellRun {
  readonly row: number;
  readonly col: number;
  readonly style: CellStyle;
  readonly values: (string | number | null)[];
}

/** Consecutive cells of one row with the same style, so a table is a few dozen range writes, not hundreds. */
export function cellRuns(layout: SheetLayout): CellRun[] {
  const sorted = [...layout.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { row: number; col: number; style: CellStyle; values: (string | number | null)[] }[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.style === c.style && last.col + last.values.length === c.col) {
      last.values.push(c.value);
    } else {
      runs.push({ row: c.row, col: c.col, style: c.style, values: [c.value] });
    }
  }
  return runs;
}
