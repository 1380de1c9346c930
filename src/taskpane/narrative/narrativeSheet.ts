import type { Narrative } from '../../domain/narrative/narrativeTypes';
import { paragraphText } from '../../domain/narrative/narrativeTypes';
import type { ChartLayout, LayoutCell, SheetLayout } from '../../domain/template/sheetLayout';
import { address, rangeAddress } from '../../domain/workbook/a1';
import { parseAmount } from '../../domain/money/amount';
import { displayWidth } from '../../domain/template/textWidth';

/** The sheet 插入情况说明工作表 adds (a unique variant when the name is taken). */
export const NARRATIVE_SHEET_NAME = '情况说明';

/**
 * One column as wide as an A4 portrait page prints (about 90 character units with Excel's default
 * margins), so the sheet prints on A4 without scaling and wraps where Word would.
 */
export const NARRATIVE_COLUMN_WIDTH = 90;
/** Points per wrapped line of the 11 pt paragraph style, and the cap Excel puts on a row. */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;
/** Rows left free under a chart's table for the chart itself (Excel's default chart is ~15 rows high). */
const CHART_ROWS = 16;
/** Chinese documents open each paragraph with two full-width spaces. */
const INDENT = '\u3000\u3000';

/** Row height that shows a wrapped paragraph whole (Excel does not grow rows written through the API). */
export function paragraphRowHeight(text: string): number {
  const lines = Math.max(1, Math.ceil(displayWidth(text) / (NARRATIVE_COLUMN_WIDTH - 4)));
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 4);
}

/**
 * The 情况说明 as a sheet: the title, then each heading on its own row (bold) and one paragraph per
 * row, wrapped in a single print-width column, portrait A4.
 */
export function narrativeSheetLayout(n: Narrative, name: string = NARRATIVE_SHEET_NAME): SheetLayout {
  const cells: LayoutCell[] = [];
  const rowHeights: Record<number, number> = { 0: 28 };
  let row = 0;
  cells.push({ row: row++, col: 0, value: n.title, style: 'title' });
  for (const s of n.sections) {
    row++; // a blank row before each section
    cells.push({ row, col: 0, value: s.level === 2 ? `${INDENT}${s.heading}` : s.heading, style: 'heading' });
    rowHeights[row] = 20;
    row++;
    for (const p of s.paragraphs) {
      const text = `${INDENT}${paragraphText(p)}`;
      cells.push({ row, col: 0, value: text, style: 'paragraph' });
      rowHeights[row] = paragraphRowHeight(text);
      row++;
    }
  }
  // The charts the documents show, each over a small table of its slices (zero slices left out).
  const charts: ChartLayout[] = [];
  for (const chart of n.charts) {
    // Slice values are printed amounts ("2,858.26"): read them as amounts are read everywhere.
    const slices = chart.slices
      .map((sl) => ({ ...sl, amount: parseAmount(sl.value).value }))
      .filter((sl) => sl.amount !== null && !sl.amount.isZero());
    if (slices.length === 0) continue;
    row++;
    cells.push({ row, col: 0, value: chart.title, style: 'heading' });
    row++;
    const header = row;
    cells.push({ row, col: 0, value: '项目', style: 'header' }, { row, col: 1, value: '金额（万元）', style: 'header' }, { row, col: 2, value: '占比（%）', style: 'header' });
    for (const sl of slices) {
      row++;
      cells.push({ row, col: 0, value: sl.label, style: 'name' }, { row, col: 1, value: sl.amount!.toNumber(), style: 'amount' }, { row, col: 2, value: sl.share, style: 'text' });
    }
    row++;
    charts.push({ type: 'pie', title: chart.title, dataRange: rangeAddress(header, 0, row - 1, 1), anchor: address(row, 0) });
    row += CHART_ROWS;
  }
  return {
    name,
    cells,
    merges: [],
    charts,
    columnWidths: [NARRATIVE_COLUMN_WIDTH, 14, 10],
    rowHeights,
    freezeRows: 0,
    print: { landscape: false, fitToWidth: true, paper: 'A4' },
    tables: [],
  };
}
