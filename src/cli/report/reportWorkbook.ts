import type { Finding } from '../../domain/findings/finding';
import { CLASS_LABEL, classCounts, findingClass } from '../../domain/findings/findingClass';
import { clipQuoted } from '../../domain/findings/findingText';
import { reportGroups } from '../../domain/findings/reportGroups';
import type { LayoutCell, SheetLayout } from '../../domain/template/sheetLayout';
import { rangeAddress } from '../../domain/workbook/a1';
import type { FileCheck } from '../fileCheck';
import { byErrors } from './folderReport';

/**
 * `check --report FILE.xlsx` (cli.md "Folders"): a 汇总 sheet, one row per file (unit, year, kind,
 * profile, tables found and missing, the counts in the four words, why it could not be read), and a
 * 问题 sheet, one row per finding, files in the 汇总's order and findings in the report's. Amounts are
 * number cells in the unit their table prints; the unit is beside them.
 */
export function reportLayouts(checks: readonly FileCheck[], checkedAt: string): SheetLayout[] {
  const ordered = byErrors(checks);
  return [summarySheet(ordered, checkedAt), findingsSheet(ordered)];
}

const KIND_LABEL = { budget: '预算公开', final: '决算公开' } as const;
/** Excel holds at most 32,767 characters in a cell. */
const CELL_TEXT_MAX = 32000;

type Put = (row: number, col: number, value: string | number | null, style: LayoutCell['style']) => void;

function sheet(name: string, headers: readonly string[], widths: readonly number[], title: string, note: string, fill: (put: Put, firstRow: number) => void): SheetLayout {
  const cells: LayoutCell[] = [];
  const put: Put = (row, col, value, style) => cells.push({ row, col, value: typeof value === 'string' ? value.slice(0, CELL_TEXT_MAX) : value, style });
  const last = headers.length - 1;
  put(0, 0, title, 'title');
  put(1, 0, note, 'unitLine');
  headers.forEach((h, c) => put(2, c, h, 'header'));
  fill(put, 3);
  return {
    name,
    cells,
    merges: [rangeAddress(0, 0, 0, last), rangeAddress(1, 0, 1, last)],
    columnWidths: widths,
    rowHeights: { 0: 28 },
    freezeRows: 3,
    print: { landscape: true, fitToWidth: true, paper: 'A4' },
    tables: [],
  };
}

function summarySheet(ordered: readonly FileCheck[], checkedAt: string): SheetLayout {
  const headers = ['序号', '文件', '单位', '年度', '类型', '表套', '识别的表', '缺少的表', '错误', '尾数差异', '提示', '信息', '无法读取的原因'];
  const unreadable = ordered.filter((c) => c.error !== undefined).length;
  const note = `校验时间：${checkedAt}；共 ${ordered.length} 个文件，已检查 ${ordered.length - unreadable} 个${unreadable ? `，无法读取 ${unreadable} 个` : ''}`;
  return sheet('汇总', headers, [6, 40, 28, 8, 10, 18, 12, 30, 8, 10, 8, 8, 50], '校验汇总', note, (put, first) => {
    ordered.forEach((c, i) => {
      const r = first + i;
      const n = classCounts(c.findings);
      const values: [string | number | null, LayoutCell['style']][] = [
        [i + 1, 'count'],
        [c.file, 'text'],
        [c.unit, 'text'],
        [c.year, 'text'],
        [c.kind ? KIND_LABEL[c.kind] : null, 'text'],
        [c.profile, 'text'],
        [c.error === undefined ? c.tables.length : null, 'count'],
        [c.missing.join('、'), 'text'],
        ...(c.error === undefined ? (['error', 'rounding', 'hint', 'info'] as const).map((k): [number, LayoutCell['style']] => [n[k], 'count']) : ([[null, 'count'], [null, 'count'], [null, 'count'], [null, 'count']] as [null, LayoutCell['style']][])),
        [c.error ?? '', 'text'],
      ];
      values.forEach(([v, style], col) => put(r, col, v, style));
    });
  });
}

function findingsSheet(ordered: readonly FileCheck[]): SheetLayout {
  const headers = ['序号', '文件', '单位', '类别', '表', '单元格', '行', '列', '实为', '应为', '差额', '金额单位', '规则', '说明'];
  const rows: { c: FileCheck; f: Finding }[] = ordered.flatMap((c) => reportGroups(c.findings).flatMap((g) => g.findings.map((f) => ({ c, f }))));
  const note = rows.length ? `共 ${rows.length} 条：${(['error', 'rounding', 'hint', 'info'] as const).map((k) => `${CLASS_LABEL[k]} ${rows.filter((x) => findingClass(x.f) === k).length} 条`).join('，')}` : '未发现问题';
  return sheet('问题', headers, [6, 36, 24, 10, 16, 14, 30, 16, 14, 14, 12, 8, 18, 80], '校验发现的问题', note, (put, first) => {
    rows.forEach(({ c, f }, i) => {
      const r = first + i;
      const table = tableOf(c, f);
      const amount = (s: string | null) => (s === null ? null : Number(s));
      const values: [string | number | null, LayoutCell['style']][] = [
        [i + 1, 'count'],
        [c.file, 'text'],
        [c.unit, 'text'],
        [CLASS_LABEL[findingClass(f)], 'text'],
        [table?.name ?? '', 'text'],
        [f.sheet && f.cell ? `${f.sheet}!${f.cell}` : (f.sheet ?? ''), 'text'],
        [f.row ? `${f.row.code ? `${f.row.code} ` : ''}${f.row.name}` : '', 'text'],
        [f.column ?? '', 'text'],
        [amount(f.actual), 'amount'],
        [amount(f.expected), 'amount'],
        [amount(f.difference), 'amount'],
        [f.actual !== null || f.expected !== null ? (table?.unit ?? '万元') : '', 'text'],
        [f.rule, 'text'],
        [clipQuoted(f.message, 200), 'text'],
      ];
      values.forEach(([v, style], col) => put(r, col, v, style));
    });
  });
}

/** The table a finding is about, as the sheet names it: 预算公开表3, 项目支出绩效目标表“…”. */
function tableOf(c: FileCheck, f: Finding): { name: string; unit: string } | undefined {
  const t = f.table !== null ? c.tables.find((x) => x.no === f.table) : f.form !== undefined ? c.tables.find((x) => x.no === null && x.form === f.form && x.sheet === f.sheet) : undefined;
  if (!t) return f.table !== null ? { name: `表${f.table}`, unit: '万元' } : undefined;
  return { name: t.no === null && t.project ? `${t.label}“${t.project}”` : t.label, unit: t.unit };
}
