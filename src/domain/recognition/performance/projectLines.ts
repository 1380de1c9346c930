import Decimal from 'decimal.js';
import type { AmountCell, RecognitionResult, RecognizedTable } from '../recognizedTable';
import type { PerformanceTable } from './performanceTable';

/** A project line of 预算公开表12 with its 合计 (万元). */
export interface ProjectLine {
  readonly name: string;
  readonly amount: Decimal;
  readonly cell: AmountCell;
  readonly table: RecognizedTable;
}

/** 表12 (项目支出预算表（本年预算）) of the workbook, if recognised. */
export function projectTable(recognition: RecognitionResult): RecognizedTable | undefined {
  return recognition.tables.find((t) => t.kind === 'budget' && t.no === 12);
}

/** 表12's project lines with an amount (not the unit's 合计 line); undefined without 表12. */
export function projectLines(recognition: RecognitionResult): ProjectLine[] | undefined {
  const table = projectTable(recognition);
  const panel = table?.panels[0];
  if (!table || !panel) return undefined;
  const out: ProjectLine[] = [];
  panel.rows.forEach((r, i) => {
    if (r.level === 'total') return;
    const cell = panel.amount(i, 'total');
    if (!cell || cell.amount.value === null || cell.amount.value.isZero()) return;
    out.push({ name: r.name, amount: cell.amount.value, cell, table });
  });
  return out;
}

/** 表12's 合计: its unit/合计 line, else the sum of its project lines. */
export function projectTotal(recognition: RecognitionResult): { amount: Decimal; cell: AmountCell | null } | undefined {
  const table = projectTable(recognition);
  const panel = table?.panels[0];
  if (!table || !panel) return undefined;
  const i = panel.rows.findIndex((r) => r.level === 'total');
  const cell = i >= 0 ? panel.amount(i, 'total') : undefined;
  if (cell && cell.amount.value !== null) return { amount: cell.amount.value, cell };
  const lines = projectLines(recognition) ?? [];
  return { amount: lines.reduce((s, l) => s.plus(l.amount), new Decimal(0)), cell: null };
}

/** The target tables that stand for a 表12 line: 项目支出绩效目标表 and 申报表 (not 整体, not 自评). */
export function projectTargetTables(recognition: RecognitionResult): PerformanceTable[] {
  return recognition.performance.filter((t) => t.form.subject === 'project' && t.form.purpose === 'target');
}
