import type { WorkbookGateway } from '../../excel/workbookGateway';
import { loadPerformanceTemplates, loadRecognition } from '../shared/engine';

/** What 模板 › 绩效目标表 did: the sheets it inserted, the projects that already had a table, and notes. */
export type PerformanceInsertion =
  | { readonly kind: 'inserted'; readonly sheets: readonly string[]; readonly covered: number; readonly notices: readonly string[] }
  | { readonly kind: 'nothing'; readonly covered: number }
  | { readonly kind: 'refused'; readonly reason: string };

/**
 * Reads the workbook, finds 表12's projects without a 绩效目标表 and inserts one sheet for each,
 * pre-filled from 表12. Never replaces a sheet or repeats a project's table.
 */
export async function insertPerformanceTemplates(gateway: WorkbookGateway): Promise<PerformanceInsertion> {
  const [{ recognize }, { performanceTemplateLayouts, projectsWithoutTable }, snapshot] = await Promise.all([
    loadRecognition(),
    loadPerformanceTemplates(),
    gateway.readSnapshot(),
  ]);
  const recognition = recognize(snapshot);
  const todo = projectsWithoutTable(recognition);
  if (!todo) return { kind: 'refused', reason: '工作簿中没有找到预算公开表12（项目支出预算表），无法按项目生成绩效目标表。' };
  if (recognition.year === null || !recognition.unit) return { kind: 'refused', reason: '没有从公开表中读出年度或单位名称，无法填写绩效目标表。' };
  if (todo.projects.length === 0) return { kind: 'nothing', covered: todo.covered.length };
  const { layouts, notices } = performanceTemplateLayouts({
    year: recognition.year,
    unit: recognition.unit,
    projects: todo.projects,
    existingSheets: snapshot.sheets.map((s) => s.name),
  });
  await gateway.writeLayouts(layouts);
  return { kind: 'inserted', sheets: layouts.map((l) => l.name), covered: todo.covered.length, notices };
}

/** The pane's one line about it. */
export function insertionText(r: PerformanceInsertion): string {
  if (r.kind === 'refused') return r.reason;
  if (r.kind === 'nothing') return `表12的 ${r.covered} 个项目都已有绩效目标表，未插入新表。`;
  const covered = r.covered > 0 ? `；已有表的 ${r.covered} 个项目未重复生成` : '';
  return `已插入 ${r.sheets.length} 张项目支出绩效目标表：${r.sheets.join('、')}${covered}`;
}
