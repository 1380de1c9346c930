import Decimal from 'decimal.js';
import type { CellRef } from '../findings/finding';
import type { PerformanceTable } from '../recognition/performance/performanceTable';
import { projectLines, projectTargetTables } from '../recognition/performance/projectLines';
import { matchProjects } from '../recognition/performance/projectMatch';
import type { RecognitionResult } from '../recognition/recognizedTable';
import { fig, sumFigs, type Fig } from './figure';

/**
 * The figures 情况说明 十 takes from the performance tables, each with its cells: 表12's project lines
 * (纳入绩效目标管理), the 绩效目标表 actually attached (公开), their 项目类别, the unit's 整体 table, and
 * for a 决算 the 自评表 with their funds and grades.
 */
export type ProjectCategory = '其他运转类' | '特定目标类';

export interface ProjectLineFigure {
  readonly name: string;
  readonly fig: Fig;
  readonly table: PerformanceTable | null;
  readonly category: ProjectCategory | null;
}

export interface BudgetPerformanceFigures {
  /** 表12's project lines with an amount (纳入绩效目标管理). */
  readonly lines: readonly ProjectLineFigure[];
  /** The 绩效目标表 / 申报表 in the workbook (公开). */
  readonly attached: readonly PerformanceTable[];
  /** What the attached tables stand for in 万元: their 表12 lines, or their own 年度资金 when on no line. */
  readonly attachedAmount: Fig;
  /** The unit's 整体支出绩效目标表, if any. */
  readonly overall: PerformanceTable | undefined;
}

const ref = (t: PerformanceTable, address: string): CellRef => ({ sheet: t.sheet, address });

export function categoryOf(t: PerformanceTable | null): ProjectCategory | null {
  const text = t?.identity.category?.text ?? '';
  if (/运转/.test(text)) return '其他运转类';
  if (/特定/.test(text)) return '特定目标类';
  return null;
}

/** A target table's 年度资金总额 in 万元 with its cell. */
export function annualWan(t: PerformanceTable): Fig | undefined {
  const a = t.funding.annual?.total?.amount;
  if (!a || a.amount.state !== 'amount' || a.amount.value === null) return undefined;
  return fig(t.amountUnit === '元' ? a.amount.value.div(10000) : a.amount.value, [ref(t, a.address)]);
}

export function budgetPerformanceFigures(recognition: RecognitionResult): BudgetPerformanceFigures | undefined {
  const lines = projectLines(recognition);
  const attached = projectTargetTables(recognition);
  const overall = recognition.performance.find((t) => t.form.id === 'performance/overall');
  if (!lines) return undefined;
  const m = matchProjects(lines, attached);
  const tableOf = new Map(m.pairs.map((p) => [p.line, p.table]));
  const figures = lines.map((l): ProjectLineFigure => {
    const table = tableOf.get(l) ?? null;
    return { name: l.name, fig: fig(l.amount, [{ sheet: l.table.sheet, address: l.cell.address }]), table, category: categoryOf(table) };
  });
  const attachedAmount = sumFigs([...figures.filter((f) => f.table).map((f) => f.fig), ...m.tablesWithoutLine.map(annualWan)]);
  return { lines: figures, attached, attachedAmount, overall };
}

/** Count and amount of the lines of one category; undefined when some line's category is unknown. */
export function categorySplit(lines: readonly ProjectLineFigure[]): Record<ProjectCategory, { count: number; sources: CellRef[]; amount: Fig }> | undefined {
  if (lines.length === 0 || lines.some((l) => l.category === null)) return undefined;
  const of = (c: ProjectCategory) => {
    const ls = lines.filter((l) => l.category === c);
    return { count: ls.length, sources: ls.map((l) => ref(l.table!, l.table!.identity.category!.address)), amount: sumFigs(ls.map((l) => l.fig)) };
  };
  return { 其他运转类: of('其他运转类'), 特定目标类: of('特定目标类') };
}

/** A 自评表's funds (万元): 全年预算数 of its money block, or the 年度资金总额 of one printed on the target form. */
export function selfEvaluatedAmount(t: PerformanceTable): Fig | undefined {
  if (t.selfEvaluation) {
    const line = t.selfEvaluation.money.find((m) => m.key === 'total') ?? t.selfEvaluation.money[0];
    const a = line?.values.annualBudget ?? line?.values.executed;
    if (a && a.amount.state === 'amount' && a.amount.value !== null) return fig(a.amount.value, [ref(t, a.address)]);
    return undefined;
  }
  return annualWan(t);
}

/** The grade a 自评表 states, or earns by its 总分 (a table on the target form prints only "得分 100分"). */
export function selfEvaluationGrade(t: PerformanceTable): { grade: string; sources: CellRef[] } | undefined {
  const se = t.selfEvaluation;
  if (se?.grade) return { grade: se.grade.text.trim(), sources: [ref(t, se.grade.address)] };
  const scoreCell = se?.totalScore
    ? { value: se.totalScore.amount.value, address: se.totalScore.address }
    : (() => {
        const c = t.executionLines.find((x) => /^\d+(\.\d+)?分$/.test(x.text.trim()));
        return c ? { value: new Decimal(c.text.trim().replace(/分$/, '')), address: c.address } : undefined;
      })();
  const grades = t.form.grades;
  if (!scoreCell || scoreCell.value === null || !grades) return undefined;
  const earned = grades.find((g) => scoreCell.value!.gte(g.min));
  return earned ? { grade: earned.grade, sources: [ref(t, scoreCell.address)] } : undefined;
}
