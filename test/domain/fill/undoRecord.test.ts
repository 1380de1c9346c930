import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { planFill } from '../../../src/domain/fill/planFill';
import { applyPlanToSnapshot } from '../../../src/domain/fill/undo';
import { checkUndo, undoSelection, type FillUndoRecord, type UndoCell, type UndoSheet } from '../../../src/domain/fill/undoRecord';
import { fillWithAddedTables } from '../../../src/domain/fill/missingSummaryTables';
import { layoutSnapshot } from '../../../src/domain/template/layoutSnapshot';
import { trimmed } from '../../excel/gatewayContract';
import { withoutTables } from './summaryMeasure';
import { FILL_UNDO_NAMESPACE, fillUndoFromXml, fillUndoToXml } from '../../../src/domain/fill/undoRecordXml';
import { recognize } from '../../../src/domain/recognition/recognize';
import { address, parseAddress } from '../../../src/domain/workbook/a1';
import { cellKey, type CellValue, type WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../../support/seedWorkbook';
import { blankTables, tableOf } from './blankTables';

/**
 * The realistic fill: seed 000 with 表1/表4 blanked and one 表3 subject row removed (a parent row to
 * insert). The record is what the adapters would keep: each write with what the cell held.
 */
function scenario(): { wb: WorkbookSnapshot; filled: WorkbookSnapshot; record: FillUndoRecord } {
  const published = seedWorkbook('000');
  const t3 = tableOf(published, 3).sheet;
  let wb = blankTables(published, [1, 4]);
  wb = { ...wb, sheets: wb.sheets.map((s) => (s.name === t3 ? { ...s, values: s.values.filter((_, i) => i !== 7) } : s)) };
  const rec = recognize(wb);
  const plan = planFill(wb, rec, builtinCatalog(rec.year ?? 2025));
  const { wb: filled, undo } = applyPlanToSnapshot(wb, plan);
  const sheetOf = (name: string) => wb.sheets.find((s) => s.name === name)!;
  const cells: UndoCell[] = undo.cells.map((c) => {
    const written = plan.writes.find((w) => w.sheet === c.sheet && w.address === address(c.row, c.col))!.value;
    return {
      sheet: c.sheet,
      address: address(c.row, c.col),
      written,
      value: c.previous,
      formula: null,
      numberFormat: sheetOf(c.sheet).textFormatted?.has(cellKey(c.row, c.col)) ? '@' : 'General',
    };
  });
  const insertedRows = undo.insertedRows.map((r) => ({ ...r, values: plan.insertions.find((i) => i.sheet === r.sheet)!.values }));
  return { wb, filled, record: { filledAt: '2026-11-25T13:40:00.000Z', origin: 'pane', cells, insertedRows } };
}

function setCell(wb: WorkbookSnapshot, sheet: string, addr: string, v: CellValue): WorkbookSnapshot {
  const [row, col] = [Number(/\d+/.exec(addr)![0]) - 1, addr.charCodeAt(0) - 65];
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values = s.values.map((r) => [...r]);
      while (values.length <= row) values.push([]);
      while (values[row].length <= col) values[row].push(null);
      values[row][col] = v;
      return { ...s, values };
    }),
  };
}

describe('the fill undo record as a custom XML part', () => {
  const { record } = scenario();

  it('round-trips the record of a realistic fill (seed 000, 表1/表4 blanked, one 表3 row inserted)', () => {
    expect(record.cells.length).toBeGreaterThan(20);
    expect(record.insertedRows).toHaveLength(1);
    const xml = fillUndoToXml(record);
    expect(xml).toContain(`xmlns="${FILL_UNDO_NAMESPACE}"`);
    expect(fillUndoFromXml(xml)).toEqual(record);
  });

  it('keeps types and awkward text exactly: codes stay text, formulas, errors, booleans, markup characters', () => {
    const odd: FillUndoRecord = {
      filledAt: '2026-11-25T13:40:00.000Z',
      origin: 'cli',
      cells: [
        { sheet: '表"1"&<2>', address: 'A9', written: '0101', value: 101, formula: null, numberFormat: '@' },
        { sheet: "O'Brien", address: 'B9', written: 0.1 + 0.2, value: { error: '#REF!' }, formula: '=SUM(B1:B8)&"元"', numberFormat: '#,##0.00' },
        { sheet: 'S', address: 'XFD1048576', written: '=不是公式\n第二行', value: true, formula: null, numberFormat: 'General' },
        { sheet: 'S', address: 'C3', written: -1234.5, value: '', formula: null, numberFormat: 'General' },
      ],
      insertedRows: [{ sheet: 'S', row: 4, values: [null, '2080109', null, -0.01, null] }],
    };
    const back = fillUndoFromXml(fillUndoToXml(odd))!;
    // A blank previous value reads back as blank (null).
    expect(back).toEqual({ ...odd, cells: odd.cells.map((c) => (c.value === '' ? { ...c, value: null } : c)) });
    expect(back.cells[1].written).toBe(0.1 + 0.2);
  });

  it('reads a part another tool rewrote with a namespace prefix', () => {
    const xml = fillUndoToXml(record)
      .replace(`<fillUndo xmlns=`, '<ns0:fillUndo xmlns:ns0=')
      .replace('</fillUndo>', '</ns0:fillUndo>')
      .replace(/<(\/?)(cell|row|v)\b/g, '<$1ns0:$2');
    expect(fillUndoFromXml(xml)).toEqual(record);
  });

  it.each([
    ['another namespace', (x: string) => x.replace(FILL_UNDO_NAMESPACE, 'urn:budget-disclosure:fill-undo:v2')],
    ['a truncated part', (x: string) => x.slice(0, Math.floor(x.length / 2))],
    ['a lost cell (counts disagree)', (x: string) => x.replace(/\n {2}<cell [^\n]*/, '')],
    ['a bad address', (x: string) => x.replace(/address="[A-Z]+\d+"/, 'address="第7行"')],
    ['a bad amount', (x: string) => x.replace(/wt="n" w="[^"]*"/, 'wt="n" w="2,911.06"')],
    ['an unknown value type', (x: string) => x.replace(/wt="n"/, 'wt="d"')],
    ['a bad time', (x: string) => x.replace(/filledAt="[^"]*"/, 'filledAt="昨天"')],
    ['not XML at all', () => '\u0000\u0001garbage'],
  ])('rejects %s as a whole (null), never a partial record', (_, damage) => {
    expect(fillUndoFromXml(damage(fillUndoToXml(record)))).toBeNull();
  });
});

describe('the record of a fill that added sheets from the template (填充 › 从模板添加)', () => {
  // Seed 000 without 表1/4/5: the three sheets fill would add, as laid out, each with the id a host gave it.
  const without = withoutTables(seedWorkbook('000'), [1, 4, 5]);
  const adding = fillWithAddedTables(without, recognize(without), builtinCatalog(2025));
  // Each as the fill leaves it: the template's cells with fill's writes (codes as text, amounts) put in.
  const addedSheets: UndoSheet[] = adding.added.map((a, i) => {
    const values = layoutSnapshot(a.layout).values.map((r) => [...r]);
    for (const w of adding.plan.writes.filter((x) => x.sheet === a.layout.name)) {
      const { row, col } = parseAddress(w.address);
      while (values.length <= row) values.push([]);
      while (values[row].length <= col) values[row].push(null);
      values[row][col] = w.value;
    }
    // A template total written as a formula (cell B7 here) is kept as a formula cell.
    return { name: a.layout.name, id: `{00000000-000${i + 1}-0000-0000-000000000000}`, values, formulas: [cellKey(6, 1)] };
  });
  const record: FillUndoRecord = { filledAt: '2026-12-03T15:00:00.000Z', origin: 'pane', cells: [], insertedRows: [], addedSheets };

  it('round-trips the added sheets: names, ids, every cell with its type, formula cells', () => {
    expect(addedSheets.map((s) => s.name)).toEqual(['表1 预算收支总表', '表4 财政拨款收支总表', '表5 一般公共预算支出表']);
    expect(addedSheets.some((s) => s.values.flat().some((v) => typeof v === 'string' && /^\d{3,7}$/.test(v)))).toBe(true); // codes as text
    const xml = fillUndoToXml(record);
    expect(xml).toContain(' sheets="3"');
    // Trailing blanks are not elements: compare as the host reads them, trimmed.
    const back = fillUndoFromXml(xml)!;
    expect(back.addedSheets!.map((s) => ({ ...s, values: trimmed(s.values) }))).toEqual(addedSheets.map((s) => ({ ...s, values: trimmed(s.values) })));
  });

  it('a record without added sheets carries no count, as older versions wrote it, and reads with none', () => {
    const plain = fillUndoToXml({ ...record, addedSheets: undefined });
    expect(plain).not.toContain('sheets=');
    expect(fillUndoFromXml(plain)).toEqual({ filledAt: record.filledAt, origin: 'pane', cells: [], insertedRows: [] });
  });

  it.each([
    ['a lost sheet (counts disagree)', (x: string) => x.replace(/\n {2}<sheet [^\n]*/, '')],
    ['a sheet without its id', (x: string) => x.replace(/ id="[^"]*"/, '')],
    ['a cell off the sheet', (x: string) => x.replace(/<v r="\d+"/, '<v r="-3"')],
    ['a bad formula cell', (x: string) => x.replace(/<f r="\d+"/, '<f r="合计"')],
  ])('rejects %s as a whole (null)', (_, damage) => {
    expect(fillUndoFromXml(damage(fillUndoToXml(record)))).toBeNull();
  });
});

describe('comparing the record with the workbook before 撤销', () => {
  const { filled, record, wb } = scenario();
  const t1 = tableOf(wb, 1).sheet;
  const t3 = tableOf(wb, 3).sheet;
  const inserted = record.insertedRows[0];

  it('right after the fill everything still holds what fill wrote', () => {
    const check = checkUndo(record, filled);
    expect(check.unchanged).toHaveLength(record.cells.length);
    expect(check.changed).toEqual([]);
    expect(check.removableRows).toEqual(record.insertedRows);
    expect(check.keptRows).toEqual([]);
  });

  it('amounts read back as binary noise still count as what fill wrote', () => {
    const b7 = record.cells.find((c) => c.sheet === t1 && c.address === 'B7')!;
    expect(b7.written).toBe(2911.06);
    const check = checkUndo(record, setCell(filled, t1, 'B7', 2911.0600000000004));
    expect(check.changed).toEqual([]);
  });

  it('lists a cell the user changed with what fill wrote and what is there now, and leaves it unless confirmed', () => {
    const edited = setCell(filled, t1, 'B7', 3000);
    const check = checkUndo(record, edited);
    expect(check.changed).toEqual([{ cell: expect.objectContaining({ sheet: t1, address: 'B7', written: 2911.06 }), now: 3000 }]);
    expect(check.unchanged).toHaveLength(record.cells.length - 1);
    const kept = undoSelection(check, new Set());
    expect(kept.cells.map((c) => `${c.sheet}!${c.address}`)).not.toContain(`${t1}!B7`);
    expect(kept.skipped).toHaveLength(1);
    // Write order is kept (restored in reverse).
    expect(kept.cells).toEqual(record.cells.filter((c) => !(c.sheet === t1 && c.address === 'B7')));
    const all = undoSelection(check, new Set([`${t1}!B7`]));
    expect(all.cells).toEqual(record.cells);
    expect(all.skipped).toEqual([]);
  });

  it('an inserted row the user typed into is kept, even with the box ticked', () => {
    const col = inserted.values.length + 2; // a column fill left blank
    const edited = setCell(filled, t3, `${String.fromCharCode(65 + col)}${inserted.row + 1}`, '用户备注');
    const check = checkUndo(record, edited);
    expect(check.removableRows).toEqual([]);
    expect(check.keptRows).toEqual([{ row: inserted, why: 'edited' }]);
    expect(undoSelection(check, new Set(check.changed.map((c) => `${c.cell.sheet}!${c.cell.address}`))).insertedRows).toEqual([]);
  });

  it('an inserted row holding a changed written cell goes only when that cell is confirmed', () => {
    // This plan puts its amounts into the insertion itself; a later write into the row (as a total
    // line would) is added here: column H, blank after the insertion.
    const at = `H${inserted.row + 1}`;
    const withWrite: FillUndoRecord = {
      ...record,
      cells: [...record.cells, { sheet: t3, address: at, written: 12.5, value: null, formula: null, numberFormat: 'General' }],
    };
    const filledMore = setCell(filled, t3, at, 12.5);
    expect(checkUndo(withWrite, filledMore).removableRows).toEqual([inserted]);
    const check = checkUndo(withWrite, setCell(filled, t3, at, 13));
    expect(check.keptRows).toEqual([{ row: inserted, why: 'changedCells' }]);
    expect(undoSelection(check, new Set()).insertedRows).toEqual([]);
    expect(undoSelection(check, new Set([`${t3}!${at}`])).insertedRows).toEqual([inserted]);
  });

  it('a deleted sheet: its cells are listed as gone and never restored', () => {
    const gone = { ...filled, sheets: filled.sheets.filter((s) => s.name !== t1) };
    const check = checkUndo(record, gone);
    const t1Cells = record.cells.filter((c) => c.sheet === t1);
    expect(check.changed.map((c) => c.now)).toEqual(t1Cells.map(() => undefined));
    expect(undoSelection(check, new Set(t1Cells.map((c) => `${c.sheet}!${c.address}`))).cells.some((c) => c.sheet === t1)).toBe(false);
  });
});
