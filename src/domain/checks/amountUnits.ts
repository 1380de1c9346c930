import Decimal from 'decimal.js';
import type { AmountUnit } from '../profiles/profile';
import type { RecognizedTable } from '../recognition/recognizedTable';

/** 1 万元 = 10000 元, exactly. */
export const YUAN_PER_WAN = new Decimal(10000);

/** What an amount in `from` is worth in `to`: ×10000 from 万元 to 元, ÷10000 back, 1 otherwise. */
export function unitFactor(from: AmountUnit, to: AmountUnit): Decimal {
  if (from === to) return new Decimal(1);
  return from === '万元' ? YUAN_PER_WAN : new Decimal(1).div(YUAN_PER_WAN);
}

/** The other unit: the one a slipped figure was typed in. */
export function otherUnit(u: AmountUnit): AmountUnit {
  return u === '万元' ? '元' : '万元';
}

const wholeYuan = new WeakMap<RecognizedTable, boolean>();

/**
 * The rounding allowance per printed amount in the table's own unit: half its last printed digit.
 * `tolerance` is that allowance for amounts printed to the cent (0.005: 0.01 万元 in a 万元 table,
 * 0.01 元 in a 元 table); a 元 table that prints whole 元 only rounds to 1, so 100 times more.
 */
export function toleranceIn(table: RecognizedTable, tolerance: Decimal): Decimal {
  if (table.amountUnit === '万元') return tolerance;
  let whole = wholeYuan.get(table);
  if (whole === undefined) {
    whole = printsWholeYuan(table);
    wholeYuan.set(table, whole);
  }
  return whole ? tolerance.times(100) : tolerance;
}

function printsWholeYuan(table: RecognizedTable): boolean {
  let seen = false;
  for (const [p, panel] of table.panels.entries()) {
    const amountKeys = table.form.panels[p].columns.filter((c) => c.type === 'amount').map((c) => c.key);
    for (let i = 0; i < panel.rows.length; i++) {
      for (const key of amountKeys) {
        const v = panel.amount(i, key)?.amount.value;
        if (!v || v.isZero()) continue;
        if (!v.isInteger()) return false;
        seen = true;
      }
    }
  }
  return seen;
}

/** "（表7 以万元计，已按 1 万元 = 10000 元换算为元）" when a comparison spans units, else ''. */
export function conversionNote(target: AmountUnit, tables: readonly RecognizedTable[]): string {
  const others = [...new Set(tables.filter((t) => t.amountUnit !== target))];
  if (others.length === 0) return '';
  const names = others.map((t) => `${t.form.label}以${t.amountUnit}计`).join('、');
  return `（${names}，已按 1 万元 = 10000 元换算为${target}）`;
}
