import { matchLabels, matchRank, type SubjectNames } from './labelMatch';
import type { Statement } from './statements';

/**
 * The amount a share, a percentage or a change is about, within its paragraph, by the sentence
 * structures the documents use:
 * - "社会保障和就业支出2,858.26万元，占98.19%": a share belongs to the last amount before it in its clause;
 * - "预算收入总计2,911.06万元，其中：本年收入…，上年结转0万元，比上年减少…": a change without a subject
 *   of its own belongs to the first amount of its clause (the clause's head, not the last 其中 item);
 * - "…支出决算3,895.18万元，完成…。较上年决算减少…": in a clause without an amount, to the last amount
 *   of the clause before;
 * - "与上年相比，收入总计减少…": a change that names its subject belongs to the amount so named.
 * Returns the index in `statements`, or null.
 */
export function ownerOf(statements: readonly Statement[], i: number, names: SubjectNames): number | null {
  const s = statements[i];
  const isAmount = (x: Statement) => x.kind === 'amount';
  const before = statements.slice(0, i).map((x, j) => ({ x, j })).filter(({ x }) => isAmount(x));
  if (before.length === 0) return null;
  if (s.kind === 'share' || s.kind === 'percent') {
    const inClause = before.filter(({ x }) => x.clause === s.clause);
    return (inClause.length > 0 ? inClause : before)[(inClause.length > 0 ? inClause : before).length - 1].j;
  }
  if (s.kind === 'change-rate') {
    const prev = statements[i - 1];
    if (prev && prev.kind === 'change-amount' && prev.clause === s.clause) return ownerOf(statements, i - 1, names);
  }
  if (s.subject) {
    let best: number | null = null;
    let bestRank = 0;
    for (const { x, j } of before) {
      const r = matchRank(matchLabels(s.subject, x.key, names, true));
      if (r > 0 && r >= bestRank) {
        best = j;
        bestRank = r;
      }
    }
    if (best !== null) return best;
  }
  const inClause = before.filter(({ x }) => x.clause === s.clause);
  if (inClause.length > 0) return inClause[0].j;
  const lastClause = before[before.length - 1].x.clause;
  const previous = before.filter(({ x }) => x.clause === lastClause);
  return previous[previous.length - 1].j;
}
