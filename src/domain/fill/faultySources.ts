import { ruleTitle } from '../findings/findingWords';
import type { CellRef, Finding } from '../findings/finding';
import { findingExplanation, suspectChange, suspectLead } from '../findings/findingText';
import { cellText, placeText, sourceText } from './fillText';
import type { CellWrite, FillPlace, FillPlan, FillSource, HeldBackSource } from './fillTypes';

/**
 * Fill never spreads a figure that is itself part of an error: 表3's 合计 typed 2,999.99 instead of
 * 2,911.06 breaks 表3's own sums, and copying it into 表1 and 表4 would offer to overwrite their
 * right figures with the wrong one. Such a source is held back — its writes and conflicts leave
 * the plan — with the error that makes it doubtful.
 *
 * "Part of an error": an error among the workbook's findings (before fill) that involves the source
 * cell, does not involve the cell being filled (a disagreement between the two is exactly what a
 * conflict offers to settle), compares the source with figures that are there (a blank total or
 * an empty side is a table not filled yet, not evidence against the source; nor is a cell fill
 * itself writes), and is not put down by the suspects (issue 16) to another cell.
 */
export function withoutFaultySources(plan: FillPlan, findings: readonly Finding[]): FillPlan {
  const all = findings.filter((f) => f.severity === 'error');
  const suspects = all.filter((f) => f.detail?.kind === 'suspect');
  const written = plan.writes.map((w): CellRef => ({ sheet: w.sheet, address: w.address }));
  const errors = all.filter((f) => !againstBlank(f) && !written.some((c) => involves(f, c)) && !curedByInsertion(f, plan));
  const held = new Map<string, { source: FillSource; error: Finding; targets: FillPlace[] }>();
  const keep = <W extends CellWrite>(w: W): boolean => {
    const target: CellRef = { sheet: w.sheet, address: w.address };
    for (const source of w.sources ?? []) {
      const error = blame(errors, suspects, source, target);
      if (!error) continue;
      const k = cellText(source);
      const entry = held.get(k) ?? { source, error, targets: [] };
      entry.targets.push(w.target ?? { table: '', sheet: w.sheet, address: w.address, row: null, column: null });
      held.set(k, entry);
      return false;
    }
    return true;
  };
  const writes = plan.writes.filter(keep);
  const conflicts = plan.conflicts.filter(keep);
  if (held.size === 0) return plan;
  const heldBack: HeldBackSource[] = [...held.values()].map((h) => ({ ...h, note: heldNote(h, suspectAt(suspects, h.source)) }));
  return { ...plan, writes, conflicts, notes: [...plan.notes, ...heldBack.map((h) => h.note)], heldBack: [...(plan.heldBack ?? []), ...heldBack] };
}

function same(a: CellRef, b: CellRef): boolean {
  return a.sheet === b.sheet && a.address === b.address;
}

function involves(f: Finding, c: CellRef): boolean {
  if (f.sheet === c.sheet && f.cell === c.address) return true;
  return (f.cells ?? []).some((x) => same(x, c));
}

/** The error compares with nothing typed yet: a blank total, a sum without parts, an identity side of zeros. */
function againstBlank(f: Finding): boolean {
  const d = f.detail;
  if (d?.kind === 'sum') return d.blankTotal === true || d.parts.length === 0;
  if (d?.kind === 'identity') return [d.left, d.right].some((side) => side.every((p) => Number(p.value) === 0));
  return false;
}

/** A parent whose missing child row fill inserts: the hierarchy holds once the row is in. */
function curedByInsertion(f: Finding, plan: FillPlan): boolean {
  const code = f.row?.code;
  if (f.rule !== 'subject-hierarchy' || !code) return false;
  return plan.insertions.some((i) => i.sheet === f.sheet && i.values.some((v) => typeof v === 'string' && v.length > code.length && v.startsWith(code)));
}

function suspectAt(suspects: readonly Finding[], c: CellRef): Finding | undefined {
  return suspects.find((s) => s.sheet === c.sheet && s.cell === c.address);
}

/** The error that makes `source` doubtful as a source for `target`, preferring one at the source's own cell. */
function blame(errors: readonly Finding[], suspects: readonly Finding[], source: CellRef, target: CellRef): Finding | null {
  const against = errors.filter((f) => f.detail?.kind !== 'suspect' && involves(f, source) && !involves(f, target) && !putElsewhere(f, suspects, source));
  if (against.length === 0) return null;
  return against.find((f) => f.sheet === source.sheet && f.cell === source.address) ?? against[0];
}

/** The suspects explain this error, and none of them is the source: the evidence points at another cell. */
function putElsewhere(f: Finding, suspects: readonly Finding[], source: CellRef): boolean {
  const d = f.detail;
  const equation = d?.kind === 'sum' || d?.kind === 'identity' ? d.equation : undefined;
  if (equation === undefined) return false;
  const explaining = suspects.filter((s) => s.detail?.kind === 'suspect' && s.detail.explains.includes(equation));
  return explaining.length > 0 && !explaining.some((s) => involves(s, source));
}

/** What is wrong with the source, in one clause: "行内合计：应为 基本支出 450.96 + 项目支出 2,460.09 = 2,911.05". */
function whyDoubtful(error: Finding, suspect: Finding | undefined): string {
  const compared = error.detail?.kind === 'sum' ? `${ruleTitle(error.rule)}：${findingExplanation(error, { roundingNote: false })}` : findingExplanation(error, { roundingNote: false });
  return suspect ? `${compared}；据各处不一致推断，该格${suspectLead(suspect)}（${suspectChange(suspect)}）` : compared;
}

/**
 * "未将 表3 合计 行“合计”列（Sheet3!C6）的 2,999.99 填入表1、表4（4 个单元格）：这个数本身有错误——…。
 * 请先改正表3，再预览填充".
 */
function heldNote(h: { source: FillSource; error: Finding; targets: readonly FillPlace[] }, suspect: Finding | undefined): Finding {
  const tables = [...new Set(h.targets.map((t) => t.table).filter(Boolean))].join('、');
  const into = h.targets.length === 1 ? placeText(h.targets[0]) || cellText(h.targets[0]) : `${tables || '其他表'}（${h.targets.length} 个单元格）`;
  return {
    severity: 'warning',
    rule: 'fill',
    table: h.error.table,
    sheet: h.source.sheet,
    cell: h.source.address,
    row: h.source.row,
    column: h.source.column,
    expected: null,
    actual: null,
    difference: null,
    message: `未将${sourceText(h.source)} 填入${into}：这个数本身有错误——${whyDoubtful(h.error, suspect)}。请先改正${h.source.table}，再预览填充`,
  };
}
