import type { Finding } from '../../../findings/finding';
import { formatWan } from '../../../money/format';
import { projectLines, projectTargetTables } from '../../../recognition/performance/projectLines';
import { matchProjects } from '../../../recognition/performance/projectMatch';
import type { Rule } from '../../rule';
import { performanceFinding } from './performanceFinding';

/**
 * Every 表12 project line with an amount has its 绩效目标表 and every target table its 表12 line, by
 * 项目名称 (brackets, spaces and wraps aside). A name that nearly agrees is paired and the other
 * spelling proposed.
 */
export const performanceCoverage: Rule = {
  id: 'performance-coverage',
  title: '绩效目标表与表12项目对应',
  defaultSeverity: 'warning',
  run(ctx) {
    const tables = projectTargetTables(ctx.recognition);
    // No performance table at all: nothing to pair (and 表12's lines are not read, a live check runs this after every edit).
    if (tables.length === 0 && ctx.recognition.performance.length === 0) return [];
    const lines = projectLines(ctx.recognition);
    if (!lines) return [];
    const m = matchProjects(lines, tables);
    const out: Finding[] = [];
    for (const line of m.linesWithoutTable) {
      const text = `预算公开表12 列有项目“${line.name}”（${formatWan(line.amount)}万元），工作簿中没有它的项目支出绩效目标表`;
      out.push({
        severity: 'warning',
        rule: 'performance-coverage',
        table: 12,
        form: 'performance/target',
        project: line.name,
        sheet: line.table.sheet,
        cell: line.cell.address,
        row: { code: null, name: line.name },
        column: '合计',
        expected: null,
        actual: null,
        difference: null,
        message: `预算公开表12（工作表“${line.table.sheet}”${line.cell.address}）：${text}`,
        cells: [{ sheet: line.table.sheet, address: line.cell.address }],
        detail: { kind: 'statement', text },
      });
    }
    for (const table of m.tablesWithoutLine) {
      out.push(
        performanceFinding({
          rule: 'performance-coverage',
          severity: 'warning',
          table,
          cell: table.projectCell?.address ?? null,
          line: '项目名称',
          text: table.project
            ? `项目“${table.project}”在预算公开表12 中没有同名（或相近）的项目行`
            : '没有找到项目名称，无法与预算公开表12 的项目对应',
        }),
      );
    }
    for (const pair of m.pairs.filter((p) => !p.exact)) {
      out.push(
        performanceFinding({
          rule: 'performance-coverage',
          severity: 'warning',
          table: pair.table,
          cell: pair.table.projectCell?.address ?? null,
          line: '项目名称',
          text: `项目名称“${pair.table.project}”与预算公开表12 的“${pair.line.name}”（${pair.line.table.sheet}!${pair.line.cell.address}）不一致，按同一项目对照；是否应为“${pair.line.name}”？`,
        }),
      );
    }
    return out;
  },
};
