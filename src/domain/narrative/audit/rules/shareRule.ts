import type { Finding } from '../../../findings/finding';
import { formatWan } from '../../../money/format';
import { statementWords, type AuditContext } from '../auditContext';
import type { AuditParagraph } from '../auditDocument';
import type { Statement } from '../statements';
import type { AuditRule } from './auditRule';
import { CENT, percentOf, roundedAs } from './rounding';

/**
 * A share ("占98.19%") or another percentage tied to the product's own one must equal the share
 * recomputed from the table figures with the denominator the sentence implies — the list's whole for
 * "主要包括…，占…", the named total for "占本年支出合计的…". Both roundings are right: each share
 * rounded alone (what most documents print) and shares rounded to add up to 100.00 (what the product
 * prints). A percentage no table holds ("完成年初预算的9.36%") is recomputed from the figures the same
 * sentence states.
 */
export const shareRule: AuditRule = {
  id: 'narrative-share',
  title: '情况说明中的占比与按表重算的不一致',
  defaultSeverity: 'error',
  run(ctx: AuditContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.written.paragraphs) {
      for (const s of p.statements) {
        if ((s.kind !== 'share' && s.kind !== 'percent') || !s.figure) continue;
        const tie = ctx.ties.get(s);
        const ratio = tie?.ref.ratio;
        if (tie && ratio && tie.ref.figure) {
          const exact = percentOf(ratio.part, ratio.whole);
          if (exact === null) continue;
          const w = s.figure.value;
          const dp = s.figure.decimals;
          if (w.equals(roundedAs(exact, dp)) || w.equals(roundedAs(tie.ref.figure.value, dp))) continue;
          const expected = roundedAs(exact, 2);
          const diff = w.minus(expected).abs();
          const owner = ctx.ties.ownerOf(s);
          out.push(
            ctx.finding({
              rule: this.id,
              severity: diff.lte(CENT) ? 'warning' : 'error',
              paragraph: p.index,
              quote: s.quote,
              text: `${owner ? `“${statementWords(p, owner)}”` : ''}“${statementWords(p, s)}”按表应为 ${expected.toFixed(2)}%（${formatWan(ratio.part)} ÷ ${formatWan(ratio.whole)}）。`,
              brief: `${owner ? `“${statementWords(p, owner)}”` : ''}“${statementWords(p, s)}”与按表重算的占比（${formatWan(ratio.part)} ÷ ${formatWan(ratio.whole)}）不一致`,
              place: ctx.place(tie.ref),
              cells: tie.ref.sources,
              expected,
              actual: w,
            }),
          );
          continue;
        }
        if (s.kind === 'percent') out.push(...completion(ctx, p, s, this.id));
      }
    }
    return out;
  },
};

/**
 * "年初预算41,611.24万元，支出决算3,895.18万元，完成年初预算的9.36%": the rate from the two amounts
 * of the same sentence that it names.
 */
function completion(ctx: AuditContext, p: AuditParagraph, s: Statement, rule: string): Finding[] {
  const m = /完成(年初预算|全年预算|预算)/u.exec(s.key);
  if (!m || !s.figure) return [];
  const same = p.statements.filter((x) => x.kind === 'amount' && x.figure?.kind === 'amount' && x.sentence === s.sentence && x.start < s.start);
  const budget = same.filter((x) => x.key.endsWith(m[1]) || x.key.endsWith(`${m[1]}数`)).pop();
  const actual = same.filter((x) => /决算(数)?$|支出$/u.test(x.key)).pop();
  if (!budget?.figure || !actual?.figure) return [];
  const w = s.figure.value;
  if (budget.figure.value.isZero()) {
    return [
      ctx.finding({
        rule,
        severity: 'warning',
        paragraph: p.index,
        quote: s.quote,
        text: `“${statementWords(p, s)}”：同句写明${m[1]}为 ${budget.quote}，无法计算完成${m[1]}的比例。`,
        actual: w,
      }),
    ];
  }
  const exact = percentOf(actual.figure.value, budget.figure.value)!;
  if (w.equals(roundedAs(exact, s.figure.decimals))) return [];
  const expected = roundedAs(exact, 2);
  return [
    ctx.finding({
      rule,
      severity: w.minus(expected).abs().lte(CENT) ? 'warning' : 'error',
      paragraph: p.index,
      quote: s.quote,
      text: `“${statementWords(p, s)}”按同句的${actual.label.replace(/[，,]/gu, '')} ${actual.quote} ÷ ${m[1]} ${budget.quote} 应为 ${expected.toFixed(2)}%。`,
      expected,
      actual: w,
    }),
  ];
}
