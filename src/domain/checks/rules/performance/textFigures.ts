import Decimal from 'decimal.js';
import type { Finding } from '../../../findings/finding';
import { moneyInYuan, personsOf } from '../../../recognition/performance/indicatorValue';
import type { PerformanceTable, TextCell } from '../../../recognition/performance/performanceTable';
import { statedAmounts, statedCounts, statedProducts, type StatedAmount } from '../../../recognition/performance/statedFigures';
import type { Rule } from '../../rule';
import { inYuan, performanceFinding, valueOf, yuan } from './performanceFinding';

/**
 * What 项目概况 and 总体目标 say against the table's own figures: an amount the funds or the 成本指标
 * do not show ("需要资金38万元"), items that do not add up to their 合计 or to the funds, a standard
 * times a count (4200人 × 3360元) that is not the stated sum, a product written out wrongly, and a
 * head-count the 数量指标 contradicts (35人 against 34人).
 */
export const performanceText: Rule = {
  id: 'performance-text',
  title: '绩效目标表文字与数字',
  defaultSeverity: 'warning',
  run(ctx) {
    const out: Finding[] = [];
    for (const table of ctx.recognition.performance) {
      const seen = new Set<string>();
      const cells: [string, TextCell | null][] = [
        ['项目概况', table.texts.overview ?? null],
        ['实施期总体目标', table.goals.period],
        ['年度总体目标', table.goals.annual],
      ];
      for (const [label, cell] of cells) {
        if (!cell || seen.has(cell.text)) continue;
        seen.add(cell.text);
        out.push(...checkText(table, label, cell));
      }
    }
    return out;
  },
};

interface Figure {
  readonly yuan: Decimal;
  readonly what: string;
}

/** The table's money in 元: the funds on both sides and their parts, the 成本指标 amounts and their sum per side. */
function tableFigures(t: PerformanceTable): Figure[] {
  const out: Figure[] = [];
  for (const [scope, word] of [
    ['annual', '年度'],
    ['period', '实施期'],
  ] as const) {
    const side = t.funding[scope];
    const total = valueOf(side?.total?.amount);
    if (total !== null) out.push({ yuan: inYuan(total, t.amountUnit), what: `${word}资金总额` });
    for (const p of side?.parts ?? []) {
      const v = valueOf(p.amount);
      if (v !== null && !v.isZero()) out.push({ yuan: inYuan(v, t.amountUnit), what: `${word}${p.label.replace(/^其中[:：;；]?/, '')}` });
    }
    const costs = t.indicators.filter((i) => i.scope === scope).map((i) => moneyInYuan(i.value)).filter((v): v is Decimal => v !== null);
    costs.forEach((c) => out.push({ yuan: c, what: `${word}成本指标` }));
    if (costs.length > 1) out.push({ yuan: costs.reduce((s, c) => s.plus(c), new Decimal(0)), what: `${word}成本指标合计` });
  }
  return out;
}

function matches(figures: readonly Figure[], y: Decimal): boolean {
  return figures.some((f) => f.yuan.minus(y).abs().lt(0.01));
}

/** "表中年度资金总额 273,400元不一致" / "表中年度资金总额 120,000元、实施期资金总额 300,000元都不一致". */
function main(figures: readonly Figure[]): string {
  const seen = new Set<string>();
  const named = figures
    .filter((f) => /资金总额$/.test(f.what))
    .filter((f) => !seen.has(f.yuan.toString()) && seen.add(f.yuan.toString()))
    .map((f) => `${f.what} ${yuan(f.yuan)}元`);
  return `${named.join('、')}${named.length > 1 ? '都' : ''}`;
}

function checkText(table: PerformanceTable, label: string, cell: TextCell): Finding[] {
  const out: Finding[] = [];
  const say = (text: string, line = label) =>
    out.push(performanceFinding({ rule: 'performance-text', severity: 'warning', table, cell: cell.address, line, text }));
  const text = cell.text;
  for (const p of statedProducts(text)) {
    const product = p.factors.reduce((s, f) => s.times(f), new Decimal(1));
    if (!product.equals(p.result)) say(`${label}写“${p.quote}”，但 ${p.factors.map((f) => yuan(f)).join(' × ')} = ${yuan(product)}`);
  }
  const figures = tableFigures(table);
  const amounts = statedAmounts(text);
  const totals = amounts.filter((a) => a.role === 'total');
  const plain = amounts.filter((a) => a.role === 'plain');
  const hasFunds = figures.some((f) => /资金总额$/.test(f.what));
  const list = (items: readonly StatedAmount[]) => items.map((a) => `${yuan(a.yuan)}元`).join(' + ');
  if (totals.length > 0) {
    const total = totals[totals.length - 1];
    const items = plain.filter((a) => a.index < total.index);
    const sum = items.reduce((s, a) => s.plus(a.yuan), new Decimal(0));
    if (items.length >= 2 && !sum.equals(total.yuan)) {
      say(`${label}所列各项 ${list(items)} = ${yuan(sum)}元，与所写“${total.quote}”不一致，差额 ${yuan(sum.minus(total.yuan))}元`);
    } else if (hasFunds && !matches(figures, total.yuan)) {
      say(`${label}写“${total.quote}”（${yuan(total.yuan)}元），与表中${main(figures)}不一致`);
    }
  } else if (hasFunds && plain.length > 0) {
    const unmatched = plain.filter((a) => !matches(figures, a.yuan));
    const sum = plain.reduce((s, a) => s.plus(a.yuan), new Decimal(0));
    if (plain.length >= 2 && unmatched.length === plain.length) {
      if (!matches(figures, sum)) say(`${label}所列金额 ${list(plain)} = ${yuan(sum)}元，与表中${main(figures)}不一致`);
    } else {
      for (const a of unmatched) say(`${label}写“${a.quote}”（${yuan(a.yuan)}元），与表中${main(figures)}不一致`);
    }
  }
  // A standard times a count: "代缴人数1278人，标准每人每年200元，代缴金额255600元".
  const standards = amounts.filter((a) => a.role === 'standard');
  const counts = statedCounts(text);
  const stated = totals[totals.length - 1] ?? (plain.length === 1 ? plain[0] : undefined);
  // A product written out ("250*130*3=97500") already says how the sum was made.
  if (standards.length === 1 && !standards[0].perOccasion && counts.length === 1 && stated && statedProducts(text).length === 0) {
    const s = standards[0];
    const product = s.yuan.times(counts[0].persons).times(s.monthly ? 12 : 1);
    if (!product.equals(stated.yuan)) {
      say(
        `${label}按“${s.quote}”与“${counts[0].quote}”计算为 ${yuan(s.yuan)}元 × ${yuan(counts[0].persons)}人${s.monthly ? ' × 12个月' : ''} = ${yuan(product)}元，与所写“${stated.quote}”不一致`,
      );
    }
  }
  // Head-counts against the 数量指标 that count people.
  const persons = table.indicators
    .filter((i) => i.level2 === '数量指标')
    .map((i) => ({ i, n: personsOf(i.value) }))
    .filter((x): x is { i: (typeof table.indicators)[number]; n: Decimal } => x.n !== null);
  if (persons.length > 0) {
    for (const c of counts) {
      if (persons.some((p) => p.n.equals(c.persons))) continue;
      const p = persons[0];
      say(`${label}写“${c.quote}”，数量指标“${p.i.level3 ?? ''}”为 ${p.i.value!.raw}（${p.i.address}）`);
    }
  }
  return out;
}
