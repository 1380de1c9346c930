import { labelKey, type IndicatorHierarchy, type PerformanceFormDef } from '../../forms/performance/performanceForm';
import { secondLevels } from '../../forms/performance/indicatorHierarchies';
import { looksLikeValue, parseIndicatorValue } from './indicatorValue';
import type { AmountRef, Indicator, IndicatorScope, SelfEvaluationIndicator } from './performanceTable';
import { amountRef } from './readFunding';
import type { RowCell } from './rowCells';

/**
 * Indicator rows read by what each cell is — a 一级 name, a 二级 name, or a 三级/value — in order, so
 * that a row shifted by a PDF paste reads the same as one laid out by the template.
 */

/** The hierarchy a table uses: 成本指标 as a 一级 only where its 二级 (经济成本…) appear. */
export function chooseHierarchy(form: PerformanceFormDef, texts: readonly string[]): IndicatorHierarchy {
  const costFirst = form.hierarchies.find((h) => h.id === 'cost-first');
  if (costFirst && texts.some((t) => /^(经济|社会|生态(环境)?)成本(指标?)?$/.test(labelKey(t)))) return costFirst;
  return form.hierarchies[0];
}

interface Token {
  readonly cell: RowCell;
  /** The 一级 or 二级 this cell names, as the hierarchy names it. */
  readonly first?: string;
  readonly second?: { readonly name: string; readonly first: string };
}

function classify(h: IndicatorHierarchy, cell: RowCell): Token {
  const k = labelKey(cell.text);
  for (const { first, second } of secondLevels(h)) if (second.patterns.some((p) => p.test(k))) return { cell, second: { name: second.name, first: first.name } };
  for (const first of h.levels) if (first.patterns.some((p) => p.test(k))) return { cell, first: first.name };
  return { cell };
}

/** The 绩效指标 label cell that opens the grid ("绩效指标", "绩效 指标"), not an indicator. */
function isGridLabel(cell: RowCell): boolean {
  return /^绩效指标$/.test(labelKey(cell.text));
}

interface Side {
  second: Token['second'] | null;
  secondCell: RowCell | null;
  items: RowCell[];
}

/** Splits a row's tokens into the 实施期 and 年度 sides: the split that leaves each side a [二级] 三级 值. */
function splitSides(tokens: readonly Token[], sides: number): Token[][] {
  if (sides === 1 || tokens.length <= 1) return [tokens.slice()];
  const valid = (s: readonly Token[]) => s.length <= 2 || (s.length === 3 && !!s[0].second);
  let best: Token[][] | null = null;
  for (let i = 1; i < tokens.length; i++) {
    if (!tokens[i].second) continue;
    const a = tokens.slice(0, i);
    const b = tokens.slice(i);
    if (!valid(a) || !valid(b)) continue;
    if (!best || Math.abs(a.length - b.length) < Math.abs(best[0].length - best[1].length)) best = [a, b];
  }
  if (best) return best;
  // A side with a cell too many (a paste repeating a value): split at the 二级 that leaves the other side whole.
  for (let i = tokens.length - 1; i >= 1; i--) {
    if (tokens[i].second && valid(tokens.slice(i))) return [tokens.slice(0, i), tokens.slice(i)];
  }
  // No 二级 to split at: a continuation row "三级 值 三级 值", or "二级 三级 值 三级 值".
  const lead = tokens[0].second ? 1 : 0;
  if (tokens.length - lead === 4) return [tokens.slice(0, lead + 2), tokens.slice(lead + 2)];
  return [tokens.slice()];
}

function toSide(tokens: readonly Token[]): Side {
  const side: Side = { second: null, secondCell: null, items: [] };
  let rest = tokens;
  // "服务对象满意度 | 服务对象满意度 | ≥98%": the second is the 三级 named like its 二级.
  if (rest.length > 0 && rest[0].second) {
    side.second = rest[0].second;
    side.secondCell = rest[0].cell;
    rest = rest.slice(1);
  }
  side.items = rest.map((t) => t.cell);
  return side;
}

/** Reads the indicator rows of a target-form table (one or two 二级/三级/指标值 triples per row). */
export class TargetIndicatorReader {
  private first: string | null = null;
  private readonly seconds: (Token['second'] | null)[];
  readonly indicators: Indicator[] = [];

  constructor(
    private readonly hierarchy: IndicatorHierarchy,
    private readonly scopes: readonly IndicatorScope[],
  ) {
    this.seconds = scopes.map(() => null);
  }

  read(cells: readonly RowCell[]): void {
    const tokens: Token[] = [];
    for (const c of cells) {
      if (isGridLabel(c)) continue;
      const t = classify(this.hierarchy, c);
      if (t.first) this.first = t.first;
      else tokens.push(t);
    }
    if (tokens.length === 0) return;
    const sides = splitSides(tokens, this.scopes.length).map(toSide);
    // The two sides list the same indicators: a 二级 printed on one side only names the other's too.
    if (sides.length === 2) {
      if (!sides[0].second && sides[1].second) sides[0].second = sides[1].second;
      if (!sides[1].second && sides[0].second) sides[1].second = sides[0].second;
    }
    sides.forEach((side, i) => {
      const second = side.second ?? this.seconds[i];
      this.seconds[i] = second;
      const [a, b] = side.items;
      const valueCell = b ?? (a && looksLikeValue(a.text) ? a : undefined);
      const level3Cell = b ? a : a && !looksLikeValue(a.text) ? a : undefined;
      const at = valueCell ?? level3Cell ?? side.secondCell ?? cells[0];
      this.indicators.push({
        scope: this.scopes[Math.min(i, this.scopes.length - 1)],
        level1: second?.first ?? this.first ?? '',
        level2: second?.name ?? '',
        level3: level3Cell ? level3Cell.text : null,
        value: valueCell ? parseIndicatorValue(valueCell.text) : null,
        row: at.row,
        address: at.address,
      });
    });
  }
}

const PLAIN_NUMBER = /^\d+(\.\d+)?$/;

/** Reads the indicator rows of a 自评表: 三级, 年初 / 调整后 / 实际完成值, 分值, 得分, 偏差原因. */
export class SelfEvaluationIndicatorReader {
  private first: string | null = null;
  private second: Token['second'] | null = null;
  readonly indicators: SelfEvaluationIndicator[] = [];

  constructor(private readonly hierarchy: IndicatorHierarchy) {}

  read(cells: readonly RowCell[]): void {
    const items: RowCell[] = [];
    let secondCell: RowCell | null = null;
    for (const c of cells) {
      if (isGridLabel(c)) continue;
      const t = classify(this.hierarchy, c);
      if (t.first && items.length === 0) this.first = t.first;
      else if (t.second && items.length === 0 && !secondCell) {
        this.second = t.second;
        secondCell = c;
      } else items.push(c);
    }
    if (items.length === 0 && !secondCell) return;
    // 分值 and 得分 are the last two plain figures; a 偏差原因 may follow them.
    let scoreAt = -1;
    for (let i = items.length - 1; i >= 0; i--) {
      if (PLAIN_NUMBER.test(items[i].text)) {
        scoreAt = i;
        break;
      }
    }
    const weightAt = scoreAt > 0 && PLAIN_NUMBER.test(items[scoreAt - 1].text) ? scoreAt - 1 : -1;
    const body = items.slice(0, weightAt >= 0 ? weightAt : scoreAt >= 0 ? scoreAt : items.length);
    const deviation = scoreAt >= 0 ? items.slice(scoreAt + 1).map((c) => c.text).join('；') || null : null;
    const [level3, ...values] = body;
    const v = values.map((c) => parseIndicatorValue(c.text));
    const [initial, adjusted, actual] = v.length >= 3 ? v : v.length === 2 ? [null, v[0], v[1]] : [null, v[0] ?? null, null];
    const weight: AmountRef | null = weightAt >= 0 ? amountRef(items[weightAt]) : null;
    const score: AmountRef | null = scoreAt >= 0 ? amountRef(items[scoreAt]) : null;
    const at = values[values.length - 1] ?? level3 ?? secondCell ?? cells[0];
    this.indicators.push({
      scope: 'annual',
      level1: this.second?.first ?? this.first ?? '',
      level2: this.second?.name ?? '',
      level3: level3 ? level3.text : null,
      value: actual ?? adjusted ?? null,
      row: at.row,
      address: at.address,
      initial: initial ?? null,
      adjusted: adjusted ?? null,
      actual: actual ?? null,
      weight,
      score,
      deviation,
    });
  }
}
