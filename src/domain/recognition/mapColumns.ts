import type { ColumnDef, FormDef } from '../forms/formTypes';
import type { RecognizedColumn } from './recognizedTable';
import { norm } from './normalize';

/**
 * Maps the columns of a table found in a sheet onto its FormDef's columns by header path (never
 * by position, so inserted or moved columns still map). Two-sided tables are split into panels
 * at each panel's first column (收入 项目 | 支出 项目).
 */
export function mapColumns(form: FormDef, paths: readonly string[][], firstCol: number): RecognizedColumn[][] {
  const ranges = panelRanges(form, paths);
  return form.panels.map((panel, p) => {
    const range = ranges[p];
    if (!range) return [];
    const pairs: { def: ColumnDef; j: number; score: number }[] = [];
    for (const def of panel.columns) {
      for (let j = range[0]; j <= range[1]; j++) {
        const score = columnScore(def, paths[j]);
        if (score > 0) pairs.push({ def, j, score });
      }
    }
    pairs.sort((a, b) => b.score - a.score || a.j - b.j);
    const byCol = new Map<number, ColumnDef>();
    const used = new Set<string>();
    for (const { def, j } of pairs) {
      if (used.has(def.key) || byCol.has(j)) continue;
      used.add(def.key);
      byCol.set(j, def);
    }
    const columns: RecognizedColumn[] = [];
    for (let j = range[0]; j <= range[1]; j++) {
      const path = paths[j].map((t) => t.replace(/\s+/g, ''));
      if (path.length === 0 && !byCol.has(j)) continue;
      columns.push({ key: byCol.get(j)?.key ?? null, col: firstCol + j, header: path, label: path[path.length - 1] ?? '' });
    }
    return columns;
  });
}

function panelRanges(form: FormDef, paths: readonly string[][]): ([number, number] | undefined)[] {
  if (form.panels.length === 1) return [[0, paths.length - 1]];
  const starts: (number | undefined)[] = [];
  let cursor = 0;
  for (const panel of form.panels) {
    const first = panel.columns[0];
    let found: number | undefined;
    for (let j = cursor; j < paths.length; j++) {
      if (columnScore(first, paths[j]) > 0) {
        found = j;
        break;
      }
    }
    starts.push(found);
    if (found !== undefined) cursor = found + 1;
  }
  return starts.map((s, p) => {
    if (s === undefined) return undefined;
    const next = starts.slice(p + 1).find((x) => x !== undefined);
    return [s, next === undefined ? paths.length - 1 : next - 1];
  });
}

const stripYear = (s: string) => s.replace(/^Y年度?/, '').replace(/^Y/, '');

/** 0 when the column cannot be this def; higher when more of the header path agrees. */
export function columnScore(def: ColumnDef, path: readonly string[] | undefined): number {
  if (!path || path.length === 0) return 0;
  const lowest = norm(path[path.length - 1]);
  const names = [def.header[def.header.length - 1], ...(def.aliases ?? [])].map(norm);
  let score = 0;
  if (names.includes(lowest)) score = 10;
  else if (lowest.length > 1 && names.some((n) => stripYear(n) !== '' && stripYear(n) === stripYear(lowest))) score = 9;
  else if (def.type === 'code' && /编码|代码/.test(lowest)) score = 5;
  // 类 | 款 | 项 under 科目编码: the code in three columns, read from its first (readTable joins them).
  else if (def.type === 'code' && lowest === '类' && path.slice(0, -1).some((u) => /编码|代码/.test(u))) return 5;
  else if (def.type === 'name' && /名称/.test(lowest)) score = 5;
  else if (def.type === 'lineNo' && lowest === '行次') score = 5;
  if (score === 0) return 0;
  const uppers = path.slice(0, -1).map(norm);
  for (const up of def.header.slice(0, -1).map(norm)) {
    if (uppers.includes(up) || uppers.some((u) => stripYear(u) === stripYear(up))) score += 1;
    else if (uppers.length > 0) score -= 2;
  }
  return Math.max(score, 1);
}
