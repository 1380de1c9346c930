import type { CheckResult } from '../../domain/checks/checkTypes';
import { disagreement, findingEntries, type FindingEntry } from '../../domain/findings/cellEntries';
import type { Finding } from '../../domain/findings/finding';
import { classCounts, findingClass, type FindingClass } from '../../domain/findings/findingClass';
import { clip } from '../../domain/findings/findingText';
import { recurringSlips } from '../../domain/findings/recurringSlips';
import { reportGroups, type GroupSource } from '../../domain/findings/reportGroups';
import type { Kind } from '../../domain/forms/formTypes';
import { numberedAsTables, shortTableName } from '../../domain/profiles/tableName';
import { defaultProfile, profileById, profileFormByNo } from '../../domain/profiles';
import { fileCheck, type FileCheck } from '../fileCheck';
import { checkName, findingLine, findingWords, location, ruleTitle, type TableContext } from '../../domain/findings/findingWords';
import { badge, countWord, paint, PLAIN, wrap, type Terminal } from './terminal';

export interface ReportOptions {
  /** List every 尾数差异 instead of one line per table. */
  readonly verbose?: boolean;
  readonly terminal?: Terminal;
}

const KIND_LABEL = { budget: '预算公开', final: '决算公开' } as const;
const INDENT = '  ';

/** The person-readable `check` report of one workbook (see fileReport). */
export function humanCheckReport(file: string, result: CheckResult, options: ReportOptions = {}): string {
  return fileReport(fileCheck(file, result), options);
}

/**
 * One file: a summary block first (unit, year, kind; tables found and missing; the counts in the
 * four words), then a group per table, errors first. 尾数差异 fold into one line per table unless
 * `verbose`; the same slip in several tables is listed once, naming them all. A cell that fails
 * several checks is one entry with every reason. Every line fits the terminal's width.
 */
export function fileReport(c: FileCheck, options: ReportOptions = {}): string {
  const t = options.terminal ?? PLAIN;
  const lines = summaryBlock(c, t);
  if (c.error !== undefined || c.findings.length === 0) return lines.join('\n') + '\n';
  const slips = recurringSlips(c.findings);
  // Every occurrence after the first of a recurring slip is said by the first: finding → the table it is listed under.
  const listedUnder = new Map<Finding, number>();
  const others = new Map<Finding, Finding[]>();
  for (const s of slips) {
    const [first, ...rest] = s.findings;
    others.set(first, rest);
    for (const f of rest) listedUnder.set(f, first.table!);
  }
  for (const g of reportGroups(c.findings)) {
    lines.push('');
    lines.push(...wrap(t, groupHeading(c, g.source), '', ''));
    const context = tableContext(c, g.source);
    const entries = findingEntries(g.findings.filter((f) => !(options.verbose && listedUnder.has(f))));
    const folded = entries.filter((e) => entryClass(e) === 'rounding');
    let foldedSaid = false;
    for (const e of entries) {
      if (!options.verbose && entryClass(e) === 'rounding') {
        if (!foldedSaid) lines.push(...foldedLine(c, t, folded, listedUnder));
        foldedSaid = true;
        continue;
      }
      lines.push(...entryLines(c, t, e, context, others));
    }
    if (options.verbose) lines.push(...elsewhereLines(c, t, g.findings.filter((f) => listedUnder.has(f)), listedUnder));
  }
  return lines.join('\n') + '\n';
}

function summaryBlock(c: FileCheck, t: Terminal): string[] {
  const lines = wrap(t, `== ${c.file}`, '', '   ');
  if (c.error !== undefined) return [...lines, ...wrap(t, `无法读取，${c.error}`, '   ', '   ')];
  const about = [c.unit ? clip(c.unit) : '（未识别单位）', c.year ? `${c.year}年` : '（未识别年度）', c.kind ? KIND_LABEL[c.kind] : '（未识别公开类型）'];
  lines.push(...wrap(t, about.join(' · '), '   ', '   '));
  const numbered = c.tables.filter((x) => x.no !== null).map((x) => x.no!);
  const found = numbered.length ? `识别到 ${numbered.length} 张表：${tableList(c.kind, numbered, numberedAsTables(c.profile))}` : '没有识别到公开表';
  const missing = c.missing.length ? `；缺少 ${c.missing.length} 张：${c.missing.join('、')}` : numbered.length ? '，没有缺少' : '';
  lines.push(...wrap(t, found + missing, '   ', '   '));
  const performance = performanceCounts(c);
  if (performance) lines.push(...wrap(t, `另有绩效表 ${performance}`, '   ', '   '));
  const n = classCounts(c.findings);
  const counts = (['error', 'rounding', 'hint', 'info'] as const).map((k) => countWord(t, k, n[k])).join(' · ');
  lines.push(`   结果：${c.findings.length === 0 ? '未发现问题' : counts}`);
  return lines;
}

/** "预算公开表1–13", "预算公开表1–3、5", "公开01–10表"; "表1–9" for a set whose forms print 表N (`plain`). */
export function tableList(kind: Kind | null, nos: readonly number[], plain = false): string {
  const sorted = [...new Set(nos)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  const num = (n: number) => (kind === 'final' && !plain ? String(n).padStart(2, '0') : String(n));
  const text = runs.map(([a, b]) => (a === b ? num(a) : b === a + 1 ? `${num(a)}、${num(b)}` : `${num(a)}–${num(b)}`)).join('、');
  if (plain) return `表${text}`;
  return kind === 'final' ? `公开${text}表` : `预算公开表${text}`;
}

/** "4 张（项目支出绩效目标表 3 张、项目支出绩效自评表 1 张）", or null without performance tables. */
function performanceCounts(c: FileCheck): string | null {
  const counts = new Map<string, number>();
  for (const t of c.tables) if (t.no === null) counts.set(t.label, (counts.get(t.label) ?? 0) + 1);
  const n = [...counts.values()].reduce((a, b) => a + b, 0);
  return n ? `${n} 张（${[...counts].map(([name, k]) => `${name} ${k} 张`).join('、')}）` : null;
}

function groupHeading(c: FileCheck, s: GroupSource): string {
  if (s.kind === 'workbook') return '【整个工作簿】';
  if (s.kind === 'narrative') return `【情况说明${c.narrative ? `（${clip(c.narrative)}）` : ''}】`;
  if (s.kind === 'performance') {
    const t = performanceTable(c, s);
    return `【${t?.label ?? '绩效表'}${s.project ? `“${clip(s.project)}”` : ''}（工作表“${s.sheet ?? ''}”）】`;
  }
  const t = c.tables.find((x) => x.no === s.no);
  return `【${tableName(c, s.no)}${t ? ` ${clip(t.title)}（工作表“${t.sheet}”）` : ''}】`;
}

function tableContext(c: FileCheck, s: GroupSource): TableContext | null {
  if (s.kind === 'workbook' || s.kind === 'narrative') return null;
  if (s.kind === 'performance') return { label: performanceTable(c, s)?.label ?? '绩效表', title: s.project, sheet: s.sheet };
  const t = c.tables.find((x) => x.no === s.no);
  return { label: tableName(c, s.no), title: t?.title ?? null, sheet: t?.sheet ?? null };
}

function performanceTable(c: FileCheck, s: Extract<GroupSource, { kind: 'performance' }>): FileCheck['tables'][number] | undefined {
  return c.tables.find((t) => t.no === null && t.form === s.form && t.sheet === s.sheet);
}

/** The label its profile's form prints (预算公开表3, 公开03表). */
function tableName(c: FileCheck, no: number): string {
  const recognised = c.tables.find((t) => t.no === no);
  if (recognised) return recognised.label;
  const profile = profileById(c.profile) ?? (c.kind ? defaultProfile(c.kind) : undefined);
  return (profile && profileFormByNo(profile, no)?.label) ?? `表${no}`;
}

/** An entry is what its most serious finding is. */
function entryClass(e: FindingEntry): FindingClass {
  return findingClass(e.findings[0]);
}

/** "  [错误] " and the spaces that hang the following lines under its text. */
function prefixes(t: Terminal, cls: FindingClass): [string, string] {
  const head = `${INDENT}${badge(t, cls)} `;
  return [head, ' '.repeat(INDENT.length + 2)];
}

function entryLines(c: FileCheck, t: Terminal, e: FindingEntry, context: TableContext | null, others: Map<Finding, Finding[]>): string[] {
  const [head, hang] = prefixes(t, entryClass(e));
  if (e.findings.length === 1) {
    const f = e.findings[0];
    const same = others.get(f);
    const text = same ? `${recurringWhere(c, f, same)}${findingLine(f, null).slice(findingWords(f, null).where.length)}` : findingLine(f, context);
    return wrap(t, text, head, hang);
  }
  // One cell, several checks: where and 实为 once, then each check's 应为 on its own line.
  const first = findingWords(e.findings[0], context);
  const lines = wrap(t, `${first.where}：${first.actual}，${e.findings.length} 项校验都不相符：`, head, hang);
  for (const f of e.findings) {
    const w = findingWords(f, context);
    const tag = findingClass(f) === entryClass(e) ? '' : `${badge(t, findingClass(f))} `;
    lines.push(...wrap(t, `${tag}${checkName(f, w.relation)}：${w.compared}`, `${hang}  · `, `${hang}    `));
  }
  const differ = disagreement(e, ruleTitle);
  if (differ) lines.push(...wrap(t, paint(t, 'bold', `${differ}。`), `${hang}  `, `${hang}  `));
  return lines;
}


/** "表2 C10、表3 C10、表5 C10 20805 行政事业单位养老支出 行“合计”列": one slip, every table it recurs in. */
function recurringWhere(c: FileCheck, f: Finding, same: readonly Finding[]): string {
  const cells = [f, ...same].map((x) => `${shortTableName(c, x.table!)} ${x.cell}`).join('、');
  return `${cells} ${location(null, f.row, f.column)}`;
}

/** "  [尾数差异] 8 个，均在四舍五入允许范围内，其中 6 个与表3 相同（加 --verbose 逐条列出）". */
function foldedLine(c: FileCheck, t: Terminal, entries: readonly FindingEntry[], listedUnder: Map<Finding, number>): string[] {
  const findings = entries.flatMap((e) => e.findings);
  const repeated = findings.filter((f) => listedUnder.has(f));
  const tables = earlierTables(c, repeated, listedUnder);
  const same = repeated.length === 0 ? '' : repeated.length === findings.length ? `，与${tables}相同` : `，其中 ${repeated.length} 个与${tables}相同`;
  const [head, hang] = prefixes(t, 'rounding');
  return wrap(t, `${findings.length} 个，均在四舍五入允许范围内${same}（加 --verbose 逐条列出）`, head, hang);
}

/** Under a later table, in --verbose: "另有 8 个尾数差异与表2、表3相同，已在那里列出". */
function elsewhereLines(c: FileCheck, t: Terminal, findings: readonly Finding[], listedUnder: Map<Finding, number>): string[] {
  if (findings.length === 0) return [];
  return wrap(t, `另有 ${findings.length} 个尾数差异与${earlierTables(c, findings, listedUnder)}相同，已在那里列出`, INDENT, INDENT);
}

/** "表2、表3": the tables a slip recurring here was listed under. */
function earlierTables(c: FileCheck, findings: readonly Finding[], listedUnder: Map<Finding, number>): string {
  const nos = [...new Set(findings.map((f) => listedUnder.get(f)!))].sort((a, b) => a - b);
  return nos.map((no) => shortTableName(c, no)).join('、');
}
