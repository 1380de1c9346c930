import { figuresIn, type WrittenFigure } from './figures';

/**
 * What a paragraph states, figure by figure, with the words that say what each figure is about.
 * The same parsing reads the accountant's text and the product's own generated text, so the two
 * can be laid side by side statement by statement.
 */
export type StatementKind =
  /** An amount or count of a subject: "一般公共预算拨款收入10,706.02万元", "实有2辆". */
  | 'amount'
  /** A share: "占87.92%", "占本年支出合计的100.00%". */
  | 'share'
  /** Another percentage: "完成年初预算的9.48%". */
  | 'percent'
  /** A change in money: "比上年减少0.30万元", "收入总计减少42,460.02万元". */
  | 'change-amount'
  /** A change in percent: "下降93.01%", "减幅12.94%". */
  | 'change-rate'
  /** No change, without a figure: "与上年相同", "与2024年预算数相同". */
  | 'same'
  /** A name in a list without figures: "主要包括：基本工资、津贴补贴…等". */
  | 'name';

export type Direction = 'up' | 'down' | 'new' | 'same';

export interface Statement {
  readonly kind: StatementKind;
  /** The figure, for every kind but 'same' and 'name'. */
  readonly figure?: WrittenFigure;
  /** As written: the figure with its unit, the phrase of no change, or the name. */
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  /** The words before the figure back to the clause start or the previous figure, as written. */
  readonly label: string;
  /** The label reduced to its subject words (normalizeLabel). */
  readonly key: string;
  /** For changes: the direction the words say. */
  readonly dir?: Direction;
  /** For changes: the subject the words name ("收入总计" in "与上年相比，收入总计减少…"), '' when none. */
  readonly subject?: string;
  /** Clause (between ；。) and sentence (between 。) of the paragraph it stands in. */
  readonly clause: number;
  readonly sentence: number;
}

/** Where a label starts: the previous figure's end or one of these. */
const BOUNDARY = /[，,；;。：:！!？?、\n]/u;
const CLAUSE_END = /[；;。！!？?]/u;
const SENTENCE_END = /[。！!？?]/u;

const UP = ['增加', '增长', '增幅', '上升', '提高', '增'];
const DOWN = ['减少', '下降', '减幅', '降幅', '降低', '减'];
const DIRECTION_END = new RegExp(`(新增|${[...UP, ...DOWN].join('|')})了?$`, 'u');
/** "与上年相比", "比上年", "较上年决算", "比预算" (a year already taken out): the comparison, not the subject. */
const COMPARISON = /^(与上年度?相比|与上年度?比较|与上年|比上年度?|较上年度?|同比|比|较)(预算数?|决算数?|预算|决算)?/u;

/**
 * Subject words of a label: no spaces, brackets and quotes of one kind, no year, no unit name, no
 * (类)/(款)/(项), none of the joining words before ("其中：", "主要包括", "以及") or after ("为", "的").
 */
export function normalizeLabel(label: string, unitNames: readonly string[] = []): string {
  let s = label.replace(/[\s\u3000]+/gu, '').replace(/（/gu, '(').replace(/）/gu, ')').replace(/[“”"‘’']/gu, '');
  s = s.replace(/\d{4}年度?/gu, '').replace(/截至\d{1,2}月\d{1,2}日/gu, '');
  for (const u of unitNames) if (u) s = s.split(u.replace(/[\s\u3000]+/gu, '')).join('');
  s = s.replace(/\((类|款|项)\)/gu, '');
  let prev: string;
  do {
    prev = s;
    s = s.replace(/^(其中|主要包括|主要用于以下方面|主要用于|主要是|用于|包括|以及|及|和|另|分别为|本单位|我单位|本部门\(单位\)|本部门|我中心|本中心)(?=.)/u, '');
    s = s.replace(/^[(:：]+/u, '');
    s = s.replace(/(为|是|达|约|的|共)$/u, '');
  } while (s !== prev && s.length > 0);
  return s;
}

function direction(key: string): Direction | undefined {
  const m = DIRECTION_END.exec(key);
  if (!m) return undefined;
  if (m[1] === '新增') return 'new';
  return UP.includes(m[1]) ? 'up' : 'down';
}

/** Index of the clause and sentence each offset falls in. */
function counters(text: string): { clause: number[]; sentence: number[] } {
  const clause: number[] = [];
  const sentence: number[] = [];
  let c = 0;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    clause.push(c);
    sentence.push(s);
    if (CLAUSE_END.test(text[i])) c++;
    if (SENTENCE_END.test(text[i])) s++;
  }
  clause.push(c);
  sentence.push(s);
  return { clause, sentence };
}

function labelStart(text: string, from: number, floor: number): number {
  for (let i = from - 1; i >= floor; i--) if (BOUNDARY.test(text[i])) return i + 1;
  return floor;
}

/** "与上年相同", "与2024年预算数相同", "与上年“三公”经费财政拨款支出决算相同", "与上年持平". */
const SAME = /(与|和|同)(上年|上一年|\d{4}\s*年度?)[^，,；;。]{0,24}?(相同|持平|一致|无变化|没有变化)/gu;

/** "主要包括：基本工资、津贴补贴、…等" — a list of names with no figure in it. */
const NAME_LIST = /(主要包括|主要用于|包括)[:：]?([^；;。]+)/gu;

/** Every statement of a paragraph, in the order written. */
export function statementsOf(text: string, unitNames: readonly string[] = []): Statement[] {
  const { clause, sentence } = counters(text);
  const out: Statement[] = [];
  let prevEnd = 0;
  for (const f of figuresIn(text)) {
    const from = labelStart(text, f.start, prevEnd);
    const label = text.slice(from, f.start);
    prevEnd = f.end;
    // "团组共0个，0人次": a figure with no words of its own is about the one before it.
    const own = normalizeLabel(label, unitNames);
    const previous = out[out.length - 1];
    const key = own === '' && previous && previous.clause === clause[f.start] ? `${previous.key}·${f.unit}` : own;
    const base = { figure: f, quote: f.quote, start: f.start, end: f.end, label, key, clause: clause[f.start], sentence: sentence[f.start] };
    const dir = direction(key);
    if (f.kind === 'percent') {
      if (key.includes('占')) out.push({ ...base, kind: 'share' });
      else if (dir) out.push({ ...base, kind: 'change-rate', dir, subject: subjectOf(key) });
      else out.push({ ...base, kind: 'percent' });
    } else if (dir && f.kind === 'amount') {
      out.push({ ...base, kind: 'change-amount', dir, subject: subjectOf(key) });
    } else {
      out.push({ ...base, kind: 'amount' });
    }
  }
  SAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SAME.exec(text)) !== null) {
    const from = labelStart(text, m.index, 0);
    const label = text.slice(from, m.index);
    out.push({ kind: 'same', quote: m[0], start: m.index, end: m.index + m[0].length, label, key: normalizeLabel(label, unitNames), dir: 'same', subject: normalizeLabel(label, unitNames), clause: clause[m.index], sentence: sentence[m.index] });
  }
  NAME_LIST.lastIndex = 0;
  while ((m = NAME_LIST.exec(text)) !== null) {
    const body = m[2];
    if (/\d/u.test(body)) continue;
    const items = body.split('、');
    if (items.length < 2) continue;
    let at = m.index + m[0].length - body.length;
    for (const raw of items) {
      const name = raw.replace(/等$/u, '').trim();
      const start = at + raw.indexOf(name);
      at += raw.length + 1;
      if (name === '') continue;
      out.push({ kind: 'name', quote: name, start, end: start + name.length, label: name, key: normalizeLabel(name, unitNames), clause: clause[start], sentence: sentence[start] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The subject a change names itself, without the comparison and the direction words. */
function subjectOf(key: string): string {
  return key.replace(DIRECTION_END, '').replace(COMPARISON, '').replace(/(相比|比较)$/u, '');
}
