import type { Finding, FindingPart } from './finding';
import { clip, clipQuoted, figureList, identityItem, roundingNote, suspectChange, suspectLead, sumOfParts as sum, wan } from './findingText';
import { isRoundingDifference } from './findingClass';
import { describeRow } from '../checks/sumComparison';
import { RULES } from '../checks/rules';

/** The group heading a finding line stands under (a report's table heading, the pane's group): what the line need not repeat. */
export interface TableContext {
  /** 预算公开表3 / 公开03表. */
  readonly label: string;
  readonly title: string | null;
  readonly sheet: string | null;
}

type Row = { readonly code: string | null; readonly name: string } | null;

/**
 * A finding in words, in three parts: where (cell, row, column, and the relation compared when
 * the row and column do not name it), what the cell holds (实为), and what it was compared with
 * (应为 … the parts of the sum or the other table's cell …, 差额, the 尾数差异 note) — all from
 * the finding's fields and `detail`, each once. A finding without `detail` says its message.
 */
export interface FindingWords {
  readonly where: string;
  /** The relation, when the line must name it: "表间关系“表1 本年支出合计 = 表3 合计”". */
  readonly relation: string | null;
  /** "实为 2,918.06", or null for a finding without figures. */
  readonly actual: string | null;
  /** "应为 基本支出 450.96 + 项目支出 2,460.09 = 2,911.05，差额 7.01", or what the finding says. */
  readonly compared: string;
}

export function findingWords(f: Finding, t: TableContext | null): FindingWords {
  const w = words(f, t);
  // Messages quote what cells hold; a 40,000-character cell is cut, with its length.
  return { ...w, compared: clipQuoted(w.compared) };
}

function words(f: Finding, t: TableContext | null): FindingWords {
  // Where the badge says 尾数差异, the note need not say it again.
  const note = (rounding: boolean | undefined) => (isRoundingDifference(f) ? '（在四舍五入允许范围内）' : roundingNote(rounding));
  const cell = f.cell ? at(f.sheet, f.cell, t) : null;
  const d = f.detail;
  const figures = f.actual !== null && f.expected !== null && f.difference !== null;
  const diff = () => `差额 ${wan(f.difference!)}`;
  if (d?.kind === 'sum' && figures) {
    return {
      where: location(cell, f.row, f.column),
      relation: d.relation ?? null,
      actual: `实为 ${d.blankTotal ? '空白' : wan(f.actual!)}`,
      compared: `应为 ${sum(d.parts, f.expected!, d.partsAre)}，${diff()}${note(d.rounding)}`,
    };
  }
  if (d?.kind === 'identity' && figures) {
    const item = (p: FindingPart) => identityItem(p, t?.sheet ?? null);
    // The first left item is the finding's cell: alone, its value says it.
    const actual = d.left.length === 1 ? wan(f.actual!) : `${d.left.map(item).join(' + ')} = ${wan(f.actual!)}`;
    const expected = d.right.length === 1 ? item(d.right[0]) : `${d.right.map(item).join(' + ')} = ${wan(f.expected!)}`;
    return { where: location(cell, f.row, f.column), relation: `表间关系“${d.relation}”`, actual: `实为 ${actual}`, compared: `应为 ${expected}，${diff()}${note(d.rounding)}` };
  }
  if (d?.kind === 'suspect' && figures) {
    return { where: location(cell, f.row, f.column), relation: null, actual: `${suspectLead(f)}，实为 ${wan(f.actual!)}`, compared: suspectChange(f) };
  }
  if (d?.kind === 'unmatched' && figures) {
    return { where: location(cell, f.row, f.column), relation: `表间关系“${d.relation}”`, actual: `实为 ${wan(f.actual!)}`, compared: `应为 ${wan(f.expected!)}，${diff()}，${d.reason}` };
  }
  if (d?.kind === 'statement') {
    const names = new Set(d.names ?? []);
    return { where: location(names.has('cell') ? null : cell, names.has('row') ? null : f.row, names.has('column') ? null : f.column), relation: null, actual: null, compared: `${d.text}${figuresOf(f)}` };
  }
  // No detail: the message whole (less the table the heading names), with every field beside it.
  return { where: location(cell, f.row, f.column), relation: null, actual: null, compared: `${withoutTable(f.message, t)}${figuresOf(f)}` };
}

/** The finding as one logical line (the report wraps it): "C7 208 社会保障和就业支出 行“合计”列：实为 …，应为 …，差额 …". */
export function findingLine(f: Finding, t: TableContext | null): string {
  const w = findingWords(f, t);
  const where = `${w.where}${w.relation ? `（${w.relation}）` : ''}`;
  const said = [w.actual, w.compared].filter(Boolean).join('，');
  return where ? `${where}：${said}` : said;
}

/** "C7 208 社会保障和就业支出 行“合计”列", any part left out when null; long labels cut. */
export function location(cell: string | null, row: Row, column: string | null): string {
  const col = column ? `“${clip(column)}”列` : '';
  return [cell, row ? `${clip(describeRow(row))} 行${col}` : col].filter(Boolean).join(' ');
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
  const list = figureList(f);
  return list.length ? `；${list.join('，')}` : '';
}

/** A rule's Chinese title ("行内合计"), for a cell that fails several rules. */
export function ruleTitle(id: string): string {
  return RULES.find((r) => r.id === id)?.title ?? id;
}

/** Which check a reason comes from: "行内合计", "表间关系“表1 本年支出合计 = 表3 合计”", "收支平衡（收入总计 = 支出总计）". */
export function checkName(f: Finding, relation: string | null): string {
  if (!relation) return ruleTitle(f.rule);
  return f.detail?.kind === 'identity' || f.detail?.kind === 'unmatched' ? relation : `${ruleTitle(f.rule)}（${relation}）`;
}
