import type { Finding } from '../../../findings/finding';
import type { Rule } from '../../rule';
import { performanceFinding, valueOf, withUnit } from './performanceFinding';

/**
 * 实施期 against 年度: a 一次性 project (1年结束) spends its whole 实施期 in the year, so the two totals
 * agree; a project over several years (延续性, 经常性) never has less for the 实施期 than for the year.
 */
export const performancePeriod: Rule = {
  id: 'performance-period',
  title: '绩效目标表实施期与年度资金',
  defaultSeverity: 'warning',
  run(ctx) {
    const out: Finding[] = [];
    for (const table of ctx.recognition.performance) {
      const period = table.funding.period?.total?.amount ?? null;
      const annual = table.funding.annual?.total?.amount ?? null;
      const p = valueOf(period);
      const a = valueOf(annual);
      if (p === null || a === null || !period || !annual) continue;
      // A template's 实施期 is the SUM of its sources: 0 while none is filled in says nothing yet.
      if (p.isZero() && !table.funding.period!.parts.some((x) => valueOf(x.amount) !== null)) continue;
      const unit = table.amountUnit;
      if (p.lessThan(a)) {
        out.push(
          performanceFinding({
            rule: 'performance-period',
            severity: 'error',
            table,
            cell: period.address,
            line: '实施期资金总额',
            column: '实施期',
            text: `实施期资金总额 ${withUnit(p, unit)} 小于年度资金总额 ${withUnit(a, unit)}（${annual.address}）：实施期包含本年度，不应少于年度资金`,
            actual: p,
            expected: a,
            cells: [annual.address],
          }),
        );
      } else if (table.attribute === '一次性' && !p.equals(a)) {
        out.push(
          performanceFinding({
            rule: 'performance-period',
            severity: 'warning',
            table,
            cell: period.address,
            line: '实施期资金总额',
            column: '实施期',
            text: `项目属性为一次性项目，实施期资金总额 ${withUnit(p, unit)} 应与年度资金总额 ${withUnit(a, unit)}（${annual.address}）相同，差额 ${withUnit(p.minus(a), unit)}`,
            actual: p,
            expected: a,
            cells: [annual.address, ...(table.identity.attribute ? [table.identity.attribute.address] : [])],
          }),
        );
      }
    }
    return out;
  },
};
