import type { Finding } from '../domain/findings/finding';

/**
 * What a rule's message says beyond the finding's fields: the parts of a sum, the relation a
 * cross-table check compares, the 尾数差异 note, the wording of a structural problem. The rule
 * messages stay as they are (the task pane shows them whole); the report reads them back so that
 * a one-line finding says each field once. A message of an unknown shape comes back `null` and
 * the caller prints it whole, so a rule's new wording never loses information.
 */
export type Explanation =
  | {
      readonly kind: 'sum';
      /** The relation when it is not just "this row/column's parts" (收入总计 = 支出总计). */
      readonly relation: string | null;
      /** The parts as printed ("基本支出 450.96 + 项目支出 2460.09", "9 项之和"), null when none has a value. */
      readonly parts: readonly string[] | null;
      readonly count: number | null;
      /** The parts are the lower subjects of the row (科目层级). */
      readonly children: boolean;
      readonly blankTotal: boolean;
      readonly note: string | null;
    }
  | {
      readonly kind: 'cross';
      readonly relation: string;
      /** Each side's items, "label value（sheet!A1）"; the first left item is the finding's cell. */
      readonly left: readonly CrossItem[];
      readonly right: readonly CrossItem[];
      readonly note: string | null;
    }
  | { readonly kind: 'cross-missing'; readonly relation: string; readonly item: CrossItem; readonly reason: string }
  | { readonly kind: 'text'; readonly text: string; readonly rowSaid: boolean; readonly columnSaid: boolean; readonly cellSaid: boolean };

export interface CrossItem {
  readonly table: number;
  readonly row: string;
  readonly column: string;
  readonly value: string;
  readonly sheet: string;
  readonly address: string;
}

export interface TableContext {
  /** 预算公开表3 / 公开03表. */
  readonly label: string;
  readonly title: string | null;
  readonly sheet: string | null;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AMOUNT = '-?\\d+\\.\\d{2}';

export function describeRow(row: { code: string | null; name: string }): string {
  return `${row.code ? `${row.code} ` : ''}${row.name || '（无名称）'}`;
}

/** Reads a finding's message back into what it adds to the fields; null when its shape is unknown. */
export function explain(f: Finding, t: TableContext | null): Explanation | null {
  const text = t ? stripTablePrefix(f.message, t) : f.message;
  if (f.expected !== null && f.actual !== null && f.difference !== null) {
    return sumOf(f, text) ?? crossOf(f, text) ?? missingOf(f, text);
  }
  return plainText(f, text, t);
}

/** "预算公开表3（Sheet3）…", "预算公开表3“标题”（Sheet3）…", "预算公开表3“标题”…": the group heading says it. */
export function stripTablePrefix(message: string, t: TableContext): string {
  const titled = t.title ? `${esc(t.label)}“${esc(t.title)}”` : null;
  const sheet = t.sheet ? `（${esc(t.sheet)}）` : null;
  const prefixes = [titled && sheet ? titled + sheet : null, sheet ? esc(t.label) + sheet : null, titled].filter((p): p is string => p !== null);
  for (const p of prefixes) {
    const m = new RegExp(`^${p}`).exec(message);
    if (m) return message.slice(m[0].length);
  }
  return message;
}

/** compareSum's wording: "{where}：{total} {actual}，应为 {parts = expected}，差 {diff}（尾数差异…），单元格 {cell}". */
function sumOf(f: Finding, text: string): Explanation | null {
  const re = new RegExp(
    `^(.*?)：.* (空白|${esc(f.actual!)})，应为 (.*)，差 ${esc(f.difference!)}((?:（[^）]*）)?)` + (f.cell ? `，单元格 ${esc(f.cell)}$` : '$'),
  );
  const m = re.exec(text);
  if (!m) return null;
  const [, where, shown, sum, note] = m;
  let parts: string[] | null = null;
  let count: number | null = null;
  const counted = new RegExp(`^(\\d+) 项之和 ${esc(f.expected!)}$`).exec(sum);
  if (counted) count = Number(counted[1]);
  else if (sum.endsWith(` = ${f.expected}`)) parts = sum.slice(0, -` = ${f.expected}`.length).split(' + ');
  else if (sum !== f.expected) return null;
  // "208 社会保障和就业支出 行", "“合计”列 上级科目 208 …": the row and column fields say all of it.
  let rest = where;
  if (f.column) rest = rest.replace(`“${f.column}”列`, '');
  const children = rest.includes('上级科目');
  if (f.row) rest = rest.replace(describeRow(f.row), '').replace(f.row.name, '');
  rest = rest.replace(/上级科目|行|\s/g, '');
  return {
    kind: 'sum',
    relation: rest === '' ? null : where.trim(),
    parts,
    count,
    children,
    blankTotal: shown === '空白',
    note: note ? note.slice(1, -1) : null,
  };
}

const ITEM = new RegExp(`^表(\\d+)(?: (.*?))?“([^”]*)” (${AMOUNT})（(.*)!([A-Z]+\\d+)）$`);

function items(side: string): CrossItem[] | null {
  const out: CrossItem[] = [];
  for (const s of side.split(/(?<=![A-Z]+\d+）) \+ /)) {
    const m = ITEM.exec(s);
    if (!m) return null;
    out.push({ table: Number(m[1]), row: m[2] ?? '', column: m[3], value: m[4], sheet: m[5], address: m[6] });
  }
  return out;
}

/** crossTable's wording: "表间关系“{title}”不成立：{left}，{right}，差 {diff}（尾数差异）". */
function crossOf(f: Finding, text: string): Explanation | null {
  const m = new RegExp(`^表间关系“(.*)”不成立：(.*)，差 ${esc(f.difference!)}((?:（[^）]*）)?)$`).exec(text);
  if (!m) return null;
  const sides = m[2].split(/(?<=![A-Z]+\d+）)，/);
  if (sides.length !== 2) return null;
  const left = items(sides[0]);
  const right = items(sides[1]);
  if (!left || !right) return null;
  return { kind: 'cross', relation: m[1], left, right, note: m[3] ? m[3].slice(1, -1) : null };
}

/** crossTable's "表间关系“{title}”：{item}，表N中没有科目 {code}". */
function missingOf(f: Finding, text: string): Explanation | null {
  const m = /^表间关系“(.*)”：(.*?![A-Z]+\d+）)，(表\d+中没有科目 .*)$/.exec(text);
  if (!m) return null;
  const item = items(m[2]);
  if (!item || item.length !== 1) return null;
  return { kind: 'cross-missing', relation: m[1], item: item[0], reason: m[3] };
}

/** A message without figures: drop what the location says ("单元格 A20：", "第 7 行：", "{row}："). */
function plainText(f: Finding, message: string, t: TableContext | null): Explanation {
  let text = message;
  if (f.cell) text = text.replace(new RegExp(`^单元格 ${esc(f.cell)}：`), '').replace(new RegExp(`，单元格 ${esc(f.cell)} 的`), '的');
  text = text.replace(/^第 \d+ 行：/, '');
  if (f.row) text = text.replace(new RegExp(`^${esc(describeRow(f.row))}：`), '');
  if (t?.title) text = text.split(`${t.label}“${t.title}”`).join('本表');
  const rowSaid =
    !!f.row &&
    (text.includes(describeRow(f.row)) ||
      (!f.row.code && !!f.row.name && text.includes(`${f.row.name}行`)) ||
      (!!f.row.code && text.includes(`科目 ${f.row.code} `) && text.includes(`“${f.row.name}”`)));
  const columnSaid = !!f.column && text.includes(`“${f.column}”`);
  const cellSaid = !!f.cell && new RegExp(`(^|[^A-Z])${esc(f.cell)}($|[^0-9])`).test(text) && (!f.sheet || !t?.sheet || f.sheet === t.sheet || text.includes(f.sheet));
  return { kind: 'text', text, rowSaid, columnSaid, cellSaid };
}
