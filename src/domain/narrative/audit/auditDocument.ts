import type Decimal from 'decimal.js';
import type { CellRef } from '../../findings/finding';
import { paragraphText, type Narrative } from '../narrativeTypes';
import { statementsOf, type Statement } from './statements';
import type { WrittenNarrative } from './writtenNarrative';

/**
 * Both sides of the audit in one shape: the paragraphs of a text, each in its section, each with its
 * statements. The reference side is the product's own 情况说明 of the workbook, whose figures carry
 * the cells they came from; the written side is the accountant's text.
 */
export interface AuditSection {
  /** As printed: "二、收入预算情况说明". */
  readonly heading: string;
  readonly level: number;
  /** The heading without its number, spaces and quotes, for comparing headings. */
  readonly key: string;
}

export interface RefStatement extends Statement {
  /** The cells the generator took the figure from (none for a name it only listed). */
  readonly sources: readonly CellRef[];
  /** For a percentage: what it was computed from. */
  readonly ratio?: { readonly part: Decimal; readonly whole: Decimal };
  /**
   * A figure inside text the user typed into 说明参数 (a reason, a use): it ties the same figure of a
   * written text, but says nothing about the tables, so nothing is compared with it.
   */
  readonly prose?: boolean;
}

export interface AuditParagraph<S extends Statement = Statement> {
  /** Written side: the paragraph's 1-based index in the file; reference side: its order in the text. */
  readonly index: number;
  readonly text: string;
  /** Index of its section in `sections` (the reference's for the written side), null before any. */
  readonly section: number | null;
  readonly statements: readonly S[];
  /** A table row: its figures are not sentences and are not audited one by one. */
  readonly tableRow: boolean;
}

export interface ReferenceDocument {
  readonly sections: readonly AuditSection[];
  readonly paragraphs: readonly AuditParagraph<RefStatement>[];
}

export interface WrittenDocument {
  /** The written headings, each with the reference section it was matched to (or null). */
  readonly headings: readonly { readonly index: number; readonly text: string; readonly section: number | null }[];
  readonly paragraphs: readonly AuditParagraph[];
}

/** "（二）一般公共预算当年支出结构情况" → "一般公共预算当年支出结构情况". */
export function headingKey(heading: string): string {
  return heading
    .replace(/[\s\u3000]+/gu, '')
    .replace(/^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])/u, '')
    .replace(/[“”"‘’'：:。]/gu, '')
    .replace(/（/gu, '(')
    .replace(/）/gu, ')');
}

/** The product's own 情况说明 as the reference: its statements and the cells behind each. */
export function referenceOf(n: Narrative, unitNames: readonly string[]): ReferenceDocument {
  const sections: AuditSection[] = n.sections.map((s) => ({ heading: s.heading, level: s.level, key: headingKey(s.heading) }));
  const paragraphs: AuditParagraph<RefStatement>[] = [];
  n.sections.forEach((s, si) => {
    for (const p of s.paragraphs) {
      const text = paragraphText(p);
      const spans: { start: number; end: number; run: (typeof p.runs)[number] }[] = [];
      let at = 0;
      for (const run of p.runs) {
        spans.push({ start: at, end: at + run.text.length, run });
        at += run.text.length;
      }
      const statements = statementsOf(text, unitNames).map((st): RefStatement => {
        const span = spans.find((x) => x.run.sources && x.start <= st.start && st.start < x.end);
        const sources = span?.run.sources ?? [];
        const prose = !!span && st.kind !== 'name' && !/^[\d,.]+$/u.test(span.run.text);
        return { ...st, sources, ...(span?.run.ratio ? { ratio: span.run.ratio } : {}), ...(prose ? { prose } : {}) };
      });
      paragraphs.push({ index: paragraphs.length + 1, text, section: si, statements, tableRow: false });
    }
  });
  return { sections, paragraphs };
}

/** Bigram overlap of two strings (Dice), 0…1: how alike two headings or labels read. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let common = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  return (2 * common) / (a.length - 1 + b.length - 1);
}

/** A written heading matches the reference section it reads most like (the same number breaking ties). */
function matchHeading(text: string, sections: readonly AuditSection[]): number | null {
  const key = headingKey(text);
  if (key === '') return null;
  const ordinal = /^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[、.．])/u.exec(text)?.[1];
  let best: number | null = null;
  let bestScore = 0;
  sections.forEach((s, i) => {
    let score = similarity(key, s.key);
    if (ordinal && s.heading.replace(/\(/gu, '（').replace(/\)/gu, '）').startsWith(ordinal.replace(/\(/gu, '（').replace(/\)/gu, '）'))) score += 0.05;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return bestScore >= 0.5 ? best : null;
}

/**
 * The written text laid out like the reference: each heading matched to a reference section by its
 * words, each paragraph under the deepest matched heading above it, its statements parsed.
 */
export function writtenDocumentOf(w: WrittenNarrative, ref: ReferenceDocument, unitNames: readonly string[]): WrittenDocument {
  const headings: { index: number; text: string; section: number | null }[] = [];
  const paragraphs: AuditParagraph[] = [];
  // The outline in force: a numbering style seen again closes what was opened under it
  // ("（四）…" then "1、…" then "2、…": 1、 and 2、 are both under （四）).
  const open: { style: string; section: number | null }[] = [];
  for (const p of w.paragraphs) {
    if (p.heading > 0) {
      const section = matchHeading(p.text, ref.sections);
      headings.push({ index: p.index, text: p.text, section });
      const style = numberingStyle(p.text);
      const at = style === 'part' ? 0 : open.findIndex((o) => o.style === style);
      if (at >= 0) open.length = at;
      open.push({ style, section });
      continue;
    }
    const section = [...open].reverse().find((o) => o.section !== null)?.section ?? null;
    const tableRow = p.cells !== undefined;
    paragraphs.push({ index: p.index, text: p.text, section, statements: tableRow ? [] : statementsOf(p.text, unitNames), tableRow });
  }
  return { headings, paragraphs };
}

/** How a heading is numbered: 第一部分, 一、, （一）, 1、, （1）, or by style alone. */
function numberingStyle(text: string): string {
  const t = text.replace(/[\s\u3000]+/gu, '');
  if (/^第[一二三四五六七八九十]+部分/u.test(t)) return 'part';
  if (/^[一二三四五六七八九十]+、/u.test(t)) return 'cn';
  if (/^[（(][一二三四五六七八九十]+[）)]/u.test(t)) return 'paren-cn';
  if (/^\d+[、.．]/u.test(t)) return 'num';
  if (/^[（(]\d+[）)]/u.test(t)) return 'paren-num';
  return 'styled';
}
