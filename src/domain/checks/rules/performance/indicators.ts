import type { Finding } from '../../../findings/finding';
import { moneyInYuan } from '../../../recognition/performance/indicatorValue';
import type { Indicator, IndicatorScope, PerformanceTable } from '../../../recognition/performance/performanceTable';
import type { Rule } from '../../rule';
import { inYuan, performanceFinding, SCOPE_WORD, valueOf, yuan } from './performanceFinding';

/**
 * The indicator grid as the hierarchy asks: every 二级 of 产出指标 has an indicator with a value, the
 * required 一级 (满意度; 成本 where it is a 一级) are there; a percentage above 100, a figure without
 * a unit, a named indicator without a value, and a 成本指标 amount above the funds are worth a look.
 * The 实施期 and 年度 sides usually repeat each other: one finding says both.
 */
export const performanceIndicators: Rule = {
  id: 'performance-indicators',
  title: '绩效指标完整与合理',
  defaultSeverity: 'warning',
  run(ctx) {
    const out: Finding[] = [];
    for (const table of ctx.recognition.performance) {
      const issues = new Map<string, { scopes: IndicatorScope[]; cell: string | null; line: string; text: (scopes: string) => string }>();
      const note = (scope: IndicatorScope, key: string, cell: string | null, line: string, text: (scopes: string) => string) => {
        const known = issues.get(key);
        if (known) known.scopes.push(scope);
        else issues.set(key, { scopes: [scope], cell, line, text });
      };
      for (const scope of table.scopes) checkScope(table, scope, note);
      for (const issue of issues.values()) {
        const scopes = table.scopes.length === 1 ? '' : issue.scopes.map((s) => SCOPE_WORD[s]).join('和');
        out.push(
          performanceFinding({
            rule: 'performance-indicators',
            severity: 'warning',
            table,
            cell: issue.cell,
            line: issue.line,
            column: scopes || null,
            text: issue.text(scopes),
          }),
        );
      }
    }
    return out;
  },
};

type Note = (scope: IndicatorScope, key: string, cell: string | null, line: string, text: (scopes: string) => string) => void;

function checkScope(table: PerformanceTable, scope: IndicatorScope, note: Note): void {
  const list = table.indicators.filter((i) => i.scope === scope);
  const hasValue = (i: Indicator) => i.value !== null && i.value.raw.trim() !== '';
  const gridCell = list[0]?.address ?? null;
  for (const first of table.hierarchy.levels) {
    const under = list.filter((i) => i.level1 === first.name);
    if (first.everyChildRequired) {
      for (const child of first.children) {
        if (under.some((i) => i.level2 === child.name && hasValue(i))) continue;
        const at = under.find((i) => i.level2 === child.name)?.address ?? under[0]?.address ?? gridCell;
        note(scope, `missing:${child.name}`, at, `${first.name}—${child.name}`, (s) => `${s}${first.name}的“${child.name}”没有填写指标`);
      }
    }
    if (first.required && !under.some(hasValue)) {
      note(scope, `missing:${first.name}`, under[0]?.address ?? gridCell, first.name, (s) => `${s}缺少${first.name}（至少一项有指标值的指标）`);
    }
  }
  const annualTotal = valueOf(table.funding[scope]?.total?.amount);
  for (const i of list) {
    const name = i.level3 ?? i.level2;
    const key = `${i.level2}|${i.level3 ?? ''}|${i.value?.raw ?? ''}`;
    const v = i.value;
    if (i.level3 && !hasValue(i)) {
      note(scope, `empty:${key}`, i.address, `${i.level2}“${i.level3}”`, (s) => `${s}${i.level2}“${i.level3}”没有填写指标值`);
      continue;
    }
    if (!v) continue;
    if (v.unit === '%' && v.number !== null && v.number.greaterThan(100)) {
      note(scope, `percent:${key}`, i.address, `${i.level2}“${name}”`, (s) => `${s}${i.level2}“${name}”的指标值 ${v.raw} 超过 100%`);
    }
    if (v.number !== null && v.unit === null) {
      note(scope, `unit:${key}`, i.address, `${i.level2}“${name}”`, (s) => `${s}${i.level2}“${name}”的指标值“${v.raw}”没有计量单位（人、次、%、元…）`);
    }
    const money = moneyInYuan(v);
    const level2 = table.hierarchy.levels.flatMap((l) => l.children).find((c) => c.name === i.level2);
    if (money !== null && level2?.money && annualTotal !== null) {
      const funds = inYuan(annualTotal, table.amountUnit);
      if (money.greaterThan(funds)) {
        note(scope, `cost:${key}:${funds.toString()}`, i.address, `${i.level2}“${name}”`, (s) =>
          `${s}${i.level2}“${name}”为 ${v.raw}（${yuan(money)}元），超过${s || SCOPE_WORD[scope]}资金总额 ${yuan(funds)}元`,
        );
      }
    }
  }
}
