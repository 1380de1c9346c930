import Decimal from 'decimal.js';

/**
 * The money and head-counts a sentence of 项目概况 or 总体目标 states, told apart the way an accountant
 * reads them: a standard ("每人每月480元", "补助标准130元/天", "3元的标准") is a rate, not a sum; an
 * amount after 共计/合计/总计 is the total the others add up to; "200人以上" and "1000人—2000人" are
 * bounds, not head-counts.
 */
export interface StatedAmount {
  /** In 元. */
  readonly yuan: Decimal;
  /** As written, with a few characters before it: "需要资金38万元". */
  readonly quote: string;
  readonly role: 'standard' | 'total' | 'plain';
  /** A standard per month (每月, /月): twelve of them make a year. */
  readonly monthly: boolean;
  /** A standard per day or per time (/天, 每次): no head-count alone multiplies it to a sum. */
  readonly perOccasion: boolean;
  readonly index: number;
}

export interface StatedCount {
  readonly persons: Decimal;
  readonly quote: string;
  readonly index: number;
}

/** "250*130*3=97500": a product written out, with its stated result. */
export interface StatedProduct {
  readonly factors: readonly Decimal[];
  readonly result: Decimal;
  readonly quote: string;
}

const AMOUNT = /(\d[\d,，]*(?:\.\d+)?)\s*(万元|元)/gu;
const COUNT = /(\d+(?:\.\d+)?)\s*(万)?人(?!次)/gu;
const PRODUCT = /(\d+(?:\.\d+)?(?:\s*[*×xX]\s*\d+(?:\.\d+)?)+)\s*=\s*(\d+(?:\.\d+)?)/gu;

function quoteAt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 8);
  const before = text.slice(from, start);
  // Start the quote after the last punctuation so it reads as a phrase.
  const cut = Math.max(...['，', ',', '。', '；', ';', '：', ':', '、'].map((p) => before.lastIndexOf(p)));
  return (cut >= 0 ? before.slice(cut + 1) : before) + text.slice(start, end);
}

export function statedAmounts(text: string): StatedAmount[] {
  const out: StatedAmount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const digits = m[1].replace(/[,，]/g, '');
    if (!/^\d+(\.\d+)?$/.test(digits)) continue;
    const yuan = new Decimal(digits).times(m[2] === '万元' ? 10000 : 1);
    const before = text.slice(Math.max(0, start - 8), start);
    const after = text.slice(end, end + 4);
    const clause = before.split(/[，,。；;]/u).pop() ?? '';
    const standard = /(每|标准|单价|按)/u.test(clause) || /^\s*(\/|／|的标准|标准)/u.test(after);
    const total = /(共计|合计|总计|总额|共|计)\s*[为是:：]?\s*$/u.test(clause);
    out.push({
      yuan,
      quote: quoteAt(text, start, end),
      role: standard ? 'standard' : total ? 'total' : 'plain',
      monthly: standard && (/每月|月/u.test(clause) || /^\s*[/／]\s*(人)?月/u.test(after)),
      perOccasion: standard && (/每(天|日|次)/u.test(clause) || /^\s*[/／]\s*(天|日|次)/u.test(after)),
      index: start,
    });
  }
  return out;
}

export function statedCounts(text: string): StatedCount[] {
  const out: StatedCount[] = [];
  for (const m of text.matchAll(COUNT)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 2), start);
    const after = text.slice(end, end + 2);
    // Bounds and ranges are no head-count: 200人以上, 1000人以下, 1000人—2000人, 3000—4000人.
    if (/^(以上|以下|左右|至|—|-|~|－|次)/u.test(after) || /[—\-~－至]\s*$/u.test(before)) continue;
    // "每人" / "人均" are rates; "人员" is a word.
    if (/^(员|均|民|们|数)/u.test(after)) continue;
    out.push({ persons: new Decimal(m[1]).times(m[2] ? 10000 : 1), quote: quoteAt(text, start, end), index: start });
  }
  return out;
}

export function statedProducts(text: string): StatedProduct[] {
  const out: StatedProduct[] = [];
  for (const m of text.matchAll(PRODUCT)) {
    const factors = m[1].split(/[*×xX]/u).map((f) => new Decimal(f.trim()));
    out.push({ factors, result: new Decimal(m[2]), quote: m[0] });
  }
  return out;
}
