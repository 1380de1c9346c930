import { similarity } from './auditDocument';
import type { WrittenNarrative } from './writtenNarrative';

/**
 * The 项目支出绩效目标表 attached to the 情况说明, which its 十、绩效管理情况 counts ("公开项目绩效目标22个").
 * In the document each attached table has its 项目名称 row; the project names say which projects are there.
 */
export interface Attachments {
  readonly count: number;
  readonly projects: readonly string[];
  /** Where they were counted, for messages. */
  readonly where: string;
  /** 表12's projects that no attached table names (the names compared loosely), when 表12 is known. */
  readonly unattached: readonly string[];
}

/**
 * The attached 绩效目标表 of the document: one per 项目名称 row of a table inside it; and which of the
 * table's projects (表12) have none, each attached name given to the project it reads most like.
 */
export function attachedTargetTables(w: WrittenNarrative, tableProjects: readonly string[] = []): Attachments {
  const projects: string[] = [];
  for (const p of w.paragraphs) {
    const cells = (p.cells ?? []).map((c) => c.replace(/[\s\u3000]+/gu, '')).filter((c) => c !== '');
    if (cells.length >= 2 && cells[0] === '项目名称' && !/^合计|^\d+$/u.test(cells[1]) && cells.length <= 3) projects.push(cells[1]);
  }
  return { count: projects.length, projects, where: '文中所附绩效目标表', unattached: projects.length > 0 ? unattached(tableProjects, projects) : [] };
}

const key = (s: string) => s.replace(/[\s\u3000]+/gu, '').replace(/（/gu, '(').replace(/）/gu, ')');

function unattached(tableProjects: readonly string[], attached: readonly string[]): string[] {
  const pairs: { t: number; a: number; score: number }[] = [];
  tableProjects.forEach((t, i) =>
    attached.forEach((a, j) => {
      const [x, y] = [key(t), key(a)];
      const score = x === y ? 2 : x.endsWith(y) || y.endsWith(x) ? 1.5 : similarity(x, y);
      if (score >= 0.5) pairs.push({ t: i, a: j, score });
    }),
  );
  const takenT = new Set<number>();
  const takenA = new Set<number>();
  for (const p of pairs.sort((l, r) => r.score - l.score)) {
    if (takenT.has(p.t) || takenA.has(p.a)) continue;
    takenT.add(p.t);
    takenA.add(p.a);
  }
  return tableProjects.filter((_, i) => !takenT.has(i));
}
