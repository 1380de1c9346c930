import type { Finding } from '../../../findings/finding';
import { formatWan } from '../../../money/format';
import { statementWords, type AuditContext } from '../auditContext';
import type { AuditParagraph } from '../auditDocument';
import type { Direction, Statement } from '../statements';
import type { AuditRule } from './auditRule';
import { CENT, percentOf, roundedAs } from './rounding';

const WORDS: Record<Direction, string> = { up: '增加', down: '减少', new: '增加', same: '与上年相同' };

/**
 * A change ("比上年减少0.30万元，下降8.82%", "与上年相同") must agree with the current figure and last
 * year's (说明参数 or `--prior`): its direction, its amount and its rate. Without last year's figure
 * the amount and the rate must still agree with each other: last year = this year ∓ the change, and
 * the rate = the change ÷ last year.
 */
export const changeRule: AuditRule = {
  id: 'narrative-change',
  title: '情况说明中的增减方向或幅度与本年、上年数不符',
  defaultSeverity: 'error',
  run(ctx: AuditContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.written.paragraphs) {
      for (const s of p.statements) {
        if (s.kind !== 'change-amount' && s.kind !== 'change-rate' && s.kind !== 'same') continue;
        const tie = ctx.ties.get(s);
        const f = tie ? againstPrior(ctx, p, s, this.id) : withinText(ctx, p, s, this.id);
        if (f) out.push(f);
      }
    }
    return out;
  },
};

function directionOf(r: Statement): Direction {
  return r.kind === 'same' ? 'same' : (r.dir ?? 'same');
}

function agrees(a: Direction, b: Direction): boolean {
  const up = (d: Direction) => (d === 'new' ? 'up' : d);
  return up(a) === up(b);
}

/** The product computed the same change from the table and last year's figure: compare with it. */
function againstPrior(ctx: AuditContext, p: AuditParagraph, s: Statement, rule: string): Finding | null {
  const tie = ctx.ties.get(s)!;
  const r = tie.ref;
  const place = ctx.place(r);
  const written = directionOf(s);
  const expectedDir = directionOf(r);
  const owner = ctx.ties.ownerOf(s);
  const about = owner ? `“${statementWords(p, owner)}”` : '';
  if (!agrees(written, expectedDir)) {
    const amount = r.kind === 'change-amount' && r.figure ? `${formatWan(r.figure.value)}万元` : '';
    return ctx.finding({
      rule,
      severity: 'error',
      paragraph: p.index,
      quote: s.quote,
      text: `${about}写作“${statementWords(p, s)}”，按本年数与上年数应为${WORDS[expectedDir]}${expectedDir === 'same' ? '' : amount}。`,
      place,
      cells: r.sources,
      ...(s.figure && r.figure && r.kind === s.kind ? { expected: r.figure.value, actual: s.figure.value } : {}),
    });
  }
  if (!s.figure || !r.figure) return null;
  const w = s.figure.value;
  if (s.kind === 'change-rate') {
    const exact = r.ratio ? percentOf(r.ratio.part, r.ratio.whole) : null;
    if (w.equals(roundedAs(r.figure.value, s.figure.decimals)) || (exact && w.equals(roundedAs(exact, s.figure.decimals)))) return null;
  } else if (w.equals(r.figure.value)) return null;
  const diff = w.minus(r.figure.value).abs();
  return ctx.finding({
    rule,
    severity: diff.lte(CENT) ? 'warning' : 'error',
    paragraph: p.index,
    quote: s.quote,
    text: `${about}“${statementWords(p, s)}”按本年数与上年数应为${WORDS[expectedDir]}${s.kind === 'change-rate' ? `${r.figure.value.toFixed(2)}%` : `${formatWan(r.figure.value)}万元`}。`,
    brief: `${about}“${statementWords(p, s)}”与按本年数和上年数算出的${s.kind === 'change-rate' ? '增减率' : '增减额'}不一致`,
    place,
    cells: r.sources,
    expected: r.figure.value,
    actual: w,
  });
}

/**
 * Without last year's figure: "本年X，比上年减少D，下降R%" says last year was X + D, so R must be
 * D ÷ (X + D); a decrease larger than… is impossible the other way round (last year below zero).
 */
function withinText(ctx: AuditContext, p: AuditParagraph, s: Statement, rule: string): Finding | null {
  if (s.kind !== 'change-rate' || !s.figure) return null;
  const owner = ctx.ties.ownerOf(s);
  const i = p.statements.indexOf(s);
  const amount = p.statements.slice(0, i).reverse().find((x) => x.kind === 'change-amount' && x.clause === s.clause && ctx.ties.ownerOf(x) === owner);
  if (!owner?.figure || !amount?.figure || !amount.dir || !s.dir) return null;
  const cur = owner.figure.value;
  const d = amount.figure.value;
  const up = amount.dir !== 'down';
  const prior = up ? cur.minus(d) : cur.plus(d);
  const w = s.figure.value;
  const words = `“${statementWords(p, owner)}”“${statementWords(p, amount)}”“${statementWords(p, s)}”`;
  if (!agrees(amount.dir, s.dir)) {
    return ctx.finding({ rule, severity: 'error', paragraph: p.index, quote: s.quote, text: `${words}：增减额与增减率的方向相反。` });
  }
  if (prior.isNegative()) {
    return ctx.finding({ rule, severity: 'error', paragraph: p.index, quote: amount.quote, text: `${words}：按此推算上年数为 ${formatWan(prior)}，不可能为负。` });
  }
  // Last year nothing: an increase has no rate; "增长100%" is how some regions write it.
  if (prior.isZero()) return w.equals(100) ? null : ctx.finding({ rule, severity: 'warning', paragraph: p.index, quote: s.quote, text: `${words}：按此推算上年数为 0，增长率无从计算。` });
  const exact = percentOf(d, prior)!;
  if (w.equals(roundedAs(exact, s.figure.decimals))) return null;
  const expected = roundedAs(exact, 2);
  return ctx.finding({
    rule,
    severity: w.minus(expected).abs().lte(CENT) ? 'warning' : 'error',
    paragraph: p.index,
    quote: s.quote,
    text: `${words}前后不符：按本年 ${formatWan(cur)} 与${up ? '增加' : '减少'} ${formatWan(d)} 推算上年为 ${formatWan(prior)}，${up ? '增长' : '下降'}率应为 ${expected.toFixed(2)}%。`,
    expected,
    actual: w,
  });
}

