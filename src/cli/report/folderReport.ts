import { addCounts, classCounts, type ClassCounts } from '../../domain/findings/findingClass';
import type { FileCheck } from '../fileCheck';
import { fileReport, type ReportOptions } from './humanReport';
import { countWord, fitCell, fitTail, PLAIN, tint, width, wrap, type Terminal } from './terminal';

const KIND_LABEL = { budget: '预算公开', final: '决算公开' } as const;

/**
 * A folder: the totals, then a table with one row per file (file, 单位, 年度, kind, 错误, 尾数差异,
 * 提示) — files that could not be read first, then by errors — then each file's report in the
 * table's order. `checks` come in path order; the output does not depend on how they were checked.
 */
export function folderReport(checks: readonly FileCheck[], options: ReportOptions = {}): string {
  const t = options.terminal ?? PLAIN;
  const ordered = byErrors(checks);
  const lines = [...totalsBlock(checks, t), '', ...summaryTable(ordered, t)];
  for (const c of ordered) lines.push('', fileReport(c, options).trimEnd());
  return lines.join('\n') + '\n';
}

/** Unreadable files first, then most errors, then path order. */
export function byErrors(checks: readonly FileCheck[]): FileCheck[] {
  const rank = (c: FileCheck) => (c.error !== undefined ? Infinity : classCounts(c.findings).error);
  return checks
    .map((c, i) => ({ c, i, r: rank(c) }))
    .sort((a, b) => (b.r === a.r ? a.i - b.i : b.r - a.r))
    .map((x) => x.c);
}

function totalsBlock(checks: readonly FileCheck[], t: Terminal): string[] {
  const unreadable = checks.filter((c) => c.error !== undefined).length;
  const total = checks.reduce<ClassCounts>((n, c) => addCounts(n, classCounts(c.findings)), { error: 0, rounding: 0, hint: 0, info: 0 });
  const files = `共 ${checks.length} 个文件：已检查 ${checks.length - unreadable} 个${unreadable ? `，无法读取 ${unreadable} 个` : ''}`;
  const withErrors = checks.filter((c) => classCounts(c.findings).error > 0).length;
  const counts = (['error', 'rounding', 'hint', 'info'] as const).map((k) => countWord(t, k, total[k])).join(' · ');
  return [...wrap(t, files, '', '  '), `合计：${counts}；有错误的文件 ${withErrors} 个`];
}

/** The table, each column as wide as it needs (file names and units cut to fit the width). */
function summaryTable(ordered: readonly FileCheck[], t: Terminal): string[] {
  const head = ['文件', '单位', '年度', '类型', '错误', '尾数差异', '提示'];
  const fixed = [4, 8, 4, 8, 4].map((w, i) => Math.max(w, width(head[i + 2])));
  const gap = '  ';
  const unitWidth = Math.min(24, Math.max(width(head[1]), ...ordered.map((c) => width(c.unit ?? ''))));
  const room = t.width - fixed.reduce((a, b) => a + b, 0) - unitWidth - gap.length * 6;
  const fileWidth = Math.max(12, Math.min(room, Math.max(width(head[0]), ...ordered.map((c) => width(c.file)))));
  const row = (cells: string[]) => cells.join(gap).trimEnd();
  const lines = [row([fitCell(head[0], fileWidth), fitCell(head[1], unitWidth), ...head.slice(2).map((h, i) => fitCell(h, fixed[i], i < 2 ? 'left' : 'right'))])];
  for (const c of ordered) {
    const file = fitTail(c.file, fileWidth);
    if (c.error !== undefined) {
      lines.push(row([file, fitCell(`无法读取，${c.error}`, t.width - fileWidth - gap.length)]));
      continue;
    }
    const n = classCounts(c.findings);
    const num = (k: 'error' | 'rounding' | 'hint', w: number) => fitCell(String(n[k]), w, 'right').replace(/\d+$/, (d) => (n[k] > 0 ? tint(t, k, d) : d));
    lines.push(
      row([
        file,
        fitCell(c.unit ?? '—', unitWidth),
        fitCell(c.year ? String(c.year) : '—', fixed[0]),
        fitCell(c.kind ? KIND_LABEL[c.kind] : '—', fixed[1]),
        num('error', fixed[2]),
        num('rounding', fixed[3]),
        num('hint', fixed[4]),
      ]),
    );
  }
  return lines;
}
