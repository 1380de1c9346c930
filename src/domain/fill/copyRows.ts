import type { FillContext } from './fillContext';
import { PanelView, type ViewRow } from './panelView';
import { printed, ZERO } from '../money/amount';
import { copyOf } from './sources';
import type { RowFigures, Settled, SettledRows } from './derivations/settledRows';
import { cellAt, cellText } from '../workbook/snapshot';

/**
 * Copies a coded table's rows into another coded table with the same columns (表5 from 表3): the
 * 合计 line, then every 类/款/项 row. Rows the target already has (by code) get their blank cells
 * filled; an empty target body gets its rows written into the blank rows under its 合计 line, and
 * rows inserted below them when there are not enough.
 */
export function copyCodedRows(
  ctx: FillContext,
  from: PanelView,
  to: PanelView,
  columns: readonly (readonly [fromKey: string, toKey: string])[],
  why: string,
): void {
  const fromTotal = from.total();
  const figures = (r: ViewRow, reason: (key: string) => string): RowFigures => ({
    values: new Map(columns.map(([f]) => [f, from.amount(r, f) ?? ZERO])),
    reason,
  });
  const rows = new Map<string, Settled>(from.codedRows().map((r) => [r.code!, figures(r, (f) => reasonOf(from, r, f, why))]));
  const total = fromTotal ? figures(fromTotal, (f) => `${why}：由${from.label()} 合计行 ${from.columnLabel(f)}复制`) : null;
  writeSettledRows(ctx, from, to, columns, { rows, total, inputs: [] }, why);
}

/**
 * Writes a table derived row by row (settleRows) into `to`, the way copyCodedRows copies: by code
 * into the rows it has, or into the blank rows of an empty body. A row that is an input gets its
 * code and name and no amounts, and its cells are marked unknown so no total is summed over them;
 * a row with nothing of this table ('zero') is left out of an empty body.
 */
export function writeSettledRows(
  ctx: FillContext,
  from: PanelView,
  to: PanelView,
  columns: readonly (readonly [fromKey: string, toKey: string])[],
  settled: SettledRows,
  why: string,
): void {
  const fromTotal = from.total();
  const toTotal = to.total();
  if (!fromTotal || !toTotal) {
    ctx.note('warning', to.table, `${to.label()} 或${from.label()} 没有合计行：无法按${from.label()}填写${to.label()}`);
    return;
  }
  // A figure equal to its source row's is a copy of that cell: fill names it and holds it back when that cell is wrong.
  const put = (target: ViewRow, s: Settled, origin: ViewRow | undefined) => {
    for (const [f, t] of columns) {
      if (s === null) to.markUnknown(target, t);
      else if (s === 'zero') to.set(target, t, ZERO, why);
      else if (!s.values.has(f)) to.markUnknown(target, t);
      else {
        const v = s.values.get(f)!;
        const own = origin ? from.amount(origin, f) : undefined;
        to.set(target, t, v, s.reason(f), origin && own && own.equals(v) ? copyOf(from, origin, f, why) : undefined);
      }
    }
  };
  put(toTotal, settled.total, fromTotal);

  const source = from.codedRows();
  const existing = to.codedRows();
  if (existing.length > 0) {
    for (const r of source) {
      const s = settled.rows.get(r.code!) ?? null;
      const target = to.byCode(r.code!);
      if (!target || target.planned) {
        if (s === 'zero') continue;
        ctx.note('warning', to.table, `${to.label()} 缺少科目 ${`${r.code} ${r.name}`.trim()}（${from.label()} 有此行）：请插入该行后再次填充`);
        continue;
      }
      put(target, s, r);
    }
    return;
  }
  const codeCol = to.col('code');
  const nameCol = to.col('name');
  if (codeCol === undefined || nameCol === undefined) return;
  const sheet = ctx.wb.sheets.find((s) => s.name === to.sheet);
  if (!sheet) return;
  const width = Math.max(...to.panel.columns.map((c) => c.col)) + 1;
  const blankRow = (row: number) => {
    for (let c = 0; c < width; c++) if (cellText(cellAt(sheet, row, c)) !== '') return false;
    return true;
  };
  // The blank rows under the 合计 line; a run that ends at another table keeps one row between.
  let end = toTotal.row + 1;
  while (end < sheet.values.length && blankRow(end)) end++;
  let usable = end - (toTotal.row + 1);
  if (end < sheet.values.length && usable > 0 && !/^(注|说明)/.test(cellText(cellAt(sheet, end, 0)))) usable--;
  source
    .filter((r) => settled.rows.get(r.code!) !== 'zero')
    .forEach((r, i) => {
      const s = settled.rows.get(r.code!) ?? null;
      const name = nameOf(ctx, from, r);
      if (i < usable) {
        const row = toTotal.row + 1 + i;
        ctx.setText(to.sheet, row, codeCol, r.code!, `${why}：科目编码取自${from.label()}`);
        if (name) ctx.setText(to.sheet, row, nameCol, name, `${why}：科目名称取自${from.label()}`);
        put({ code: r.code, name, level: r.level, key: null, row }, s, r);
        return;
      }
      const values: (string | number | null)[] = Array.from({ length: width }, () => null);
      values[codeCol] = r.code;
      values[nameCol] = name || null;
      if (s !== null && s !== 'zero') {
        for (const [f, t] of columns) {
          if (!s.values.has(f)) continue;
          const v = printed(s.values.get(f)!);
          values[to.col(t)!] = v.isZero() ? null : v.toNumber();
        }
      }
      ctx.insertRow({
        sheet: to.sheet,
        beforeRow: toTotal.row + 1 + usable,
        code: r.code,
        values,
        reason: `${why}：${to.label()} 空行不足，插入 ${r.code} ${name}（${from.label()} 同一行${s === null ? '，金额待填写' : '复制'}）`,
      });
    });
}

function reasonOf(from: PanelView, r: ViewRow, key: string, why: string): string {
  return `${why}：由${from.label()} ${r.code} ${r.name} ${from.columnLabel(key)}复制`;
}

/** The name as written in the source (wrapped lines kept as the user typed them). */
function nameOf(ctx: FillContext, from: PanelView, r: ViewRow): string {
  const c = from.col('name');
  if (c === undefined) return r.name;
  if (r.planned) return String(r.planned.values[c] ?? '');
  return cellText(ctx.value(from.sheet, r.row, c)) || r.name;
}
