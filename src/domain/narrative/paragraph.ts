import Decimal from 'decimal.js';
import type { CellRef } from '../findings/finding';
import { formatPercent, formatWan } from '../money/format';
import type { NarrativeParagraph, NarrativeRun, NarrativeSection } from './narrativeTypes';
import type { Fig } from './figure';

/**
 * The sentence toolkit: a paragraph is written left to right as wording and figures; each figure
 * run keeps its cells. Missing inputs are added by the context (it records the finding).
 */
export class Para {
  readonly runs: NarrativeRun[] = [];

  /** Plain wording (no figures). */
  text(s: string): this {
    if (s !== '') this.runs.push({ text: s });
    return this;
  }

  /** Wording with digits that is not a figure ("12月31日"). */
  fixed(s: string): this {
    this.runs.push({ text: s, fixed: true });
    return this;
  }

  /** An amount in 万元, printed 2,911.06 (0 for zero). The unit word is the caller's. */
  wan(f: Fig): this {
    this.runs.push({ text: formatWan(f.value), sources: f.sources, ...(f.value.isZero() ? { zero: true } : {}) });
    return this;
  }

  /**
   * A share or rate in percent with two decimals, 0 for an exact zero share (as 000 prints 占0%);
   * `ratio` is what it was computed from (part / whole), kept for checking a written text against it.
   */
  percent(d: Decimal, sources: readonly CellRef[], ratio?: { part: Decimal; whole: Decimal }): this {
    const r = ratio ? { ratio } : {};
    this.runs.push(d.isZero() ? { text: '0', sources, zero: true, ...r } : { text: formatPercent(d), sources, ...r });
    return this;
  }

  /** A whole number (counts, years) taken from a cell. */
  count(n: number | string, sources: readonly CellRef[]): this {
    this.runs.push({ text: String(n), sources });
    return this;
  }

  /** Text typed by the user in the parameter sheet (reasons, uses): sourced to its cell. */
  input(s: string, cell: CellRef): this {
    this.runs.push({ text: s, sources: [cell] });
    return this;
  }

  run(r: NarrativeRun): this {
    this.runs.push(r);
    return this;
  }

  append(other: Para): this {
    this.runs.push(...other.runs);
    return this;
  }

  get empty(): boolean {
    return this.runs.length === 0;
  }

  build(): NarrativeParagraph {
    return { runs: mergePlain(this.runs) };
  }
}

/** Adjacent plain runs joined, so the text reads in few runs and doubled-word checks see whole phrases. */
function mergePlain(runs: readonly NarrativeRun[]): NarrativeRun[] {
  const out: NarrativeRun[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && isPlain(last) && isPlain(r)) out[out.length - 1] = { text: last.text + r.text };
    else out.push(r);
  }
  return out;
}

function isPlain(r: NarrativeRun): boolean {
  return !r.sources && !r.missing && !r.fixed;
}

export function section(heading: string, level: 1 | 2, paras: readonly Para[]): NarrativeSection {
  return { heading, level, paragraphs: paras.filter((p) => !p.empty).map((p) => p.build()) };
}

export function para(): Para {
  return new Para();
}
