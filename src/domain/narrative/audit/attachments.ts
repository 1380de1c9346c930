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
}

/** The attached 绩效目标表 of the document: one per 项目名称 row of a table inside it. */
export function attachedTargetTables(w: WrittenNarrative): Attachments {
  const projects: string[] = [];
  for (const p of w.paragraphs) {
    const cells = (p.cells ?? []).map((c) => c.replace(/[\s\u3000]+/gu, '')).filter((c) => c !== '');
    if (cells.length >= 2 && cells[0] === '项目名称' && !/^合计|^\d+$/u.test(cells[1]) && cells.length <= 3) projects.push(cells[1]);
  }
  return { count: projects.length, projects, where: '文中所附绩效目标表' };
}
