import { OfficeGateway } from '../../src/excel/officeGateway';
import { OFFICE_PAYLOAD_LIMIT_BYTES, readBlockCells } from '../../src/excel/payloadBudget';
import { checkWorkbook } from '../../src/domain/checks/checkWorkbook';
import { findingMarks } from '../../src/excel/findingMarks';
import { isMarkFormula } from '../../src/excel/markTag';
import { FILL_UNDO_NAMESPACE, fillUndoFromXml } from '../../src/domain/fill/undoRecordXml';
import { templateLayouts } from '../../src/domain/template/templateLayouts';
import type { CellValueWrite, Mark } from '../../src/excel/workbookGateway';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { address, parseAddress } from '../../src/domain/workbook/a1';
import { seedWorkbook } from '../support/seedWorkbook';
import { syntheticBudget } from '../support/syntheticWorkbook';
import { FakeOfficeError, FakeWorkbook, fakeHost } from '../support/fakeExcel';
import { validate as markingValidation } from './validate';

/** Low enough that the 100-sheet workbook (about 400 KB of used-range data) cannot be read in one sync. */
const LIMIT = 200 * 1024;

/** The seed's tables repeated until the workbook has `n` sheets (as in officeGateway.test.ts). */
function workbookOf(n: number): WorkbookSnapshot {
  const seed = seedWorkbook('002');
  return { sheets: Array.from({ length: n }, (_, i) => ({ ...seed.sheets[i % seed.sheets.length], name: `表${i + 1}` })) };
}

function limited(wb: WorkbookSnapshot, limit = LIMIT): FakeWorkbook {
  const fake = FakeWorkbook.fromSnapshot(wb);
  fake.payloadLimitBytes = limit;
  return fake;
}

/** Cells in the used ranges (as Excel counts them: the rectangle around non-empty cells) and the widest one. */
function usedSize(fake: FakeWorkbook): { cells: number; widest: number } {
  let cells = 0;
  let widest = 0;
  for (const s of fake.sheets) {
    const keys = [...s.cells.entries()].filter(([, c]) => c.value !== null && c.value !== '').map(([k]) => k.split(',').map(Number));
    if (keys.length === 0) continue;
    const rows = Math.max(...keys.map(([r]) => r)) - Math.min(...keys.map(([r]) => r)) + 1;
    const cols = Math.max(...keys.map(([, c]) => c)) - Math.min(...keys.map(([, c]) => c)) + 1;
    cells += rows * cols;
    widest = Math.max(widest, cols);
  }
  return { cells, widest };
}

/** Block syncs a blockwise read of `fake` may take: every sync but the last of each run is nearly full. */
function blockSyncBounds(fake: FakeWorkbook, limit = LIMIT): { min: number; max: number } {
  const { cells, widest } = usedSize(fake);
  const perSync = readBlockCells(limit);
  return { min: Math.ceil(cells / perSync), max: Math.ceil(cells / (perSync - widest + 1)) };
}

function ourMarks(fake: FakeWorkbook): string[] {
  return fake.sheets
    .flatMap((s) => s.conditionalFormats.filter((cf) => isMarkFormula(cf.formula)).flatMap((cf) => cf.ranges.map((r) => `${s.name}!${r}:${cf.formula}`)))
    .sort();
}

/** Every cell's contents, for comparing two fakes written the same way. */
function cellsOf(fake: FakeWorkbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of fake.sheets) for (const [k, c] of s.cells) out[`${s.name}!${k}`] = c;
  return out;
}

const validate = (gateway: OfficeGateway) =>
  markingValidation(gateway, async (wb) => {
    const result = checkWorkbook(wb).findings;
    return { marks: findingMarks(result), result };
  });

describe('the fake refuses syncs over its payload limit, as Excel does', () => {
  it('a read whose response is too large fails with ResponsePayloadSizeLimitExceeded and nothing of it is readable', async () => {
    const fake = limited(workbookOf(3), 2 * 1024);
    const ctx = fakeHost(fake).context();
    const names = ctx.workbook.worksheets.load('items/name');
    const used = ctx.workbook.worksheets.getItem('表1').getUsedRangeOrNullObject(true).load('values,formulas');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(() => used.values).toThrow(FakeOfficeError);
    expect(() => names.items).toThrow(/not available/);
    // The same context goes on: a small read succeeds.
    const first = ctx.workbook.worksheets.getItem('表1').getRange('A1:B2').load('values');
    await ctx.sync();
    expect(first.values).toHaveLength(2);
  });

  it('a write whose request is too large fails with RequestPayloadSizeLimitExceeded and changes nothing', async () => {
    const fake = limited(workbookOf(1), 10 * 1024);
    const before = JSON.stringify(cellsOf(fake));
    const ctx = fakeHost(fake).context();
    const ws = ctx.workbook.worksheets.getItem('表1');
    for (let r = 0; r < 200; r++) ws.getRangeByIndexes(r, 20, 1, 1).values = [[r]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(JSON.stringify(cellsOf(fake))).toBe(before);
  });

  it('the limit is Excel on the web’s 5 MB unless a test sets another, and the host tells the gateway', () => {
    const fake = FakeWorkbook.fromSnapshot(workbookOf(1));
    expect(fakeHost(fake).payloadLimitBytes).toBe(5 * 1024 * 1024);
    fake.payloadLimitBytes = LIMIT;
    expect(fakeHost(fake).payloadLimitBytes).toBe(LIMIT);
  });
});

describe('OfficeGateway reads used ranges too large for one sync in blocks', () => {
  it('readSnapshot of 100 sheets under a 200 KB limit gives exactly the one-sync snapshot', async () => {
    const wb = workbookOf(100);
    const free = FakeWorkbook.fromSnapshot(wb);
    const expected = await new OfficeGateway(fakeHost(free)).readSnapshot();
    expect(free.syncCount).toBe(2);
    expect(free.largestResponse).toBeGreaterThan(LIMIT); // one sync would be refused

    const fake = limited(wb);
    const gateway = new OfficeGateway(fakeHost(fake));
    const snap = await gateway.readSnapshot();
    expect(snap).toEqual(expected);
    // listing, the refused read, the used-range sizes, then the blocks.
    const { min, max } = blockSyncBounds(fake);
    expect(fake.syncCount).toBeGreaterThanOrEqual(3 + min);
    expect(fake.syncCount).toBeLessThanOrEqual(3 + max);
    expect(min).toBeGreaterThan(5);

    // The next read goes blockwise at once: no refused sync.
    const first = fake.syncCount;
    fake.syncCount = 0;
    expect(await gateway.readSnapshot()).toEqual(expected);
    expect(fake.syncCount).toBe(first - 1);
  });

  it('a synthetic budget larger than 5 MB reads under the real Office limit, same as unlimited', async () => {
    const wb = syntheticBudget(4000);
    const free = FakeWorkbook.fromSnapshot(wb);
    const expected = await new OfficeGateway(fakeHost(free)).readSnapshot();
    expect(free.largestResponse).toBeGreaterThan(OFFICE_PAYLOAD_LIMIT_BYTES);

    const fake = limited(wb, OFFICE_PAYLOAD_LIMIT_BYTES);
    expect(await new OfficeGateway(fakeHost(fake)).readSnapshot()).toEqual(expected);
    const { min, max } = blockSyncBounds(fake, OFFICE_PAYLOAD_LIMIT_BYTES);
    expect(fake.syncCount).toBeGreaterThanOrEqual(3 + min);
    expect(fake.syncCount).toBeLessThanOrEqual(3 + max);
  });

  it('a validation of 100 sheets under the limit finds and marks exactly what it does without one', async () => {
    const wb = workbookOf(100);
    const free = FakeWorkbook.fromSnapshot(wb);
    const freeGateway = new OfficeGateway(fakeHost(free));
    const expected = await validate(freeGateway);
    expect(free.syncCount).toBe(3);
    expect(expected.length).toBeGreaterThan(0);

    const fake = limited(wb);
    const gateway = new OfficeGateway(fakeHost(fake));
    const findings = await validate(gateway);
    expect(findings).toEqual(expected);
    expect(ourMarks(fake)).toEqual(ourMarks(free));
    // listing, the refused read, sizes + formats, blocks, the marks.
    const { min, max } = blockSyncBounds(fake);
    const first = fake.syncCount;
    expect(first).toBeGreaterThanOrEqual(4 + min);
    expect(first).toBeLessThanOrEqual(4 + max);

    // A user edit, then a second validation: blockwise from the start (no refused sync), edit seen.
    const target = findings.find((f) => f.severity === 'error')?.cells?.[0] ?? { sheet: '表2', address: 'B8' };
    await free.userEdit(target.sheet, target.address, 123456.78);
    await fake.userEdit(target.sheet, target.address, 123456.78);
    free.syncCount = 0;
    fake.syncCount = 0;
    const again = await validate(gateway);
    expect(again).toEqual(await validate(freeGateway));
    expect(free.syncCount).toBe(2);
    expect(fake.syncCount).toBe(first - 1);
    expect(ourMarks(fake)).toEqual(ourMarks(free));
  });

  it('long texts the per-cell estimate does not expect: a refused block is read again in halves', async () => {
    const wb = workbookOf(2);
    const free = FakeWorkbook.fromSnapshot(wb);
    const fake = limited(wb);
    for (const f of [free, fake]) {
      const notes = f.addSheet('情况说明');
      for (let r = 0; r < 40; r++) for (let c = 0; c < 20; c++) notes.cells.set(`${r},${c}`, { value: `第${r + 1}段：${'本单位严格执行预算，'.repeat(30)}` });
    }
    const expected = await new OfficeGateway(fakeHost(free)).readSnapshot();
    expect(free.largestResponse).toBeGreaterThan(2 * LIMIT);
    expect(await new OfficeGateway(fakeHost(fake)).readSnapshot()).toEqual(expected);
    // More syncs than the estimate planned: the refused ones and their halves.
    expect(fake.syncCount).toBeGreaterThan(3 + blockSyncBounds(fake).max);
  });

  it('a row too large for any sync is reported in Chinese, naming the sheet and row', async () => {
    const fake = limited(workbookOf(1), 20 * 1024);
    const wide = fake.addSheet('宽表');
    wide.cells.set('0,0', { value: '标题' });
    for (let c = 0; c < 200; c++) wide.cells.set(`1,${c}`, { value: '一般公共预算财政拨款支出'.repeat(8) });
    const gateway = new OfficeGateway(fakeHost(fake));
    await expect(gateway.readSnapshot()).rejects.toThrow('工作表“宽表”的已用区域过大，无法一次读取：已用区域 A1:GR2 的第 2 行（200 列）');
    await expect(validate(gateway)).rejects.toThrow(/^工作表“宽表”的已用区域过大/);
  });
});

describe('OfficeGateway spreads writes too large for one sync over several', () => {
  it('marks: 20 000 mark ranges under a 64 KB limit land exactly as without a limit', async () => {
    const limit = 64 * 1024;
    const marks: Mark[] = Array.from({ length: 20000 }, (_, i) => ({
      sheet: `表${(i % 3) + 1}`,
      address: address(i % 5000, 2 + Math.floor(i / 5000)),
      severity: i % 7 === 0 ? 'warning' : 'error',
    }));
    const free = FakeWorkbook.fromSnapshot(workbookOf(3));
    await new OfficeGateway(fakeHost(free)).applyMarks(marks);
    expect(free.syncCount).toBe(3);
    expect(free.largestRequest).toBeGreaterThan(limit);

    const fake = limited(workbookOf(3), limit);
    const gateway = new OfficeGateway(fakeHost(fake));
    await gateway.applyMarks(marks);
    expect(ourMarks(fake)).toEqual(ourMarks(free));
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(fake.largestRequest).toBeLessThanOrEqual(limit);
    await gateway.clearMarks();
    expect(ourMarks(fake)).toEqual([]);
  });

  /** About a thousand fill writes: numbers into plain number cells of 99 sheets, and empty cells. */
  function fillWrites(wb: WorkbookSnapshot): CellValueWrite[] {
    const writes: CellValueWrite[] = [];
    for (const s of wb.sheets.slice(1)) {
      const plain = s.values.flatMap((row, r) => row.map((v, c) => ({ v, r, c }))).filter(({ v, r, c }) => typeof v === 'number' && !s.formulas?.has(`${r},${c}`));
      for (const { r, c } of plain.slice(0, 8)) writes.push({ sheet: s.name, address: address(r, c), value: r * 100 + c + 0.25 });
      for (let r = 0; r < 5; r++) writes.push({ sheet: s.name, address: `Z${r + 1}`, value: r % 2 === 0 ? `备注${r}` : '2080109' });
    }
    return writes;
  }

  it('a fill of about a thousand cells: several syncs under a 200 KB limit, same cells and record; 撤销 restores', async () => {
    const wb = workbookOf(100);
    const writes = fillWrites(wb);
    expect(writes.length).toBeGreaterThan(900);
    const batch = {
      insertions: [{ sheet: '表1', beforeRow: 2, values: ['2080109', '社会保险经办机构', 1] }],
      writes,
      keepUndo: { filledAt: '2026-11-25T14:30:00.000Z' },
    };
    const free = FakeWorkbook.fromSnapshot(wb);
    const freeUndo = await new OfficeGateway(fakeHost(free)).writeBatch(batch);
    expect(free.syncCount).toBe(3); // unchanged without a limit: protection, read (with the insertion), write
    expect(free.largestRequest).toBeGreaterThan(LIMIT);

    const fake = limited(wb);
    const gateway = new OfficeGateway(fakeHost(fake));
    const original = await gateway.readSnapshot();
    fake.syncCount = 0;
    const undo = await gateway.writeBatch(batch);
    expect(undo).toEqual(freeUndo);
    expect(fake.syncCount).toBeGreaterThan(2);
    expect(cellsOf(fake)).toEqual(cellsOf(free));
    const record = fake.customXmlParts.filter((p) => p.namespace === FILL_UNDO_NAMESPACE);
    expect(record).toHaveLength(1);
    expect(fillUndoFromXml(record[0].xml)).toEqual({ filledAt: batch.keepUndo.filledAt, origin: 'pane', ...undo });
    expect(fake.valueAt('表2', 'Z2')).toBe('2080109');

    fake.syncCount = 0;
    await gateway.restore(undo);
    expect(fake.syncCount).toBeGreaterThan(2);
    expect(fake.customXmlParts.filter((p) => p.namespace === FILL_UNDO_NAMESPACE)).toEqual([]);
    expect(await gateway.readSnapshot()).toEqual(original);
  });

  it('writeCells of the same thousand cells: several syncs under the limit, one without', async () => {
    const writes = fillWrites(workbookOf(100));
    const free = FakeWorkbook.fromSnapshot(workbookOf(100));
    await new OfficeGateway(fakeHost(free)).writeCells(writes);
    expect(free.syncCount).toBe(1);
    const fake = limited(workbookOf(100));
    await new OfficeGateway(fakeHost(fake)).writeCells(writes);
    expect(fake.syncCount).toBeGreaterThan(1);
    expect(cellsOf(fake)).toEqual(cellsOf(free));
    const last = writes[writes.length - 1];
    const { row, col } = parseAddress(last.address);
    expect(fake.sheet(last.sheet)!.cells.get(`${row},${col}`)?.value).toBe(last.value);
  });

  it('a single write larger than the limit: refused whole, reported in Chinese, nothing written', async () => {
    const fake = limited(workbookOf(1), 10 * 1024);
    const write = { sheet: '表1', address: 'Z1', value: '说明'.repeat(4000) };
    await expect(new OfficeGateway(fakeHost(fake)).writeCells([write, { sheet: '表1', address: 'Z2', value: 1 }])).rejects.toThrow(
      /^工作簿这一步要传输的数据超过了 Office 单次传输的上限（约 5 MB）/,
    );
    expect(fake.valueAt('表1', 'Z1')).toBeNull();
  });

  it('the whole budget template under a 64 KB limit: several syncs, the same sheets as in one', async () => {
    const limit = 64 * 1024;
    const { layouts, metadata } = templateLayouts({ kind: 'budget', year: 2025, unit: '某某县财政局' });
    const free = FakeWorkbook.fromSnapshot(workbookOf(1));
    await new OfficeGateway(fakeHost(free)).writeLayouts(layouts, metadata);
    expect(free.syncCount).toBe(2);
    expect(free.largestRequest).toBeGreaterThan(limit);

    const fake = limited(workbookOf(1), limit);
    await new OfficeGateway(fakeHost(fake)).writeLayouts(layouts, metadata);
    expect(fake.syncCount).toBeGreaterThan(2);
    expect(fake.largestRequest).toBeLessThanOrEqual(limit);
    const shape = (f: FakeWorkbook) => f.sheets.map(({ id: _id, conditionalFormats, ...s }) => ({ ...s, conditionalFormats: conditionalFormats.map(({ id: _cf, ...cf }) => cf) }));
    expect(shape(fake)).toEqual(shape(free));
    expect(fake.customXmlParts.map((p) => p.xml)).toEqual(free.customXmlParts.map((p) => p.xml));
    expect(fake.activeSheet).toBe(layouts[0].name);
  });
});
