/** How the summary-table measurements (issue 18 item 15) delete, find again and compare tables. */
import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import type { Finding } from '../../../src/domain/findings/finding';
import { parseAmount, ZERO } from '../../../src/domain/money/amount';
import { parseAddress } from '../../../src/domain/workbook/a1';
import { cellAt } from '../../../src/domain/workbook/snapshot';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { RecognizedPanel, RecognizedRow, RecognizedTable } from '../../../src/domain/recognition/recognizedTable';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import type Decimal from 'decimal.js';

/** The workbook with the sheets that hold the given tables deleted (one table per sheet). */
export function withoutTables(wb: WorkbookSnapshot, nos: readonly number[]): WorkbookSnapshot {
  const gone = new Set(recognize(wb).tables.filter((t) => nos.includes(t.no)).map((t) => t.sheet));
  return { ...wb, sheets: wb.sheets.filter((s) => !gone.has(s.name)) };
}

/** A row as a person finds it again in another copy of the table: its fixed line, its code, or 合计. */
function rowKey(r: RecognizedRow): string {
  return r.key ?? (r.level === 'total' ? 'total' : (r.code ?? r.name));
}

function amounts(t: RecognizedTable, p: number, i: number): Map<string, Decimal> {
  const def = t.form.panels[p];
  const panel: RecognizedPanel = t.panels[p];
  const out = new Map<string, Decimal>();
  for (const c of def.columns.filter((x) => x.type === 'amount')) {
    const cell = panel.amount(i, c.key);
    out.set(c.key, cell?.amount.value ?? ZERO);
  }
  return out;
}

/**
 * Rows of the given tables with a non-zero amount in `published`, and how many of them the same
 * table of `filled` (wherever its sheet is) has with every amount equal to the cent, found by line,
 * code or 合计.
 */
export function recreatedByRow(published: WorkbookSnapshot, filled: WorkbookSnapshot, nos: readonly number[]): { rows: number; recreated: number; missed: string[] } {
  const after = recognize(filled).tables;
  let rows = 0;
  let recreated = 0;
  const missed: string[] = [];
  for (const t of recognize(published).tables.filter((x) => nos.includes(x.no))) {
    const again = after.find((x) => x.form.id === t.form.id);
    t.panels.forEach((panel, p) => {
      panel.rows.forEach((r, i) => {
        const want = amounts(t, p, i);
        if ([...want.values()].every((v) => v.isZero())) return;
        rows++;
        const j = again ? again.panels[p].rows.findIndex((x) => rowKey(x) === rowKey(r)) : -1;
        const got = again && j >= 0 ? amounts(again, p, j) : null;
        if (got && [...want].every(([k, v]) => v.equals(got.get(k) ?? ZERO))) recreated++;
        else missed.push(`${t.no}:${rowKey(r)}`);
      });
    });
  }
  return { rows, recreated, missed };
}

/** A finding as the same fault reads wherever its table's sheet is: rule, table, row, column and the figures. */
function faultKey(f: Finding): string {
  return [f.rule, f.table, f.row?.code ?? f.row?.name ?? '', f.column ?? '', f.expected ?? '', f.actual ?? ''].join('|');
}

/**
 * Errors of `after` that `published` does not have, split into those on a cell that holds a figure
 * (a wrong value) and those on a blank cell (a total still waiting for an input the notes name).
 */
export function newErrors(published: WorkbookSnapshot, after: WorkbookSnapshot): { onFigures: string[]; onBlanks: string[] } {
  const old = new Set(checkWorkbook(published).findings.filter((f) => f.severity === 'error').map(faultKey));
  const fresh = checkWorkbook(after).findings.filter((f) => f.severity === 'error' && !old.has(faultKey(f)));
  const blank = (f: Finding) => {
    const sheet = after.sheets.find((s) => s.name === f.sheet);
    if (!sheet || !f.cell) return false;
    const { row, col } = parseAddress(f.cell);
    return parseAmount(cellAt(sheet, row, col)).state === 'empty';
  };
  const said = (f: Finding) => `${faultKey(f)}|${f.sheet}!${f.cell}`;
  return { onFigures: fresh.filter((f) => !blank(f)).map(said), onBlanks: fresh.filter(blank).map(said) };
}

/** The lines fill's notes ask a person to type in a 决算's summary tables: 结转和结余, not in any other table. */
export const FINAL_INPUT_LINES: Readonly<Record<number, readonly string[]>> = {
  1: ['non-fiscal-surplus', 'opening-balance', 'surplus-distribution', 'closing-balance'],
  4: ['opening-gpb', 'opening-gov-fund', 'opening-soe', 'closing'],
};

/**
 * `filled` with the input lines typed as `published` prints them (0 where it prints nothing), into
 * cells fill left blank: the person answering the notes before filling again.
 */
export function typeInputs(published: WorkbookSnapshot, filled: WorkbookSnapshot, lines: Readonly<Record<number, readonly string[]>> = FINAL_INPUT_LINES): WorkbookSnapshot {
  const typed = new Map<string, number>();
  const now = recognize(filled).tables;
  for (const t of recognize(published).tables.filter((x) => lines[x.no])) {
    const again = now.find((x) => x.form.id === t.form.id);
    if (!again) continue;
    t.panels.forEach((panel, p) => {
      panel.rows.forEach((r, i) => {
        if (!r.key || !lines[t.no].includes(r.key)) return;
        const j = again.panels[p].rows.findIndex((x) => x.key === r.key);
        if (j < 0) return;
        const want = amounts(t, p, i);
        for (const [k, v] of want) {
          const cell = again.panels[p].amount(j, k);
          if (cell && cell.amount.state === 'empty') typed.set(`${again.sheet}|${cell.row},${cell.col}`, v.toNumber());
        }
      });
    });
  }
  return {
    ...filled,
    sheets: filled.sheets.map((s) => ({
      ...s,
      values: s.values.map((row, r) => {
        const width = Math.max(row.length, ...[...typed.keys()].filter((k) => k.startsWith(`${s.name}|${r},`)).map((k) => Number(k.split(',')[1]) + 1));
        return Array.from({ length: width }, (_, c) => typed.get(`${s.name}|${r},${c}`) ?? row[c] ?? null);
      }),
    })),
  };
}
