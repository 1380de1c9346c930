import type { Catalog } from '../catalog/catalog';
import type { Finding } from '../findings/finding';
import { findParameterSheet } from '../parameters/parameterSheet';
import { recognitionAfterAmountEdits } from '../recognition/amountEdits';
import { recognize } from '../recognition/recognize';
import type { AmountCell, RecognitionResult } from '../recognition/recognizedTable';
import { cellChanges } from '../workbook/cellChanges';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { CheckContext } from './checkContext';
import { checkContext, finishCheck } from './checkWorkbook';
import type { CheckOptions, CheckResult } from './checkTypes';
import type { Equation } from './equation';
import { RULES } from './rules';
import { runRule } from './runRules';
import { compareSum, type SumSubject } from './sumComparison';
import type { SumStep } from './sumPlan';

/**
 * Checking as the user types (issue 13 item 2): the same findings as checkWorkbook, found again
 * from what changed. While the edits change amounts only, the recognition is kept
 * (recognition/amountEdits.ts), each sum rule's plan is kept and only the sums an edited cell is in
 * are compared again; rules whose findings depend on the layout alone keep them; the other rules
 * (identities between tables, balance, unit slips, performance tables) are cheap and run again. Any
 * other change — a title, header, code or name, rows or sheets — recognises and checks the whole
 * workbook, as 校验 does.
 */
export interface LiveCheck {
  readonly result: CheckResult;
  /** How this result was found: the whole workbook (and why), or the sums the edits are in. */
  readonly how: { readonly kind: 'whole'; readonly reason: string } | { readonly kind: 'edits'; readonly cells: number; readonly sums: number };
  readonly state: LiveState;
}

/** One step of a sum rule's plan as last evaluated: its finding and the identity it recorded, if any. */
interface Entry {
  readonly sum: SumSubject | null;
  readonly finding: Finding | null;
  readonly equation: Equation | null;
}

/**
 * What a rule left for the next check: its plan's entries (`from`–`to` of LiveState.entries) with
 * the findings and identities they add up to, its findings (layout only), or nothing (run again).
 */
type RuleState =
  | { readonly kind: 'planned'; readonly from: number; readonly to: number; readonly findings: readonly Finding[]; readonly equations: readonly Equation[] }
  | { readonly kind: 'kept'; readonly findings: readonly Finding[] }
  | { readonly kind: 'run' };

interface LiveState {
  readonly wb: WorkbookSnapshot;
  readonly options: CheckOptions;
  readonly recognition: RecognitionResult;
  readonly catalog: Catalog;
  readonly rules: readonly RuleState[];
  readonly entries: readonly Entry[];
  /** For each sheet, a cell (row × COLS + col) → the entries whose sums it is in. */
  readonly index: ReadonlyMap<string, ReadonlyMap<number, readonly number[]>>;
  /** A rule failed: its findings cannot be kept, every check is whole. */
  readonly whole: boolean;
}

const COLS = 16384;

/**
 * A live check that keeps what it needs between calls: each call checks the workbook as read now,
 * from what changed since the call before (the first call checks it whole).
 */
export function liveCheckSession(options: CheckOptions = {}): (wb: WorkbookSnapshot) => LiveCheck {
  let last: LiveCheck | null = null;
  return (wb) => (last = last ? checkAfterEdits(last, wb) : startLiveCheck(wb, options));
}

/** The first check: the whole workbook. */
export function startLiveCheck(wb: WorkbookSnapshot, options: CheckOptions = {}): LiveCheck {
  return wholeCheck(wb, options, '第一次校验');
}

/** The check after edits: `wb` is the workbook as read now. */
export function checkAfterEdits(live: LiveCheck, wb: WorkbookSnapshot): LiveCheck {
  const s = live.state;
  if (s.whole) return wholeCheck(wb, s.options, 'a rule failed in the last check');
  const changes = cellChanges(s.wb, wb);
  if (!changes) return wholeCheck(wb, s.options, 'sheets, merges, metadata or many cells changed');
  if (changes.length === 0) return { ...live, how: { kind: 'edits', cells: 0, sums: 0 }, state: { ...s, wb } };
  const parameters = findParameterSheet(s.wb)?.name;
  if (changes.some((c) => c.sheet === parameters)) return wholeCheck(wb, s.options, 'the 说明参数 sheet changed');
  const edits = recognitionAfterAmountEdits(s.recognition, s.wb, wb, changes);
  if (!edits) return wholeCheck(wb, s.options, 'more than figures in table bodies changed');
  const ctx = checkContext(wb, edits.recognition, s.options, s.catalog);
  const entries = s.entries.slice();
  const edited = new Map<string, AmountCell>();
  const affected = new Set<number>();
  for (const { sheet, cell } of edits.cells) {
    edited.set(`${sheet}\u0000${cell.address}`, cell);
    for (const id of s.index.get(sheet)?.get(cell.row * COLS + cell.col) ?? []) affected.add(id);
  }
  for (const id of affected) {
    const e = entries[id];
    const sum = withCells(e.sum!, edited);
    let equation: Equation | null = null;
    const finding = compareSum(sum, {
      tolerance: ctx.tolerance,
      equations: {
        record: (eq) => {
          equation = { id: e.equation?.id ?? -1, ...eq };
          return equation.id;
        },
      },
    });
    // Edits keep every figure usable, so a sum compared before is compared again, at its id.
    if ((equation === null) !== (e.equation === null)) return wholeCheck(wb, s.options, 'a sum changed whether it can be compared');
    entries[id] = { sum, finding, equation };
  }
  let displaced = false;
  const findings: Finding[] = [];
  const rules = s.rules.map((state, i): RuleState => {
    const rule = RULES[i];
    const now = state.kind === 'planned' && [...affected].some((id) => id >= state.from && id < state.to) ? { ...state, ...outcome(entries, state.from, state.to) } : state;
    const find = (): readonly Finding[] => {
      if (now.kind === 'kept') return now.findings;
      if (now.kind === 'run') return rule.run(ctx, findings);
      if (!ctx.equations.keepAll(now.equations)) displaced = true;
      return now.findings;
    };
    for (const f of runRule(rule, ctx.parameters, find)) findings.push(f);
    return now;
  });
  // A rule run again before a planned one recorded a different number of identities.
  if (displaced) return wholeCheck(wb, s.options, 'identities renumbered');
  return {
    result: finishCheck(edits.recognition, findings, ctx.equations.equations),
    how: { kind: 'edits', cells: edits.cells.length, sums: affected.size },
    state: { ...s, wb, recognition: edits.recognition, entries, rules },
  };
}

/** Recognise and check everything, keeping each sum rule's plan and the index of its cells. */
function wholeCheck(wb: WorkbookSnapshot, options: CheckOptions, reason: string): LiveCheck {
  const recognition = recognize(wb);
  const ctx = checkContext(wb, recognition, options);
  const findings: Finding[] = [];
  const entries: Entry[] = [];
  const rules: RuleState[] = [];
  let whole = false;
  for (const rule of RULES) {
    let state: RuleState = { kind: 'run' };
    let raw: Finding[] | null = null;
    const find = (): Finding[] => (raw = rule.plan ? evaluate(rule.plan(ctx), ctx, entries) : rule.run(ctx, findings));
    const from = entries.length;
    const before = ctx.equations.equations.length;
    for (const f of runRule(rule, ctx.parameters, find)) findings.push(f);
    if (raw === null) whole = true;
    else if (rule.plan) state = { kind: 'planned', from, to: entries.length, ...outcome(entries, from, entries.length) };
    else if (rule.layoutOnly && ctx.equations.equations.length === before) state = { kind: 'kept', findings: raw };
    rules.push(state);
  }
  return {
    result: finishCheck(recognition, findings, ctx.equations.equations),
    how: { kind: 'whole', reason },
    state: { wb, options, recognition, catalog: ctx.catalog, rules, entries, index: cellIndex(entries), whole },
  };
}

/** A plan carried out as evaluatePlan does, each step kept with what it found and recorded. */
function evaluate(steps: readonly SumStep[], ctx: CheckContext, entries: Entry[]): Finding[] {
  const out: Finding[] = [];
  for (const step of steps) {
    if ('finding' in step) {
      entries.push({ sum: null, finding: step.finding, equation: null });
      out.push(step.finding);
      continue;
    }
    const before = ctx.equations.equations.length;
    const finding = compareSum(step.sum, ctx);
    entries.push({ sum: step.sum, finding, equation: ctx.equations.equations.length > before ? ctx.equations.equations[before] : null });
    if (finding) out.push(finding);
  }
  return out;
}

/** What a planned rule's entries found and recorded, in order. */
function outcome(entries: readonly Entry[], from: number, to: number): { findings: Finding[]; equations: Equation[] } {
  const findings: Finding[] = [];
  const equations: Equation[] = [];
  for (let k = from; k < to; k++) {
    const e = entries[k];
    if (e.finding) findings.push(e.finding);
    if (e.equation) equations.push(e.equation);
  }
  return { findings, equations };
}

/** The sum with the edited cells in place of the ones it was planned with. */
function withCells(sum: SumSubject, edited: ReadonlyMap<string, AmountCell>): SumSubject {
  const at = (c: AmountCell) => edited.get(`${sum.table.sheet}\u0000${c.address}`) ?? c;
  return { ...sum, total: at(sum.total), parts: sum.parts.map((p) => (at(p.cell) === p.cell ? p : { ...p, cell: at(p.cell) })) };
}

function cellIndex(entries: readonly Entry[]): Map<string, Map<number, number[]>> {
  const index = new Map<string, Map<number, number[]>>();
  entries.forEach((e, id) => {
    if (!e.sum) return;
    let sheet = index.get(e.sum.table.sheet);
    if (!sheet) index.set(e.sum.table.sheet, (sheet = new Map()));
    const add = (c: AmountCell) => {
      const key = c.row * COLS + c.col;
      const list = sheet!.get(key);
      if (!list) sheet!.set(key, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    };
    add(e.sum.total);
    for (const p of e.sum.parts) add(p.cell);
  });
  return index;
}
