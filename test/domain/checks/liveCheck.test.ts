import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { checkAfterEdits, startLiveCheck, type LiveCheck } from '../../../src/domain/checks/liveCheck';
import type { Finding } from '../../../src/domain/findings/finding';
import { catalogFromRows } from '../../../src/domain/catalog/catalogImport';
import { catalogToXml } from '../../../src/domain/catalog/catalogXml';
import { cellText, type CellValue, type WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { address } from '../../../src/domain/workbook/a1';
import { withCell } from '../../support/editWorkbook';
import { seedWorkbook, type SeedId } from '../../support/seedWorkbook';
import { shanghaiWorkbook } from '../../support/shanghaiWorkbook';
import { syntheticBudget } from '../../support/syntheticWorkbook';

/**
 * Issue 13 item 2: checking as the user types finds again only what an edit can change, and finds
 * exactly what a whole check finds. Random single-cell edits, one after the other on the same
 * workbook as an accountant makes them — figures changed, typed into empty cells, deleted, typed
 * in the other unit, text, #REF!, names and codes, cells outside the tables — and after each the
 * live check's findings equal checkWorkbook's on the edited workbook: same rules, cells, expected,
 * actual, messages, severities, suspects and order.
 */

/** A small deterministic generator (mulberry32): the same edits on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The workbook with one cell changed, as Excel reads it back: no trailing empty cells or rows. */
function edited(wb: WorkbookSnapshot, sheet: string, row: number, col: number, value: CellValue): WorkbookSnapshot {
  const typed = withCell(wb, sheet, address(row, col), value);
  return {
    ...typed,
    sheets: typed.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values = s.values.map((r) => Array.from(r, (v) => v ?? null));
      while (values.length > 0 && values[values.length - 1].every((v) => v === null)) values.pop();
      for (const line of values) while (line.length > 0 && line[line.length - 1] === null) line.pop();
      return { ...s, values };
    }),
  };
}

interface Edit {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  readonly what: string;
}

/** Every figure cell of the recognised tables (blank ones too), where most typing happens. */
function figureCells(live: LiveCheck): { sheet: string; row: number; col: number }[] {
  const out: { sheet: string; row: number; col: number }[] = [];
  for (const t of live.result.recognition.tables) {
    t.panels.forEach((p, k) => {
      const amountKeys = new Set(t.form.panels[k].columns.filter((c) => c.type === 'amount' || c.type === 'count').map((c) => c.key));
      p.rows.forEach((_, i) => {
        for (const c of p.columns) if (c.key && amountKeys.has(c.key)) out.push({ sheet: t.sheet, row: p.amount(i, c.key)!.row, col: c.col });
      });
    });
  }
  return out;
}

function randomEdit(wb: WorkbookSnapshot, live: LiveCheck, next: () => number): Edit {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const roll = next();
  const sheets = wb.sheets.filter((s) => s.values.length > 0);
  if (roll < 0.75) {
    const valueAt = (c: { sheet: string; row: number; col: number }) => wb.sheets.find((s) => s.name === c.sheet)!.values[c.row]?.[c.col] ?? null;
    const cells = figureCells(live);
    // Mostly a figure already there (an accountant correcting), else any figure cell, blank ones too.
    const typed = cells.filter((c) => typeof valueAt(c) === 'number');
    const cell = pick(typed.length > 0 && next() < 0.6 ? typed : cells);
    const old = valueAt(cell);
    const n = typeof old === 'number' ? old : 0;
    const kind = next();
    const value: CellValue =
      kind < 0.45 ? Math.round((n + (next() - 0.5) * 200) * 100) / 100
      : kind < 0.55 ? n + 0.01
      : kind < 0.65 ? n * 10000
      : kind < 0.8 ? null
      : kind < 0.86 ? ' 2,911.06 '
      : kind < 0.9 ? '—'
      : kind < 0.94 ? { error: '#REF!' }
      : kind < 0.97 ? '２９１１．０６'
      : 'abc';
    return { ...cell, value, what: `figure ${JSON.stringify(old)} → ${JSON.stringify(value)}` };
  }
  const sheet = pick(sheets);
  const row = Math.floor(next() * (sheet.values.length + 2));
  const width = Math.max(1, ...sheet.values.slice(Math.max(0, row - 1), row + 2).map((r) => r.length));
  const col = Math.floor(next() * (width + 1));
  const old = sheet.values[row]?.[col] ?? null;
  const text = cellText(old);
  const value: CellValue = roll < 0.85 && text !== '' ? `${text}x` : roll < 0.92 ? null : Math.round(next() * 1000);
  return { sheet: sheet.name, row, col, value, what: `cell ${JSON.stringify(old)} → ${JSON.stringify(value)}` };
}

/** Findings with the edit that led to them, so a failure names it. */
function compared(findings: readonly Finding[], edit: string) {
  return { edit, findings };
}

function typeAway(wb: WorkbookSnapshot, edits: number, seed: number): { figureRuns: number; wholeRuns: number } {
  const next = random(seed);
  let live = startLiveCheck(wb);
  expect(live.result.findings).toEqual(checkWorkbook(wb).findings);
  let figureRuns = 0;
  let wholeRuns = 0;
  for (let i = 0; i < edits; i++) {
    const e = randomEdit(wb, live, next);
    wb = edited(wb, e.sheet, e.row, e.col, e.value);
    live = checkAfterEdits(live, wb);
    if (live.how.kind === 'edits') figureRuns++;
    else wholeRuns++;
    const what = `edit ${i + 1}: ${e.sheet}!R${e.row + 1}C${e.col + 1} ${e.what} (${live.how.kind})`;
    expect(compared(live.result.findings, what)).toEqual(compared(checkWorkbook(wb).findings, what));
  }
  return { figureRuns, wholeRuns };
}

describe('live check after each edit = a whole check', () => {
  it.each<[SeedId, number]>([
    ['000', 1],
    ['001', 2],
    ['002', 3],
    ['004', 4],
  ])('seed %s: 60 random edits in a row', (id, seed) => {
    const { figureRuns, wholeRuns } = typeAway(seedWorkbook(id), 60, seed);
    // Many edits change figures only: those are found again from the edited sums, not the whole workbook.
    expect(figureRuns).toBeGreaterThan(15);
    expect(wholeRuns).toBeGreaterThan(5);
  });

  it('seed 000 on one sheet, amounts as text, with its performance tables: 40 edits', () => {
    typeAway(seedWorkbook('000', { layout: 'oneSheet', amounts: 'text', performance: true }), 40, 5);
  });

  it('seed 001 with performance tables: 40 edits', () => {
    typeAway(seedWorkbook('001', { performance: true }), 40, 6);
  });

  it('a Shanghai 部门决算 (national profile): 40 edits', () => {
    typeAway(shanghaiWorkbook('social-work'), 40, 7);
  });

  it('a budget 100 times the largest seed’s table cells, with its own 科目表: 5 edits', () => {
    const wb = syntheticBudget(6160);
    const rows: string[][] = [['科目编码', '科目名称']];
    const seen = new Set<string>();
    for (const s of wb.sheets) for (const [code, name] of s.values) if (typeof code === 'string' && /^\d{3}(\d{2}){0,2}$/.test(code) && typeof name === 'string' && !seen.has(code)) {
      seen.add(code);
      rows.push([code, name]);
    }
    const own = { ...wb, catalogXml: catalogToXml(catalogFromRows(rows, 2025, '测试科目表').catalog) };
    const { figureRuns } = typeAway(own, 5, 8);
    expect(figureRuns).toBeGreaterThan(2);
  });
});
