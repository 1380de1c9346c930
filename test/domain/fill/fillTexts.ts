/** Every text fill shows a person for a workbook, in several situations: what the wording tests read. */
import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { conflictSentence, sourceText, writeSentence } from '../../../src/domain/fill/fillText';
import type { FillPlan } from '../../../src/domain/fill/fillTypes';
import { fillWithAddedTables, missingSummaryTables } from '../../../src/domain/fill/missingSummaryTables';
import { addedTablesText, missingTablesText } from '../../../src/domain/fill/missingTablesText';
import { planFill } from '../../../src/domain/fill/planFill';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { RecognizedTable } from '../../../src/domain/recognition/recognizedTable';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { blankAmounts } from './blankAmounts';
import { withoutTables } from './summaryMeasure';

const SUMMARY = [1, 4, 5];

/** The reasons, sentences, notes and insertions of a plan, as the CLI and the pane show them. */
export function planTexts(plan: FillPlan): string[] {
  return [
    ...plan.writes.flatMap((w) => [w.reason, writeSentence(w), ...(w.because ? [w.because] : [])]),
    ...plan.conflicts.flatMap((c) => [c.reason, conflictSentence(c)]),
    ...plan.insertions.map((i) => i.reason),
    ...plan.notes.map((n) => n.message),
    ...(plan.heldBack ?? []).flatMap((h) => [sourceText(h.source), h.note.message]),
  ];
}

function fill(wb: WorkbookSnapshot): FillPlan {
  const rec = recognize(wb);
  return planFill(wb, rec, builtinCatalog(rec.year ?? 2025));
}

function table(wb: WorkbookSnapshot, no: number): RecognizedTable {
  return recognize(wb).tables.find((t) => t.no === no)!;
}

function setCell(wb: WorkbookSnapshot, sheet: string, row: number, col: number, v: CellValue): WorkbookSnapshot {
  return { ...wb, sheets: wb.sheets.map((s) => (s.name !== sheet ? s : { ...s, values: s.values.map((r, i) => (i !== row ? r : Array.from({ length: Math.max(r.length, col + 1) }, (_, c) => (c === col ? v : r[c] ?? null)))) })) };
}

/**
 * Fill's texts on a published 决算 (one sheet per table), by situation: the summary tables' amounts
 * emptied; the summary tables deleted and added back (--add-missing); as published (its own
 * differences become conflicts); 支出决算表's 合计 overtyped (the source is held back); a name and a
 * 类 row deleted from 支出决算表 (names from the catalog, parent rows inserted); and 政府性基金 data
 * where the set shows none (the 财政拨款 split becomes an input).
 */
export function fillTextsBySituation(published: WorkbookSnapshot, govFundTable: number): Record<string, string[]> {
  const blank = blankAmounts(published, SUMMARY);
  const without = withoutTables(published, SUMMARY);
  const adding = fillWithAddedTables(without, recognize(without), builtinCatalog(recognize(without).year ?? 2025));
  const t3 = table(blank, 3);
  const total = t3.panels[0].amount(t3.panels[0].rows.findIndex((r) => r.level === 'total'), 'total')!;
  const overtyped = setCell(blank, t3.sheet, total.row, total.col, Number(total.amount.value!.plus(1).toFixed(2)));
  const firstClass = t3.panels[0].rows.find((r) => r.level === 'class')!;
  const nameCol = t3.panels[0].columns.find((c) => c.key === 'name')!.col;
  const item = t3.panels[0].rows.find((r) => r.level === 'item')!;
  const noClass = {
    ...blank,
    sheets: blank.sheets.map((s) => (s.name !== t3.sheet ? s : { ...s, values: s.values.map((r, i) => (i === firstClass.row ? r.map(() => null) : i === item.row ? r.map((v, c) => (c === nameCol ? null : v)) : r)) })),
  };
  const fund = table(blank, govFundTable);
  const withFund = setCell(blank, fund.sheet, fund.bodyRows.first, fund.panels[0].columns.find((c) => c.key !== 'code' && c.key !== 'name')!.col, 5);
  return {
    emptied: planTexts(fill(blank)),
    added: [missingTablesText(missingSummaryTables(recognize(without))), ...addedTablesText(adding), ...planTexts(adding.plan)],
    published: planTexts(fill(published)),
    overtyped: planTexts(fill(overtyped)),
    noClassRow: planTexts(fill(noClass)),
    govFund: planTexts(fill(withFund)),
  };
}
