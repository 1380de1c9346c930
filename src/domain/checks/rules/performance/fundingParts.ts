import Decimal from 'decimal.js';
import type { Finding } from '../../../findings/finding';
import type { FundingLine, FundingSide, PerformanceTable } from '../../../recognition/performance/performanceTable';
import type { Rule } from '../../rule';
import { performanceFinding, SCOPE_WORD, valueOf, withUnit } from './performanceFinding';

/**
 * The 项目资金 block adds up on each side: 中央 + 省级 + 市县（区） + 单位自筹 + 其他 = 资金总额, for
 * 实施期 and for 年度; and every figure in it reads as an amount.
 */
export const performanceFundingParts: Rule = {
  id: 'performance-funding',
  title: '绩效目标表项目资金构成',
  defaultSeverity: 'error',
  run(ctx) {
    const out: Finding[] = [];
    for (const table of ctx.recognition.performance) {
      for (const scope of ['period', 'annual'] as const) {
        const side = table.funding[scope];
        if (side) out.push(...checkSide(table, side, scope));
      }
    }
    return out;
  },
};

function checkSide(table: PerformanceTable, side: FundingSide, scope: 'period' | 'annual'): Finding[] {
  const out: Finding[] = [];
  const lines = [...(side.total ? [side.total] : []), ...side.parts];
  for (const line of lines) {
    const a = line.amount;
    if (a && (a.amount.state === 'invalid' || a.amount.state === 'error')) {
      out.push(
        performanceFinding({
          rule: 'performance-funding',
          severity: 'error',
          table,
          cell: a.address,
          line: line.label,
          column: SCOPE_WORD[scope],
          text: `${SCOPE_WORD[scope]}“${label(line)}”的金额“${a.raw}”无法读取`,
        }),
      );
    }
  }
  const total = valueOf(side.total?.amount);
  const parts = side.parts.filter((p) => valueOf(p.amount) !== null);
  if (total === null || parts.length === 0) return out;
  const sum = parts.reduce((s, p) => s.plus(valueOf(p.amount)!), new Decimal(0));
  // 元 are printed whole or to the 分: no rounding excuses a difference; 万元 parts round by 0.005 each.
  const allowed = table.amountUnit === '元' ? new Decimal(0) : new Decimal('0.005').times(parts.length + 1);
  if (sum.minus(total).abs().lte(allowed)) return out;
  const listed = parts.map((p) => `${label(p)} ${withUnit(valueOf(p.amount)!, table.amountUnit)}`).join(' + ');
  out.push(
    performanceFinding({
      rule: 'performance-funding',
      severity: 'error',
      table,
      cell: side.total!.amount!.address,
      line: side.total!.label,
      column: SCOPE_WORD[scope],
      text: `${SCOPE_WORD[scope]}资金总额 ${withUnit(total, table.amountUnit)}，应为 ${listed} = ${withUnit(sum, table.amountUnit)}，差额 ${withUnit(total.minus(sum), table.amountUnit)}`,
      actual: total,
      expected: sum,
      cells: parts.map((p) => p.amount!.address),
    }),
  );
  return out;
}

/** The label without 其中 and colon: "中央财政资金". */
function label(line: FundingLine): string {
  return line.label.replace(/^其中[:：;；]?/, '').replace(/[:：\s]/g, '');
}
