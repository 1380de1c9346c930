import type { PerformanceTable } from './performanceTable';
import type { ProjectLine } from './projectLines';

/**
 * Pairs 表12's project lines with their 绩效目标表 by 项目名称. Names are compared without brackets
 * (【】〔〕()（）[]), spaces and wraps; a pair that only nearly agrees (外出务工 / 外务工, 遗属补助 /
 * 退休人员遗属补助) is kept as a near miss so the checks can propose the other name.
 */
export interface ProjectPair {
  readonly line: ProjectLine;
  readonly table: PerformanceTable;
  /** Same name once normalised; false for a near miss. */
  readonly exact: boolean;
}

export interface ProjectMatching {
  readonly pairs: readonly ProjectPair[];
  /** 表12 lines with no table, not even a near miss. */
  readonly linesWithoutTable: readonly ProjectLine[];
  /** Tables whose 项目名称 is on no 表12 line. */
  readonly tablesWithoutLine: readonly PerformanceTable[];
}

export function projectKey(name: string): string {
  return name
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000()[\]【】〔〕]/g, '');
}

/** How alike two normalised names are, 0–1: shared characters (Dice), 1 when one contains the other. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a))) return 0.9;
  const count = new Map<string, number>();
  for (const ch of a) count.set(ch, (count.get(ch) ?? 0) + 1);
  let shared = 0;
  for (const ch of b) {
    const n = count.get(ch) ?? 0;
    if (n > 0) {
      shared++;
      count.set(ch, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Names this alike are a near miss worth proposing. */
export const NEAR_MISS = 0.8;

export function matchProjects(lines: readonly ProjectLine[], tables: readonly PerformanceTable[]): ProjectMatching {
  const pairs: ProjectPair[] = [];
  const freeLines = new Set(lines);
  const freeTables = new Set(tables.filter((t) => t.project !== null));
  // Same names first, by key (a unit may have thousands of projects).
  const byKey = new Map<string, PerformanceTable[]>();
  for (const t of freeTables) byKey.set(projectKey(t.project!), [...(byKey.get(projectKey(t.project!)) ?? []), t]);
  for (const line of lines) {
    const table = byKey.get(projectKey(line.name))?.shift();
    if (!table) continue;
    pairs.push({ line, table, exact: true });
    freeLines.delete(line);
    freeTables.delete(table);
  }
  const candidates: { line: ProjectLine; table: PerformanceTable; score: number }[] = [];
  for (const line of freeLines) {
    for (const table of freeTables) {
      const score = nameSimilarity(projectKey(line.name), projectKey(table.project!));
      if (score >= NEAR_MISS) candidates.push({ line, table, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  for (const c of candidates) {
    if (!freeLines.has(c.line) || !freeTables.has(c.table)) continue;
    pairs.push({ line: c.line, table: c.table, exact: false });
    freeLines.delete(c.line);
    freeTables.delete(c.table);
  }
  const order = new Map(lines.map((l, i) => [l, i]));
  pairs.sort((a, b) => order.get(a.line)! - order.get(b.line)!);
  return {
    pairs,
    linesWithoutTable: lines.filter((l) => freeLines.has(l)),
    tablesWithoutLine: tables.filter((t) => freeTables.has(t) || t.project === null),
  };
}
