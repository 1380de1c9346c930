import type { AuditParagraph, ReferenceDocument, RefStatement, WrittenDocument } from './auditDocument';
import { similarity } from './auditDocument';
import { matchLabels, matchRank, type LabelMatch, type SubjectNames } from './labelMatch';
import { ownerOf } from './owners';
import { normalizeLabel, type Statement } from './statements';

/** A written statement and the reference statement (with its cells) it must agree with. */
export interface Tie {
  readonly ref: RefStatement;
  readonly refParagraph: AuditParagraph<RefStatement>;
  /** How the subject was recognised; 'owner' for shares and changes tied through their amount. */
  readonly how: LabelMatch | 'owner';
}

type RefParagraph = AuditParagraph<RefStatement>;

const FIGURE_KINDS: ReadonlySet<Statement['kind']> = new Set(['amount', 'name']);
const CHANGE_KINDS: ReadonlySet<Statement['kind']> = new Set(['change-amount', 'change-rate', 'same']);

/**
 * Ties every written statement it can to the reference, the way a reader would lay the two texts
 * side by side: section by section (headings matched by their words), paragraph by paragraph (the
 * one whose subjects read alike), subject by subject (matchLabels), in written order; a subject the
 * section lacks may be found once anywhere in the text. Shares and changes follow their amount.
 */
export class Ties {
  private readonly ties = new Map<Statement, Tie>();
  private readonly owners = new Map<Statement, Statement | null>();
  private readonly refOwners = new Map<RefStatement, RefStatement | null>();

  constructor(
    private readonly written: WrittenDocument,
    private readonly ref: ReferenceDocument,
    private readonly names: SubjectNames,
    private readonly unitNames: readonly string[],
  ) {
    const used = new Set<RefStatement>();
    for (const p of written.paragraphs) if (!p.tableRow) this.tieParagraph(p, used, false);
    for (const p of written.paragraphs) if (!p.tableRow) this.tieAnywhere(p);
    // Last, a figure inside the text typed into 说明参数 that the written text repeats.
    for (const p of written.paragraphs) if (!p.tableRow) this.tieParagraph(p, used, true);
    for (const p of ref.paragraphs) this.resolveOwners(p, this.refOwners as Map<Statement, Statement | null>);
    for (const p of written.paragraphs) {
      if (p.tableRow) continue;
      this.resolveOwners(p, this.owners);
      this.tieThroughOwners(p);
    }
  }

  get(s: Statement): Tie | undefined {
    return this.ties.get(s);
  }

  /** The written amount a share or change is about. */
  ownerOf(s: Statement): Statement | undefined {
    return this.owners.get(s) ?? undefined;
  }

  /** The reference statements about the same subject as a tied reference amount (its share, its changes). */
  refsAbout(owner: RefStatement, kinds: ReadonlySet<Statement['kind']>): RefStatement[] {
    return [...this.refOwners.entries()].filter(([s, o]) => o === owner && kinds.has(s.kind)).map(([s]) => s);
  }

  private paragraphsOf(section: number | null): RefParagraph[] {
    return section === null ? [] : this.ref.paragraphs.filter((p) => p.section === section);
  }

  private best(s: Statement, candidates: readonly RefStatement[], used: ReadonlySet<RefStatement> | null, prose: boolean, alike = false): { ref: RefStatement; how: LabelMatch } | null {
    let found: { ref: RefStatement; how: LabelMatch } | null = null;
    for (const c of candidates) {
      if (used?.has(c) || !sameFigureKind(s, c) || !!c.prose !== prose) continue;
      const how = matchLabels(s.key, c.key, this.names, alike);
      if (how && matchRank(how) > matchRank(found?.how ?? null)) found = { ref: c, how };
    }
    return found;
  }

  private tieParagraph(p: AuditParagraph, used: Set<RefStatement>, prose: boolean): void {
    const candidates = this.paragraphsOf(p.section);
    const pair = this.pairOf(p, candidates);
    const own = p.statements.filter((s) => FIGURE_KINDS.has(s.kind));
    const tie = (s: Statement, found: { ref: RefStatement; how: LabelMatch } | null, refParagraph: RefParagraph | undefined) => {
      if (!found || !refParagraph) return;
      this.ties.set(s, { ref: found.ref, refParagraph, how: found.how });
      used.add(found.ref);
    };
    if (pair) {
      for (const s of own) if (!this.ties.has(s)) tie(s, this.best(s, pair.statements, used, prose), pair);
      // Inside two paragraphs that correspond, words alike are enough ("机关运行经费预算" / "…财政拨款预算").
      for (const s of own) if (!this.ties.has(s)) tie(s, this.best(s, pair.statements, used, prose, true), pair);
    }
    for (const s of own) {
      if (this.ties.has(s)) continue;
      let found: { ref: RefStatement; how: LabelMatch; in: RefParagraph } | null = null;
      for (const c of candidates) {
        const b = this.best(s, c.statements, used, prose);
        if (b && matchRank(b.how) > matchRank(found?.how ?? null)) found = { ...b, in: c };
      }
      tie(s, found, found?.in);
    }
  }

  /** The reference paragraph of the section whose subjects the written one names most. */
  private pairOf(p: AuditParagraph, candidates: readonly RefParagraph[]): RefParagraph | undefined {
    let best: RefParagraph | undefined;
    let bestScore = 0;
    // How the paragraph opens, without year and unit: "一般公共预算当年拨款…" / "一般公共预算当年支出…".
    const head = (t: string) => normalizeLabel(t.slice(0, 60), this.unitNames).slice(0, 16);
    // Items of 五（三） open alike for longer: their whole 科目 chain says which is which, not their number.
    const chain = subjectChain(p.text);
    for (const c of candidates) {
      const other = chain === null ? null : subjectChain(c.text);
      let score = other !== null ? similarity(chain!, other) : similarity(head(p.text), head(c.text));
      for (const s of p.statements) {
        if (!FIGURE_KINDS.has(s.kind)) continue;
        score += Math.max(0, ...c.statements.map((x) => (sameFigureKind(s, x) ? matchRank(matchLabels(s.key, x.key, this.names, true)) : 0))) / 5;
        // The same subject with the same figure: the paragraph it was written from (decides between
        // items named alike, "机关事业单位退休人员活动费支出" 0.88 / "其他行政事业单位养老支出" 0.88).
        if (s.figure && c.statements.some((x) => sameFigureKind(s, x) && x.figure?.value.equals(s.figure!.value) && matchLabels(s.key, x.key, this.names) !== null)) score += 0.3;
      }
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return bestScore >= 0.5 ? best : undefined;
  }

  /**
   * A subject the section does not hold may stand anywhere ("退休人员独生子女奖励金3.41万元" in 五（三）
   * is 表6's 奖励金): tied when the whole text names it one way only (same words or a catalog name).
   */
  private tieAnywhere(p: AuditParagraph): void {
    const mine = new Set(p.statements.map((s) => this.ties.get(s)?.ref));
    for (const s of p.statements) {
      if (s.kind !== 'amount' || this.ties.has(s)) continue;
      let rank = 0;
      let hits: { ref: RefStatement; in: RefParagraph; how: LabelMatch }[] = [];
      for (const c of this.ref.paragraphs) {
        for (const r of c.statements) {
          // A figure this paragraph already matched is not another's of it too (001 十: 公开's
          // 涉及项目金额 is not the 其他运转类/特定目标类 涉及项目金额 written after it).
          if (!sameFigureKind(s, r) || r.sources.length === 0 || r.prose || mine.has(r)) continue;
          const how = matchLabels(s.key, r.key, this.names);
          const k = matchRank(how);
          if (!how || k < matchRank('catalog')) continue;
          // Away from its section a written subject must say at least what the table's does: "年初预算"
          // of a 科目 in 五（三） is not the "“三公”经费财政拨款支出年初预算" that merely ends alike.
          if (how === 'suffix' && s.key.length < r.key.length) continue;
          if (k > rank) {
            rank = k;
            hits = [];
          }
          if (k === rank) hits.push({ ref: r, in: c, how });
        }
      }
      const values = new Set(hits.map((h) => h.ref.figure?.value.toString()));
      if (hits.length > 0 && values.size === 1) this.ties.set(s, { ref: hits[0].ref, refParagraph: hits[0].in, how: hits[0].how });
    }
  }

  private resolveOwners(p: AuditParagraph, into: Map<Statement, Statement | null>): void {
    p.statements.forEach((s, i) => {
      if (s.kind === 'share' || s.kind === 'percent' || CHANGE_KINDS.has(s.kind)) {
        const j = ownerOf(p.statements, i, this.names);
        into.set(s, j === null ? null : p.statements[j]);
      }
    });
  }

  private tieThroughOwners(p: AuditParagraph): void {
    for (const s of p.statements) {
      const owner = this.owners.get(s);
      if (!owner) continue;
      const ownerTie = this.ties.get(owner);
      if (!ownerTie) continue;
      const kinds: ReadonlySet<Statement['kind']> =
        s.kind === 'share' ? new Set(['share']) : s.kind === 'percent' ? new Set(['percent']) : s.kind === 'change-rate' ? new Set(['change-rate']) : new Set(['change-amount', 'same']);
      const refs = this.refsAbout(ownerTie.ref, kinds);
      // Several of a kind about one amount (rare): the one in the same order among them.
      const mine = p.statements.filter((x) => this.owners.get(x) === owner && kinds.has(x.kind));
      const ref = refs[Math.min(mine.indexOf(s), refs.length - 1)];
      if (ref) this.ties.set(s, { ref, refParagraph: ownerTie.refParagraph, how: 'owner' });
    }
  }
}

/** "1、一般公共服务支出（类）社会工作事务（款）行政运行（项）。…" → "一般公共服务支出(类)社会工作事务(款)行政运行(项)". */
export function subjectChain(text: string): string | null {
  const m = /^\s*\d{1,2}[、.．]\s*([^。；;\d]*?[（(]项[）)])/u.exec(text);
  return m ? m[1].replace(/[\s\u3000]+/gu, '').replace(/（/gu, '(').replace(/）/gu, ')') : null;
}

/** Amounts with amounts, counts with counts, names with names. */
function sameFigureKind(a: Statement, b: Statement): boolean {
  if (a.kind !== b.kind) return false;
  return (a.figure?.kind ?? null) === (b.figure?.kind ?? null);
}
