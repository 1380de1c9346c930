import { SEVERITY_LABEL, type Finding, type FindingPart } from '../domain/findings/finding';
import { identityItem, roundingNote as note, suspectChange, suspectLead, sumOfParts as sum, wan } from '../domain/findings/findingText';
import { describeRow } from '../domain/checks/sumComparison';

/** The group heading a finding line stands under: what the line need not repeat. */
export interface TableContext {
  /** 预算公开表3 / 公开03表. */
  readonly label: string;
  readonly title: string | null;
  readonly sheet: string | null;
}

type Row = { readonly code: string | null; readonly name: string } | null;

/**
 * One finding as one line of the person-readable `check` output: severity, where (cell, row,
 * column), then 实为 / 应为 / 差额 and what the rule compared (the parts of the sum, the
 * relation, the 尾数差异 note), all from the finding's fields and `detail`. Each field once; the
 * table and sheet are in the group heading, so a cell is written Sheet!A1 only when it lies on
 * another sheet than the heading's. A finding without `detail` prints its message.
 */
export function findingLine(f: Finding, t: TableContext | null): string {
  const head = `  [${SEVERITY_LABEL[f.severity]}] `;
  const cell = f.cell ? at(f.sheet, f.cell, t) : null;
  const d = f.detail;
  const figures = f.actual !== null && f.expected !== null && f.difference !== null;
  if (d?.kind === 'sum' && figures) {
    const where = location(cell, f.row, f.column) + (d.relation ? `（${d.relation}）` : '');
    return `${head}${where}：实为 ${d.blankTotal ? '空白' : wan(f.actual!)}，应为 ${sum(d.parts, f.expected!, d.partsAre)}，差额 ${wan(f.difference!)}${note(d.rounding)}`;
  }
  if (d?.kind === 'identity' && figures) {
    const row: Row = f.row ?? (d.rowName ? { code: null, name: d.rowName } : null);
    const item = (p: FindingPart) => identityItem(p, t?.sheet ?? null);
    // The first left item is the finding's cell: alone, its value says it.
    const actual = d.left.length === 1 ? wan(f.actual!) : `${d.left.map(item).join(' + ')} = ${wan(f.actual!)}`;
    const expected = d.right.length === 1 ? item(d.right[0]) : `${d.right.map(item).join(' + ')} = ${wan(f.expected!)}`;
    return `${head}${location(cell, row, f.column)}（表间关系“${d.relation}”）：实为 ${actual}，应为 ${expected}，差额 ${wan(f.difference!)}${note(d.rounding)}`;
  }
  if (d?.kind === 'suspect' && figures) {
    return `${head}${location(cell, f.row, f.column)}：${suspectLead(f)}，实为 ${wan(f.actual!)}，${suspectChange(f)}`;
  }
  if (d?.kind === 'unmatched' && figures) {
    return `${head}${location(cell, f.row, f.column)}（表间关系“${d.relation}”）：实为 ${wan(f.actual!)}，应为 ${wan(f.expected!)}，差额 ${wan(f.difference!)}，${d.reason}`;
  }
  if (d?.kind === 'statement') {
    const names = new Set(d.names ?? []);
    const where = location(names.has('cell') ? null : cell, names.has('row') ? null : f.row, names.has('column') ? null : f.column);
    return `${head}${where ? `${where}：` : ''}${d.text}${figuresOf(f)}`;
  }
  // No detail: the message whole (less the table the heading names), with every field beside it.
  const where = location(cell, f.row, f.column);
  return `${head}${where ? `${where}：` : ''}${withoutTable(f.message, t)}${figuresOf(f)}`;
}

/** "C7 208 社会保障和就业支出 行“合计”列", any part left out when null. */
function location(cell: string | null, row: Row, column: string | null): string {
  const col = column ? `“${column}”列` : '';
  return [cell, row ? `${describeRow(row)} 行${col}` : col].filter(Boolean).join(' ');
}

/** A1 on the heading's sheet, Sheet!A1 elsewhere. */
function at(sheet: string | null, address: string, t: TableContext | null): string {
  return sheet && sheet !== t?.sheet ? `${sheet}!${address}` : address;
}


/**
 * Messages start with the table they are about ("预算公开表3（Sheet3）…", "预算公开表3“标题”…")
 * so that the pane can show them alone; under the table's heading that prefix is repetition.
 */
function withoutTable(message: string, t: TableContext | null): string {
  if (!t) return message;
  const titled = t.title ? `${t.label}“${t.title}”` : null;
  const sheet = t.sheet ? `（${t.sheet}）` : null;
  const prefixes = [titled && sheet ? titled + sheet : null, sheet ? t.label + sheet : null, titled];
  const p = prefixes.find((x): x is string => x !== null && message.startsWith(x));
  return p ? message.slice(p.length) : message;
}

function figuresOf(f: Finding): string {
  const out: string[] = [];
  if (f.actual !== null) out.push(`实为 ${wan(f.actual)}`);
  if (f.expected !== null) out.push(`应为 ${wan(f.expected)}`);
  if (f.difference !== null) out.push(`差额 ${wan(f.difference)}`);
  return out.length ? `；${out.join('，')}` : '';
}
