import Decimal from 'decimal.js';
import { SEVERITY_LABEL, type Finding } from '../domain/findings/finding';
import { formatWan } from '../domain/money/format';
import { describeRow, explain, stripTablePrefix, type CrossItem, type TableContext } from './ruleExplanation';

/**
 * One finding as one line of the person-readable `check` output: severity, where (cell, row,
 * column), then 实为 / 应为 / 差额 and what the rule compared (the parts of the sum, the
 * relation, the 尾数差异 note). Each field once; the table and sheet are in the group heading,
 * so a cell is written Sheet!A1 only when it lies on another sheet than the heading's.
 */
export function findingLine(f: Finding, t: TableContext | null): string {
  const head = `  [${SEVERITY_LABEL[f.severity]}] `;
  const cell = f.cell ? `${f.sheet && f.sheet !== t?.sheet ? `${f.sheet}!` : ''}${f.cell}` : null;
  const e = explain(f, t);
  if (e?.kind === 'sum') {
    const expected =
      e.parts && e.parts.length === 1
        ? amounts(e.parts[0])
        : e.parts
          ? `${e.children ? '下级科目 ' : ''}${e.parts.map(amounts).join(' + ')} = ${wan(f.expected!)}`
          : e.count !== null
            ? `${e.children ? '下级科目 ' : ''}${e.count} 项之和 ${wan(f.expected!)}`
            : wan(f.expected!);
    const where = location(cell, f.row, f.column) + (e.relation ? `（${e.relation}）` : '');
    return `${head}${where}：实为 ${e.blankTotal ? '空白' : wan(f.actual!)}，应为 ${expected}，差额 ${wan(f.difference!)}${note(e.note)}`;
  }
  if (e?.kind === 'cross') {
    const first = e.left[0];
    const own = e.left.length === 1 && first.address === f.cell;
    const row = f.row ?? (first.address === f.cell && first.row ? { code: null, name: first.row } : null);
    const item = (x: CrossItem) => crossItem(x, t);
    const actual = own ? wan(f.actual!) : `${e.left.map(item).join(' + ')} = ${wan(f.actual!)}`;
    const expected = e.right.length === 1 ? item(e.right[0]) : `${e.right.map(item).join(' + ')} = ${wan(f.expected!)}`;
    return `${head}${location(cell, row, f.column)}（表间关系“${e.relation}”）：实为 ${actual}，应为 ${expected}，差额 ${wan(f.difference!)}${note(e.note)}`;
  }
  if (e?.kind === 'cross-missing') {
    return `${head}${location(cell, f.row, f.column)}（表间关系“${e.relation}”）：实为 ${wan(f.actual!)}，应为 ${wan(f.expected!)}，差额 ${wan(f.difference!)}，${e.reason}`;
  }
  if (e?.kind === 'text') {
    const where = location(e.cellSaid ? null : cell, e.rowSaid ? null : f.row, e.columnSaid ? null : f.column);
    return `${head}${where ? `${where}：` : ''}${e.text}${figures(f)}`;
  }
  // A message of a shape this report does not know: whole, with every field beside it.
  const where = location(cell, f.row, f.column);
  const text = t ? stripTablePrefix(f.message, t) : f.message;
  return `${head}${where ? `${where}：` : ''}${text}${figures(f)}`;
}

/** "C7 208 社会保障和就业支出 行“合计”列", any part left out when null. */
function location(cell: string | null, row: { code: string | null; name: string } | null, column: string | null): string {
  const col = column ? `“${column}”列` : '';
  return [cell, row ? `${describeRow(row)} 行${col}` : col].filter(Boolean).join(' ');
}

function crossItem(x: CrossItem, t: TableContext | null): string {
  const at = x.sheet === t?.sheet ? x.address : `${x.sheet}!${x.address}`;
  return `表${x.table}${x.row ? ` ${x.row}` : ''}“${x.column}” ${wan(x.value)}（${at}）`;
}

function figures(f: Finding): string {
  const out: string[] = [];
  if (f.actual !== null) out.push(`实为 ${wan(f.actual)}`);
  if (f.expected !== null) out.push(`应为 ${wan(f.expected)}`);
  if (f.difference !== null) out.push(`差额 ${wan(f.difference)}`);
  return out.length ? `；${out.join('，')}` : '';
}

function note(n: string | null): string {
  return n ? `（${n}）` : '';
}

/** "基本支出 2460.09" → "基本支出 2,460.09": the amounts a part names, in the report's format. */
function amounts(part: string): string {
  return part.replace(/(-?\d+\.\d{2})$/, (a) => wan(a));
}

function wan(s: string): string {
  try {
    return formatWan(new Decimal(s));
  } catch {
    return s;
  }
}
