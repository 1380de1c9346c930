import type { Finding } from '../../domain/findings/finding';
import type { Kind } from '../../domain/forms/formTypes';
import type { LayoutCell, SheetLayout } from '../../domain/template/sheetLayout';
import { rangeAddress } from '../../domain/workbook/a1';
import { suspectLead } from '../../domain/findings/findingText';
import { SUSPECT_RULE } from '../../domain/findings/finding';
import { CLASS_LABEL } from '../../domain/findings/findingClass';
import { findingClass, groupFindings, listedInOrder, statusLine, tableTitle } from '../shared/findingGroups';

/** The sheet 写入校验报告 adds (a unique variant when the name is taken: never overwritten). */
export const REPORT_SHEET_NAME = '校验报告';

export interface CheckReportInput {
  readonly findings: readonly Finding[];
  /** When the check ran, already in words (formatCheckTime). */
  readonly checkedAt: string;
  /** Number of recognised tables. */
  readonly tables: number;
  readonly kind: Kind | null;
  /** The table set recognised: its tables' short names in the 表 column (表3 in a national set). */
  readonly profile?: string | null;
}

const HEADERS = ['序号', '类别', '表', '单元格', '行', '列', '实为', '应为', '差额', '说明'] as const;
const WIDTHS = [6, 10, 10, 14, 28, 16, 12, 12, 10, 70];
const FIRST_ROW = 4;

/** "2026年11月25日 12:05:09", in the pane's local time (shared with `check --report`). */
export { formatCheckTime } from '../../domain/findings/checkTime';

/** A compared figure as a number cell (the finding holds it as a two-decimal string). */
function amountCell(s: string | null): number | null {
  return s === null ? null : Number(s);
}

/**
 * 校验报告 for the submission file: when, what was found in totals, then every finding in the pane's
 * order (tables with errors first; in a table its suspect cell, 类别 最可能出错, followed by the
 * findings it explains, then errors first), one row each.
 */
export function checkReportLayout(name: string, input: CheckReportInput): SheetLayout {
  const cells: LayoutCell[] = [];
  const put = (row: number, col: number, value: string | number | null, style: LayoutCell['style']) => cells.push({ row, col, value, style });
  const last = HEADERS.length - 1;
  put(0, 0, '校验报告', 'title');
  put(1, 0, `校验时间：${input.checkedAt}`, 'unitLine');
  put(2, 0, `识别公开表 ${input.tables} 张；结果：${statusLine(input.findings)}`, 'unitLine');
  HEADERS.forEach((h, c) => put(3, c, h, 'header'));

  const ordered = listedInOrder(groupFindings(input.findings, input));
  ordered.forEach((f, i) => {
    const r = FIRST_ROW + i;
    put(r, 0, i + 1, 'count');
    put(r, 1, f.rule === SUSPECT_RULE ? suspectLead(f) : CLASS_LABEL[findingClass(f)], 'text');
    put(r, 2, tableTitle(f.table, input), 'text');
    put(r, 3, f.sheet && f.cell ? `${f.sheet}!${f.cell}` : f.sheet ?? '', 'text');
    put(r, 4, f.row ? `${f.row.code ? `${f.row.code} ` : ''}${f.row.name}` : '', 'text');
    put(r, 5, f.column ?? '', 'text');
    put(r, 6, amountCell(f.actual), 'amount');
    put(r, 7, amountCell(f.expected), 'amount');
    put(r, 8, amountCell(f.difference), 'amount');
    put(r, 9, f.message, 'text');
  });
  if (ordered.length === 0) put(FIRST_ROW, 0, '未发现问题。', 'note');

  return {
    name,
    cells,
    merges: [rangeAddress(0, 0, 0, last), rangeAddress(1, 0, 1, last), rangeAddress(2, 0, 2, last), ...(ordered.length === 0 ? [rangeAddress(FIRST_ROW, 0, FIRST_ROW, last)] : [])],
    columnWidths: WIDTHS,
    rowHeights: { 0: 28 },
    freezeRows: FIRST_ROW,
    print: { landscape: true, fitToWidth: true, paper: 'A4' },
    tables: [],
  };
}
