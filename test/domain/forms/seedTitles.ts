import * as fs from 'fs';
import * as path from 'path';

/**
 * The table title lines of a seed's 第二部分, in order, found the way a reader finds them: the line
 * under a label line (预算公开表10), or the line above 单位名称/部门名称 or above a label line
 * (公开01表, broken "公开" / "02表"), or a line right above a header row (002 prints 表1 and 表4
 * without 单位名称).
 */
const SEED_DIR = path.join(__dirname, '..', '..', 'fixtures', 'seeds');

export function seedLines(id: string): string[] {
  const file = fs.readdirSync(SEED_DIR).find((f) => f.startsWith(`${id}_`));
  if (!file) throw new Error(`no seed ${id}`);
  const lines = fs.readFileSync(path.join(SEED_DIR, file), 'utf8').split(/\r?\n/);
  const body = (part: string) =>
    lines.findIndex((l) => new RegExp(`^(#+\\s*)?${part}`).test(l.trim()) && !l.includes('\t') && !l.includes('....'));
  const start = body('第二部分');
  const end = body('第三部分');
  return lines.slice(start + 1, end).map((l) => l.replace(/^#+\s*/, ''));
}

const BUDGET_LABEL = /^(预算公开表|部门公开表)\d+$/;

export function seedTitles(id: string): string[] {
  const lines = seedLines(id);
  const nonEmpty = lines.map((l, i) => ({ l, i })).filter((x) => x.l.trim() !== '');
  const titles: string[] = [];
  nonEmpty.forEach(({ l }, k) => {
    const t = l.trim();
    // A title names a 表; unit-line pieces ("元", "2024年度", "中心") never do.
    if (!t.endsWith('表') && !t.endsWith('）') && !t.endsWith(')')) return;
    if (l.includes('\t') || BUDGET_LABEL.test(t) || /^(公开|单位|部门名称|金额单位|注|说明)/.test(t)) return;
    const prev = nonEmpty[k - 1]?.l.trim() ?? '';
    const next = nonEmpty[k + 1]?.l ?? '';
    if (
      BUDGET_LABEL.test(prev) ||
      /^(单位名称|部门名称|公开)/.test(next.trim()) ||
      /^(收入|项目)\t/.test(next)
    ) {
      titles.push(t);
    }
  });
  return titles;
}

/** The label lines of a seed (预算公开表1, 部门公开表9, 公开01表, and "公开"+"02表" joined). */
export function seedLabels(id: string): string[] {
  const lines = seedLines(id).map((l) => l.trim()).filter((l) => l !== '');
  const labels: string[] = [];
  lines.forEach((l, i) => {
    if (BUDGET_LABEL.test(l) || /^公开\d+表?$/.test(l)) labels.push(l);
    else if (l === '公开' && /^\d+表$/.test(lines[i + 1] ?? '')) labels.push(`公开\n${lines[i + 1]}`);
  });
  return labels;
}

/** Each table of a seed: its title and the tab-separated lines up to the next title, as cells. */
export function seedTables(id: string): { title: string; rows: string[][] }[] {
  const titles = seedTitles(id);
  const lines = seedLines(id);
  const tables: { title: string; rows: string[][] }[] = [];
  let current: { title: string; rows: string[][] } | undefined;
  let next = 0;
  for (const l of lines) {
    if (next < titles.length && l.trim() === titles[next]) {
      current = { title: titles[next++], rows: [] };
      tables.push(current);
    } else if (current && l.includes('\t')) {
      current.rows.push(l.split('\t').map((c) => c.trim()));
    }
  }
  return tables;
}
