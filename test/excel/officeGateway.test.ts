import { CATALOG_PART_NAMESPACE, OfficeGateway } from '../../src/excel/officeGateway';
import { checkWorkbook } from '../../src/domain/checks/checkWorkbook';
import { findingMarks } from '../../src/excel/findingMarks';
import { CATALOG_NAMESPACE } from '../../src/domain/catalog/catalogXml';
import { FILL_UNDO_NAMESPACE, fillUndoFromXml } from '../../src/domain/fill/undoRecordXml';
import { isMarkFormula, MARK_TAG } from '../../src/excel/markTag';
import type { Mark } from '../../src/excel/workbookGateway';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { cellAt, cellKey } from '../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../support/seedWorkbook';
import { FakeOfficeError, FakeWorkbook, fakeHost, type FakeConditionalFormat } from '../support/fakeExcel';
import { validate as markingValidation } from './validate';
import { gatewayContract, trimmed } from './gatewayContract';
import { sampleLayout } from './sampleLayout';

function ourMarks(fake: FakeWorkbook): Mark[] {
  const out: Mark[] = [];
  for (const s of fake.sheets) {
    for (const cf of s.conditionalFormats) {
      if (!isMarkFormula(cf.formula)) continue;
      const severity = /:(error|warning|info)"/.exec(cf.formula ?? '')![1] as Mark['severity'];
      for (const r of cf.ranges) out.push({ sheet: s.name, address: r, severity });
    }
  }
  return out;
}

// The whole contract at each ExcelApi version the add-in meets: 1.7 (the manifest's minimum), 1.14
// (Excel 2021), 1.17 (LTSC 2024), 1.20 (Microsoft 365 from 2509). Below a member's set the fake fails
// the sync with ApiNotFound, as Excel does.
for (const api of ['1.7', '1.14', '1.17', '1.20']) {
  gatewayContract(
    `OfficeGateway over the fake Excel at ExcelApi ${api}`,
    (wb) => {
      const fake = FakeWorkbook.fromSnapshot(wb);
      return {
        gateway: new OfficeGateway(fakeHost(fake, api)),
        marks: () => ourMarks(fake),
        otherFormats: () => fake.sheets.reduce((n, s) => n + s.conditionalFormats.filter((cf) => !isMarkFormula(cf.formula)).length, 0),
        selection: () =>
          fake.selection ? fake.selection.address.split(',').map((address) => ({ sheet: fake.selection!.sheet, address })) : null,
        userEdit: (sheet, address, value) => fake.userEdit(sheet, address, value),
        protect: (sheet) => {
          if (sheet === null) fake.structureProtected = true;
          else fake.sheet(sheet)!.protected = true;
        },
      };
    },
    { selectsSeveralAreas: Number(api.split('.')[1]) >= 18 },
  );
}

/** The seed's tables repeated until the workbook has `n` sheets. */
function workbookOf(n: number): WorkbookSnapshot {
  const seed = seedWorkbook('002');
  return {
    sheets: Array.from({ length: n }, (_, i) => ({ ...seed.sheets[i % seed.sheets.length], name: `表${i + 1}` })),
  };
}

describe('the fake enforces Office.js load/sync rules', () => {
  it('throws PropertyNotLoaded for a property read before load + sync', async () => {
    const fake = FakeWorkbook.fromSnapshot(workbookOf(1));
    const ctx = fakeHost(fake).context();
    const range = ctx.workbook.worksheets.getItem('表1').getRange('A1:B2');
    range.load('values');
    expect(() => range.values).toThrow(FakeOfficeError);
    await ctx.sync();
    expect(range.values.length).toBe(2);
    expect(() => range.numberFormat).toThrow(/The property 'numberFormat' is not available/);
  });
});

describe('OfficeGateway batching', () => {
  it.each([1, 100])('reads %i sheet(s) with one listing sync and one batched read', async (n) => {
    const wb = workbookOf(n);
    const fake = FakeWorkbook.fromSnapshot(wb);
    const snap = await new OfficeGateway(fakeHost(fake)).readSnapshot();
    expect(fake.syncCount).toBe(2);
    expect(snap.sheets).toHaveLength(n);
    expect(trimmed(snap.sheets[n - 1].values)).toEqual(trimmed(wb.sheets[n - 1].values));
  });

  it.each([1, 100])('a whole validation of %i sheet(s): listing, one read, one write — 3 syncs', async (n) => {
    const fake = FakeWorkbook.fromSnapshot(workbookOf(n));
    fake.sheet('表1')!.conditionalFormats.push({ id: 'user-1', type: 'Custom', ranges: ['C5:C20'], formula: '=C5>1000', fill: '#00FF00' });
    const gateway = new OfficeGateway(fakeHost(fake));
    await gateway.applyMarks([{ sheet: `表${n}`, address: 'A1', severity: 'error' }]); // an old mark to replace
    fake.syncCount = 0;
    const findings = await markingValidation(gateway, async (wb) => {
      const result = checkWorkbook(wb).findings;
      return { marks: findingMarks(result), result };
    });
    expect(fake.syncCount).toBe(3);
    if (n === 100) expect(findings.length).toBeGreaterThan(0);
    const marked = ourMarks(fake).map((m) => `${m.sheet}!${m.address}`).sort();
    expect(marked).toEqual(findingMarks(findings).map((m) => `${m.sheet}!${m.address}`).sort());
    expect(marked).not.toContain(`表${n}!A1`);
    expect(fake.sheet('表1')!.conditionalFormats.filter((cf) => cf.id === 'user-1')).toHaveLength(1);
  });

  it.each([1, 100])('every later validation of %i sheet(s) is one read sync and one write sync', async (n) => {
    const fake = FakeWorkbook.fromSnapshot(workbookOf(n));
    const gateway = new OfficeGateway(fakeHost(fake));
    const validate = () =>
      markingValidation(gateway, async (wb) => {
        const result = checkWorkbook(wb).findings;
        return { marks: findingMarks(result), result };
      });
    const first = await validate();
    // The user changes a figure; the next validation reads it in the listing's own sync.
    const before = first.filter((f) => f.severity === 'error').length;
    // The last sheet that holds 表1, 表2 or 表3 of the seed (figures to break).
    const sheets = workbookOf(n).sheets;
    const last = sheets.filter((_, k) => k % 13 <= 2)[sheets.filter((_, k) => k % 13 <= 2).length - 1];
    const panel = checkWorkbook({ sheets: [last] }).recognition.tables[0].panels[0];
    const filled = panel.rows
      .flatMap((_, i) => panel.columns.map((c) => (c.key ? panel.amount(i, c.key) : undefined)))
      .find((cell) => cell?.amount.state === 'amount')!;
    await fake.userEdit(last.name, filled.address, 9999);
    fake.syncCount = 0;
    const second = await validate();
    expect(fake.syncCount).toBe(2);
    expect(second.filter((f) => f.severity === 'error').length).toBeGreaterThan(before);
    expect(ourMarks(fake).some((m) => m.sheet === last.name && m.severity === 'error')).toBe(true);
  });

  it('notices a sheet added or deleted since the last validation and reads the workbook afresh', async () => {
    const fake = FakeWorkbook.fromSnapshot(workbookOf(3));
    const gateway = new OfficeGateway(fakeHost(fake));
    const validate = () =>
      markingValidation(gateway, async (wb) => ({ marks: [], result: wb.sheets.map((s) => s.name) }));
    expect(await validate()).toEqual(['表1', '表2', '表3']);
    fake.addSheetFromSnapshot({ ...seedWorkbook('002').sheets[0], name: '新增' });
    expect(await validate()).toEqual(['表1', '表2', '表3', '新增']);
    fake.deleteSheet('表2');
    expect(await validate()).toEqual(['表1', '表3', '新增']);
    fake.syncCount = 0;
    expect(await validate()).toEqual(['表1', '表3', '新增']);
    expect(fake.syncCount).toBe(2);
  });

  it('writes a template sheet in one write sync after the name check, not one per cell', async () => {
    const fake = FakeWorkbook.fromSnapshot(workbookOf(3));
    await new OfficeGateway(fakeHost(fake)).writeLayouts([sampleLayout('新表A'), sampleLayout('新表B')]);
    expect(fake.syncCount).toBe(2);
    const sheet = fake.sheet('新表A')!;
    expect(sheet.frozenRows).toBe(3);
    expect(sheet.merges).toEqual(['A2:C2']);
    expect(sheet.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4' });
    expect(fake.cellAt('新表A', 'A5')).toMatchObject({ value: '2080501', numberFormat: '@' });
    expect(fake.cellAt('新表A', 'C4')?.format).toMatchObject({ 'font.name': '宋体', 'border.EdgeTop.style': 'Continuous' });
    expect(sheet.validations.get('C6')).toMatchObject({ rule: { list: { source: '是,否' } } });
    expect(fake.activeSheet).toBe('新表A');
  });

  it('refusing an existing name costs one read sync and changes nothing', async () => {
    const fake = FakeWorkbook.fromSnapshot(workbookOf(3));
    await expect(new OfficeGateway(fakeHost(fake)).writeLayouts([sampleLayout('表2')])).rejects.toThrow('工作表已存在');
    expect(fake.syncCount).toBe(1);
    expect(fake.sheets).toHaveLength(3);
  });

  it.each([1, 100])('fill on %i sheet(s): the sheets’ protection, one read and one write sync, record included; 撤销 two syncs; previous formulas come back', async (n) => {
    const fake = FakeWorkbook.fromSnapshot(workbookOf(n));
    fake.sheet('表1')!.cells.set('7,7', { value: 12, formula: '=SUM(H1:H7)' });
    const gateway = new OfficeGateway(fakeHost(fake));
    const writes = [
      { sheet: '表1', address: 'H10', value: 99 },
      ...Array.from({ length: 40 }, (_, i) => ({ sheet: `表${(i % n) + 1}`, address: `H${i + 20}`, value: i + 0.5 })),
    ];
    const filledAt = '2026-11-25T13:40:00.000Z';
    const undo = await gateway.writeBatch({
      insertions: [
        { sheet: '表1', beforeRow: 2, values: ['2080109', '社会保险经办机构', 1] },
        { sheet: '表1', beforeRow: 5, values: ['20801', '人力资源和社会保障管理事务', 1] },
      ],
      writes,
      keepUndo: { filledAt },
    });
    // Rows are inserted in the read sync, so the sheets' protection is read before it (Excel has no
    // rollback: a refused insertion would leave the ones before it). The record rides in the write sync
    // (its old part is listed in the read sync).
    expect(fake.syncCount).toBe(3);
    expect(fake.cellAt('表1', 'A3')).toMatchObject({ value: '2080109', numberFormat: '@' });
    expect(undo.insertedRows).toEqual([
      { sheet: '表1', row: 6, values: ['20801', '人力资源和社会保障管理事务', 1] },
      { sheet: '表1', row: 2, values: ['2080109', '社会保险经办机构', 1] },
    ]);
    // H8 held a formula before the two inserted rows pushed it to H10; the write to H10 replaced it.
    expect(undo.cells[0]).toMatchObject({ value: 12, formula: '=SUM(H1:H7)', written: 99 });
    const parts = fake.customXmlParts.filter((p) => p.namespace === FILL_UNDO_NAMESPACE);
    expect(parts).toHaveLength(1);
    expect(fillUndoFromXml(parts[0].xml)).toEqual({ filledAt, origin: 'pane', ...undo });
    fake.syncCount = 0;
    await gateway.restore(undo);
    // 2, was 1: the stored record is deleted in the restore's write, and a part can be deleted only once listed.
    expect(fake.syncCount).toBe(2);
    expect(fake.customXmlParts.filter((p) => p.namespace === FILL_UNDO_NAMESPACE)).toEqual([]);
    expect(fake.cellAt('表1', 'H8')).toMatchObject({ value: 0, formula: '=SUM(H1:H7)' });
    expect(fake.valueAt('表1', 'A3')).not.toBe('2080109');
    const after = await gateway.readSnapshot();
    expect(trimmed(after.sheets[0].values)).toEqual(trimmed(workbookOf(n).sheets[0].values).map((r, i) => (i === 7 ? withH(r, 0) : r)));
    expect(trimmed(after.sheets[n - 1].values)).toEqual(trimmed(workbookOf(n).sheets[n - 1].values).map((r, i) => (n > 1 || i !== 7 ? r : withH(r, 0))));
  });

  it('a second fill replaces the stored record; reading it costs two syncs; other parts are untouched', async () => {
    const fake = FakeWorkbook.fromSnapshot(workbookOf(2));
    const gateway = new OfficeGateway(fakeHost(fake));
    await gateway.storeCatalogXml(`<catalog xmlns="${CATALOG_NAMESPACE}" year="2025" source="x"></catalog>`);
    expect(await gateway.readFillUndoXml()).toBeNull();
    await gateway.writeBatch({ writes: [{ sheet: '表1', address: 'H1', value: 1 }], keepUndo: { filledAt: '2026-11-25T13:40:00.000Z' } });
    await gateway.writeBatch({ writes: [{ sheet: '表2', address: 'H2', value: 2 }], keepUndo: { filledAt: '2026-11-25T14:00:00.000Z' } });
    expect(fake.customXmlParts.map((p) => p.namespace).sort()).toEqual([CATALOG_NAMESPACE, FILL_UNDO_NAMESPACE].sort());
    fake.syncCount = 0;
    const record = fillUndoFromXml((await new OfficeGateway(fakeHost(fake)).readFillUndoXml())!);
    expect(fake.syncCount).toBe(2);
    expect(record).toMatchObject({ filledAt: '2026-11-25T14:00:00.000Z', cells: [{ sheet: '表2', address: 'H2', written: 2 }] });
  });

  it('writes cells in one sync', async () => {
    const fake = FakeWorkbook.fromSnapshot(workbookOf(2));
    const writes = Array.from({ length: 50 }, (_, i) => ({ sheet: '表2', address: `H${i + 1}`, value: i }));
    await new OfficeGateway(fakeHost(fake)).writeCells(writes);
    expect(fake.syncCount).toBe(1);
    expect(fake.valueAt('表2', 'H50')).toBe(49);
  });
});

/** A row with column H set (the fake does not evaluate a restored formula: its value reads 0). */
function withH(row: unknown[], v: unknown): unknown[] {
  const out = [...row];
  while (out.length < 8) out.push(null);
  out[7] = v;
  return out;
}

describe('OfficeGateway reading', () => {
  it('anchors a used range that does not start at A1, and keeps errors, formulas and merges', async () => {
    const fake = new FakeWorkbook();
    const s = fake.addSheet('数据');
    s.cells.set('4,2', { value: 120.5, formula: '=SUM(C6:C7)' });
    s.cells.set('5,2', { value: 100 });
    s.cells.set('6,2', { value: { error: '#REF!' } });
    s.cells.set('5,1', { value: '=不是公式', numberFormat: '@' });
    s.cells.set('5,0', { value: '2080109', numberFormat: '@' });
    s.merges = ['A1:C1'];
    const snap = await new OfficeGateway(fakeHost(fake)).readSnapshot();
    const sheet = snap.sheets[0];
    expect(cellAt(sheet, 4, 2)).toBe(120.5);
    expect(cellAt(sheet, 0, 0)).toBeNull();
    expect(cellAt(sheet, 6, 2)).toEqual({ error: '#REF!' });
    expect(sheet.formulas).toEqual(new Set([cellKey(4, 2)]));
    expect(sheet.textFormatted).toEqual(new Set([cellKey(5, 1), cellKey(5, 0)]));
    expect(cellAt(sheet, 5, 0)).toBe('2080109');
    expect(sheet.merges).toEqual(['A1:C1']);
  });

  it('does not ask for merged areas where ExcelApi 1.13 is missing', async () => {
    const fake = new FakeWorkbook();
    const s = fake.addSheet('数据');
    s.cells.set('0,0', { value: '标题' });
    s.merges = ['A1:C1'];
    const snap = await new OfficeGateway(fakeHost(fake, '1.7')).readSnapshot();
    expect(snap.sheets[0].merges).toEqual([]);
    expect(cellAt(snap.sheets[0], 0, 0)).toBe('标题');
  });

  it('reads an empty sheet as no rows', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('空');
    const snap = await new OfficeGateway(fakeHost(fake)).readSnapshot();
    expect(snap.sheets[0].values).toEqual([]);
  });
});

describe('OfficeGateway marks never touch the user formats', () => {
  function withUserFormats(apiVersion: string): { fake: FakeWorkbook; gateway: OfficeGateway; userFormats: () => FakeConditionalFormat[] } {
    const fake = FakeWorkbook.fromSnapshot(workbookOf(2));
    const s1 = fake.sheet('表1')!;
    s1.conditionalFormats.push({ id: 'user-1', type: 'Custom', ranges: ['C5:C20'], formula: '=C5>1000', fill: '#00FF00' });
    s1.conditionalFormats.push({ id: 'user-2', type: 'CellValue', ranges: ['D5:D20'], formula: null, fill: '#0000FF' });
    fake.sheet('表2')!.conditionalFormats.push({ id: 'user-3', type: 'ColorScale', ranges: ['B2:B9'], formula: null });
    const userFormats = (): FakeConditionalFormat[] => fake.sheets.flatMap((s) => s.conditionalFormats).filter((cf) => cf.id.startsWith('user-'));
    return { fake, gateway: new OfficeGateway(fakeHost(fake, apiVersion)), userFormats };
  }

  it.each(['1.14', '1.7'])('ExcelApi %s: applyMarks + clearMarks leave the user formats exactly as they were', async (api) => {
    const { fake, gateway, userFormats } = withUserFormats(api);
    const before = JSON.parse(JSON.stringify(userFormats()));
    await gateway.applyMarks([
      { sheet: '表1', address: 'C7', severity: 'error' },
      { sheet: '表1', address: 'C9', severity: 'error' },
      { sheet: '表2', address: 'B6', severity: 'warning' },
      { sheet: '已删除的表', address: 'A1', severity: 'error' },
    ]);
    expect(fake.syncCount).toBe(3); // list sheets, read formats, write
    const ours = fake.sheets.flatMap((s) => s.conditionalFormats).filter((cf) => cf.formula?.includes(MARK_TAG));
    // With RangeAreas (1.9+) one format per sheet and severity; before that one per cell.
    expect(ours).toHaveLength(api === '1.14' ? 2 : 3);
    expect(ours.find((cf) => cf.ranges.includes('C7'))).toMatchObject({ fill: '#FFC7CE', font: '#9C0006' });
    expect(ourMarks(fake)).toHaveLength(3);
    expect(userFormats()).toEqual(before);

    await gateway.clearMarks();
    expect(ourMarks(fake)).toEqual([]);
    expect(userFormats()).toEqual(before);
  });
});

describe('OfficeGateway selection', () => {
  it.each([
    ['1.20', '表1!C7,C8'],
    ['1.18', '表1!C7,C8'],
    ['1.17', '表1!C7'],
    ['1.14', '表1!C7'],
    ['1.7', '表1!C7'],
  ])('ExcelApi %s: a finding with two cells selects %s (RangeAreas.select needs 1.18)', async (api, selected) => {
    const fake = FakeWorkbook.fromSnapshot(workbookOf(2));
    await new OfficeGateway(fakeHost(fake, api)).selectCells([
      { sheet: '表1', address: 'C7' },
      { sheet: '表1', address: 'C8' },
    ]);
    expect(`${fake.selection!.sheet}!${fake.selection!.address}`).toBe(selected);
    expect(fake.activeSheet).toBe('表1');
  });
});

describe('OfficeGateway change events', () => {
  it('passes triggerSource through on ExcelApi 1.14 and leaves it undefined before', async () => {
    for (const [api, expected] of [
      ['1.14', ['Unknown', 'ThisLocalAddin']],
      ['1.7', [undefined, undefined]],
    ] as const) {
      const fake = FakeWorkbook.fromSnapshot(workbookOf(1));
      const gateway = new OfficeGateway(fakeHost(fake, api));
      const seen: (string | undefined)[] = [];
      const off = await gateway.onChanged((c) => seen.push(c.triggerSource));
      await fake.userEdit('表1', 'B3', 5);
      await gateway.writeCells([{ sheet: '表1', address: 'B4', value: 6 }]);
      // Excel reports a write's change after its sync has resolved, not inside it.
      expect(seen).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 0));
      await off();
      await fake.userEdit('表1', 'B3', 7);
      expect(seen).toEqual(expected);
    }
  });
});

describe('OfficeGateway template metadata', () => {
  it('looks for the catalog under the namespace catalogXml writes', () => {
    expect(CATALOG_PART_NAMESPACE).toBe(CATALOG_NAMESPACE);
  });

  it('stores metadata in one custom XML part and merges the sheets of a later insert', async () => {
    const fake = FakeWorkbook.fromSnapshot(workbookOf(1));
    const gateway = new OfficeGateway(fakeHost(fake));
    const base = { formVersion: 1, kind: 'budget' as const, year: 2025, unit: '某某县财政局', unitType: '行政单位' as const };
    await gateway.writeLayouts([sampleLayout('预算公开表3')], { ...base, sheets: { 预算公开表3: 'budget-03' } });
    await gateway.writeLayouts([sampleLayout('预算公开表4')], { ...base, sheets: { 预算公开表4: 'budget-04' } });
    expect(fake.customXmlParts).toHaveLength(1);
    const snap = await gateway.readSnapshot();
    expect(snap.metadata).toMatchObject({ year: 2025, unit: '某某县财政局', sheets: { 预算公开表3: 'budget-03', 预算公开表4: 'budget-04' } });
  });
});
