import type { CellRef } from '../../findings/finding';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section, type Para } from '../paragraph';

/** What a unit types when it has no 政府购买服务 (the sentence then follows the wording profile). */
const NONE = /^(无|没有|无政府购买服务(预算)?|本单位无政府购买服务(预算)?)[。.]?$/u;

/**
 * 十二、其他说明 as the three budget seeds publish it: （一）政府购买服务指导性目录 (the catalogue items
 * the unit typed, or "本单位2025年无政府购买服务预算。"), （二）其他 (notes, else 无), and the 三年规划
 * 1、收入情况 / 2、支出情况 when the unit states them.
 */
export function section12Other(ctx: NarrativeContext): NarrativeSection[] {
  const plans = (
    [
      ['plan.income', '1、收入情况'],
      ['plan.expense', '2、支出情况'],
    ] as const
  ).flatMap(([id, heading]) => {
    const t = ctx.text(id);
    return t ? [section(heading, 2, lines(t))] : [];
  });
  const notes = ctx.text('other.notes');
  const other = notes ? lines(notes) : plans.length > 0 ? [] : [para().text('无。')];
  return [
    section('十二、其他说明', 1, []),
    section('（一）政府购买服务指导性目录', 2, purchase(ctx)),
    section('（二）其他', 2, other),
    ...plans,
  ];
}

/** The catalogue as typed (a paragraph per line); "无" as the profile words it; blank asks for it. */
function purchase(ctx: NarrativeContext): Para[] {
  const t = ctx.text('purchase.catalog');
  if (!t) return [para().run(ctx.missing('purchase.catalog'))];
  if (!NONE.test(t.text.replace(/\s+/g, ''))) return lines(t);
  const [before, after] = ctx.wording.noPurchase.split('{年}');
  const p = para().run({ text: before, sources: [t.cell] });
  if (after !== undefined) p.run(ctx.yearRun()).text(after);
  return [p];
}

function lines(t: { text: string; cell: CellRef }): Para[] {
  return t.text
    .split(/\r?\n+/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => para().input(l, t.cell));
}
