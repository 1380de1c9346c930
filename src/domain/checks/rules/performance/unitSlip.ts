import Decimal from 'decimal.js';
import type { Finding } from '../../../findings/finding';
import { moneyInYuan } from '../../../recognition/performance/indicatorValue';
import type { Rule } from '../../rule';
import { performanceFinding, valueOf, yuan } from './performanceFinding';

const COLUMN_WORD = { declared: '目标申报数', budgeted: '预算编制数', annualBudget: '全年预算数', executed: '全年执行数' } as const;

/**
 * A 自评表's money is in 万元. A figure that is the table's own 成本指标 amount (元) times a power of
 * ten was typed in the wrong unit or with a slipped point: 004's 临时工工资 prints 14,256 in the 万元
 * columns where 成本 says 142,560元 (14.256万元).
 */
export const performanceUnitSlip: Rule = {
  id: 'performance-unit',
  title: '绩效自评表金额单位',
  defaultSeverity: 'error',
  run(ctx) {
    const out: Finding[] = [];
    for (const table of ctx.recognition.performance) {
      const se = table.selfEvaluation;
      if (!se) continue;
      const costs = se.indicators
        .filter((i) => i.level2 === '成本指标' || i.level2 === '经济成本指标')
        .flatMap((i) => [i.actual, i.adjusted].map((v) => ({ i, v, yuan: moneyInYuan(v) })))
        .filter((c) => c.yuan !== null && !c.yuan.isZero());
      const total = se.money.find((m) => m.key === 'total') ?? se.money[0];
      if (!total || costs.length === 0) continue;
      for (const key of ['executed', 'annualBudget', 'budgeted', 'declared'] as const) {
        const ref = total.values[key];
        const f = valueOf(ref);
        if (!ref || f === null || f.isZero()) continue;
        const hit = costs.find((c) => {
          const wan = c.yuan!.div(10000);
          if (wan.minus(f).abs().lte(0.0005)) return false;
          const ratio = f.div(wan);
          return [10, 100, 1000, 10000].some((p) => ratio.minus(p).abs().lte(new Decimal(p).times(0.001)));
        });
        if (!hit) continue;
        const wan = hit.yuan!.div(10000);
        out.push(
          performanceFinding({
            rule: 'performance-unit',
            severity: 'error',
            table,
            cell: ref.address,
            line: total.label,
            column: COLUMN_WORD[key],
            text: `${COLUMN_WORD[key]} ${ref.raw}（万元）是成本指标“${hit.i.level3 ?? ''}”${hit.v!.raw}（=${yuan(wan)}万元）的 ${yuan(f.div(wan).toDecimalPlaces(0))} 倍，疑为单位或小数点错误：应为 ${yuan(wan)} 万元？`,
            actual: f,
            expected: wan,
            cells: [hit.i.address],
          }),
        );
        break;
      }
    }
    return out;
  },
};
