import Decimal from 'decimal.js';
import type { Finding } from '../../../findings/finding';
import type { AmountRef, PerformanceTable, SelfEvaluationMoneyLine } from '../../../recognition/performance/performanceTable';
import type { Rule } from '../../rule';
import { performanceFinding, valueOf, yuan } from './performanceFinding';

/**
 * A 自评表's arithmetic: 执行率 = 全年执行数 ÷ 全年预算数, 结余 = 全年预算数 − 全年执行数; the 分值 add
 * up to 100 (the indicators plus 预算执行率's 10), no 得分 above its 分值, the 得分 add up to 总分, and
 * the grade is the one the 总分 earns (90 优, 80 良, 60 中, below 差).
 */
export const performanceSelfEvaluation: Rule = {
  id: 'performance-self-evaluation',
  title: '绩效自评表计算与等级',
  defaultSeverity: 'error',
  run(ctx) {
    const out: Finding[] = [];
    for (const table of ctx.recognition.performance) {
      if (table.layout !== 'self-evaluation' || !table.selfEvaluation) continue;
      for (const line of table.selfEvaluation.money) out.push(...moneyLine(table, line));
      out.push(...scores(table));
    }
    return out;
  },
};

function decimalsOf(a: AmountRef): number {
  const m = /\.(\d+)/.exec(a.raw);
  return m ? m[1].length : 0;
}

/** A printed figure further from the exact one than rounding to its own decimals explains. */
function offBeyondPrinting(printed: Decimal, exact: Decimal, decimals: number): boolean {
  return printed.minus(exact).abs().gt(new Decimal(0.5).times(new Decimal(10).pow(-decimals)));
}

function moneyLine(table: PerformanceTable, line: SelfEvaluationMoneyLine): Finding[] {
  const budget = valueOf(line.values.annualBudget);
  const executed = valueOf(line.values.executed);
  if (budget === null || executed === null) return [];
  const sources = [line.values.executed!, line.values.annualBudget!];
  const checks: { ref: AmountRef | undefined; column: string; exact: Decimal | null; decimals: (r: AmountRef) => number; text: (r: AmountRef, exact: Decimal) => string }[] = [
    {
      ref: line.values.rate,
      column: '执行率',
      exact: budget.isZero() ? null : executed.div(budget).times(100),
      decimals: decimalsOf,
      text: (r, exact) => `${line.label}执行率 ${r.raw}%，应为 全年执行数 ${yuan(executed)} ÷ 全年预算数 ${yuan(budget)} = ${exact.toDecimalPlaces(2).toFixed(2)}%`,
    },
    {
      ref: line.values.balance,
      column: '资金结（转）余',
      exact: budget.minus(executed),
      decimals: (r) => Math.max(decimalsOf(r), ...sources.map(decimalsOf)),
      text: (r, exact) => `${line.label}结余 ${r.raw}万元，应为 全年预算数 ${yuan(budget)} − 全年执行数 ${yuan(executed)} = ${yuan(exact)}万元`,
    },
  ];
  const out: Finding[] = [];
  for (const c of checks) {
    const printed = valueOf(c.ref);
    if (!c.ref || printed === null || c.exact === null || !offBeyondPrinting(printed, c.exact, c.decimals(c.ref))) continue;
    out.push(
      performanceFinding({
        rule: 'performance-self-evaluation',
        severity: 'error',
        table,
        cell: c.ref.address,
        line: line.label,
        column: c.column,
        text: c.text(c.ref, c.exact),
        actual: printed,
        expected: c.exact,
        cells: sources.map((s) => s.address),
      }),
    );
  }
  return out;
}

function scores(table: PerformanceTable): Finding[] {
  const se = table.selfEvaluation!;
  const out: Finding[] = [];
  const say = (cell: string | null, line: string, text: string, actual?: Decimal, expected?: Decimal, cells?: string[]) =>
    out.push(performanceFinding({ rule: 'performance-self-evaluation', severity: 'error', table, cell, line, text, actual: actual ?? null, expected: expected ?? null, cells }));
  const executionWeight = new Decimal(table.form.selfEvaluationMoney?.executionWeight ?? 10);
  const moneyScore = valueOf(se.money.find((m) => m.key === 'total')?.values.score ?? se.money[0]?.values.score);
  for (const i of se.indicators) {
    const w = valueOf(i.weight);
    const s = valueOf(i.score);
    if (w !== null && s !== null && s.greaterThan(w)) say(i.score!.address, `${i.level2}“${i.level3 ?? ''}”`, `${i.level2}“${i.level3 ?? ''}”得分 ${yuan(s)} 超过分值 ${yuan(w)}`, s, w);
  }
  if (moneyScore !== null && moneyScore.greaterThan(executionWeight)) {
    const cell = se.money.find((m) => m.values.score)?.values.score?.address ?? null;
    say(cell, '资金总额', `预算执行率得分 ${yuan(moneyScore)} 超过其分值 ${yuan(executionWeight)}`, moneyScore, executionWeight);
  }
  const weights = se.indicators.map((i) => valueOf(i.weight));
  if (weights.length > 0 && weights.every((w) => w !== null)) {
    const sum = weights.reduce((s: Decimal, w) => s.plus(w!), executionWeight);
    if (!sum.equals(100)) {
      say(se.indicators[0].weight!.address, '分值', `分值合计应为 100：各项指标 ${weights.map((w) => yuan(w!)).join(' + ')} + 预算执行率 ${yuan(executionWeight)} = ${yuan(sum)}`, sum, new Decimal(100));
    }
  }
  const total = valueOf(se.totalScore);
  const scoreList = se.indicators.map((i) => valueOf(i.score));
  if (total !== null && scoreList.length > 0 && scoreList.every((s) => s !== null) && moneyScore !== null) {
    const sum = scoreList.reduce((s: Decimal, x) => s.plus(x!), moneyScore);
    if (!sum.equals(total)) {
      say(se.totalScore!.address, '总分', `总分 ${yuan(total)}，应为 各项指标得分 ${scoreList.map((s) => yuan(s!)).join(' + ')} + 预算执行率得分 ${yuan(moneyScore)} = ${yuan(sum)}`, total, sum);
    }
  }
  if (total !== null && se.grade && table.form.grades) {
    const earned = table.form.grades.find((g) => total.gte(g.min));
    if (earned && earned.grade !== se.grade.text.trim()) {
      say(se.grade.address, '自评等级', `总分 ${yuan(total)} 对应等级“${earned.grade}”，表中写“${se.grade.text.trim()}”`, undefined, undefined, [se.totalScore!.address]);
    }
  }
  return out;
}
