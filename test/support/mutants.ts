import Decimal from 'decimal.js';
import type { CheckResult } from '../../src/domain/checks/checkTypes';
import { SUSPECT_RULE } from '../../src/domain/findings/finding';
import type { Finding } from '../../src/domain/findings/finding';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';

/**
 * Mutants of a checked workbook: one printed amount changed by a delta no rounding explains (or
 * two of one table), and how error localisation fares on them. Shared by the mutation tests and
 * `npm run bench`.
 */
export interface MutableCell {
  readonly table: number;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly value: Decimal;
  readonly rowName: string;
  readonly column: string;
  /** The total of some sum (合计, 类 over its 款, 收入总计): the left side of a sum the checks compare. */
  readonly total: boolean;
}

export function withCell(wb: WorkbookSnapshot, sheet: string, row: number, col: number, value: CellValue): WorkbookSnapshot {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values = s.values.map((r) => r.slice());
      values[row][col] = value;
      return { ...s, values };
    }),
  };
}

/** Every non-empty amount of the recognised tables' amount columns. */
export function mutableCells(base: CheckResult): MutableCell[] {
  const totals = new Set<string>();
  for (const e of base.equations ?? []) if (e.rule !== 'cross-table') for (const c of e.cells.slice(0, e.leftCount)) totals.add(`${e.table.sheet}!${c.address}`);
  const cells: MutableCell[] = [];
  for (const t of base.recognition.tables) {
    for (const p of t.panels) {
      p.rows.forEach((row, i) => {
        for (const c of p.columns) {
          if (!c.key) continue;
          const cell = p.amount(i, c.key);
          const v = cell?.amount.value;
          if (!cell || cell.amount.state !== 'amount' || !v || v.isZero() || !t.form.panels.some((d) => d.columns.some((x) => x.key === c.key && x.type === 'amount'))) continue;
          cells.push({ table: t.no, sheet: t.sheet, row: cell.row, col: cell.col, address: cell.address, value: v, rowName: row.name, column: c.label, total: totals.has(`${t.sheet}!${cell.address}`) });
        }
      });
    }
  }
  return cells;
}

/** The cell changed by delta, written as a number the way a person types it. */
export function mutated(wb: WorkbookSnapshot, c: MutableCell, delta: number): WorkbookSnapshot {
  return withCell(wb, c.sheet, c.row, c.col, c.value.plus(delta).toNumber());
}

const suspectKey = (f: Finding) => `${f.sheet}!${f.cell}=${f.expected}`;

/** The suspects a mutant has that its original had not. */
export function newSuspects(base: CheckResult, mutant: CheckResult): Finding[] {
  const before = new Set(base.findings.filter((f) => f.rule === SUSPECT_RULE).map(suspectKey));
  return mutant.findings.filter((f) => f.rule === SUSPECT_RULE && !before.has(suspectKey(f)));
}

/**
 * How localisation did on a single-cell mutant: 'exact' when the top-ranked new suspect (most
 * identities explained, alone at the top) is the mutated cell with `expected` its original value.
 */
export type SingleOutcome = 'exact' | 'wrong-value' | 'tied' | 'other-cell' | 'none';

export function singleOutcome(base: CheckResult, mutant: CheckResult, c: MutableCell): SingleOutcome {
  const found = newSuspects(base, mutant);
  if (found.length === 0) return 'none';
  const most = Math.max(...found.map((f) => f.explains ?? 0));
  const top = found.filter((f) => (f.explains ?? 0) === most);
  const mine = top.find((f) => f.sheet === c.sheet && f.cell === c.address);
  if (!mine) return 'other-cell';
  if (top.length > 1) return 'tied';
  return mine.expected === c.value.toFixed(2) ? 'exact' : 'wrong-value';
}

/** A two-cell mutant is found when its new suspects are exactly the two cells, each with its original value. */
export function pairFound(base: CheckResult, mutant: CheckResult, a: MutableCell, b: MutableCell): boolean {
  const found = newSuspects(base, mutant);
  const is = (f: Finding, c: MutableCell) => f.sheet === c.sheet && f.cell === c.address && f.expected === c.value.toFixed(2);
  return found.length === 2 && found.some((f) => is(f, a)) && found.some((f) => is(f, b));
}

/** Pairs of cells of one table, spread over every table, the same on every run (a fixed-seed generator). */
export function cellPairs(cells: readonly MutableCell[], count: number, seed = 16): [MutableCell, MutableCell][] {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const byTable = new Map<string, MutableCell[]>();
  for (const c of cells) byTable.set(`${c.sheet}|${c.table}`, [...(byTable.get(`${c.sheet}|${c.table}`) ?? []), c]);
  const tables = [...byTable.values()].filter((t) => t.length >= 2);
  const out: [MutableCell, MutableCell][] = [];
  for (let i = 0; i < count && tables.length > 0; i++) {
    const t = tables[Math.floor(next() * tables.length)];
    const a = Math.floor(next() * t.length);
    let b = Math.floor(next() * (t.length - 1));
    if (b >= a) b++;
    out.push([t[a], t[b]]);
  }
  return out;
}
