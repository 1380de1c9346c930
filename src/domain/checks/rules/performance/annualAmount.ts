import Decimal from 'decimal.js';
import type { Finding } from '../../../findings/finding';
import { formatWan } from '../../../money/format';
import { projectLines, projectTargetTables, projectTotal } from '../../../recognition/performance/projectLines';
import { matchProjects } from '../../../recognition/performance/projectMatch';
import type { Rule } from '../../rule';
import { inYuan, performanceFinding, periodAsThousands, valueOf, withUnit } from './performanceFinding';

/** Printing 元 as 万元 with two decimals rounds by at most half a cent of 万元. */
const WAN_ROUNDING = new Decimal('0.005');

/**
 * 年度资金总额 (元) ÷ 10000 = its 表12 line (万元), within the rounding of 元 → 万元; and when every
 * line has its table, the tables together = 表12 合计.
 */
export const performanceAnnualAmount: Rule = {
  id: 'performance-amount',
  title: '绩效目标表年度资金与表12',
  defaultSeverity: 'error',
  run(ctx) {
    const tables = projectTargetTables(ctx.recognition);
    if (tables.length === 0) return [];
    const lines = projectLines(ctx.recognition);
    if (!lines) return [];
    const m = matchProjects(lines, tables);
    const out: Finding[] = [];
    let sum = new Decimal(0);
    let complete = m.linesWithoutTable.length === 0 && m.tablesWithoutLine.length === 0;
    for (const { line, table } of m.pairs) {
      const total = table.funding.annual?.total?.amount ?? null;
      const value = valueOf(total);
      if (!total || value === null) {
        complete = false;
        continue;
      }
      const yuan = inYuan(value, table.amountUnit);
      const wan = yuan.div(10000);
      sum = sum.plus(wan);
      if (wan.minus(line.amount).abs().lte(WAN_ROUNDING)) continue;
      const expectedYuan = line.amount.times(10000);
      const hint = table.amountUnit === '元' && periodAsThousands(total.raw) ? `；“${total.raw}”疑把千分位逗号写成了小数点` : '';
      out.push(
        performanceFinding({
          rule: 'performance-amount',
          severity: 'error',
          table,
          cell: total.address,
          line: '年度资金总额',
          column: '年度',
          text: `年度资金总额 ${withUnit(value, table.amountUnit)}（${formatWan(wan)}万元）与预算公开表12“${line.name}”合计 ${formatWan(line.amount)}万元（${line.table.sheet}!${line.cell.address}）不一致，差额 ${formatWan(wan.minus(line.amount))}万元${hint}`,
          // Amounts in the table's own unit (cli.md): 元 on a 绩效目标表.
          actual: value,
          expected: table.amountUnit === '元' ? expectedYuan : line.amount,
        }),
      );
    }
    const total = projectTotal(ctx.recognition);
    if (complete && total && m.pairs.length > 0) {
      const allowed = WAN_ROUNDING.times(m.pairs.length + 1);
      if (sum.minus(total.amount).abs().gt(allowed)) {
        const first = m.pairs[0].table;
        out.push(
          performanceFinding({
            rule: 'performance-amount',
            severity: 'error',
            table: first,
            cell: first.funding.annual?.total?.amount?.address ?? null,
            line: '年度资金总额合计',
            text: `${m.pairs.length} 张绩效目标表的年度资金总额合计 ${formatWan(sum)}万元，与预算公开表12 合计 ${formatWan(total.amount)}万元 不一致，差额 ${formatWan(sum.minus(total.amount))}万元`,
            actual: first.amountUnit === '元' ? sum.times(10000) : sum,
            expected: first.amountUnit === '元' ? total.amount.times(10000) : total.amount,
          }),
        );
      }
    }
    return out;
  },
};
