import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { planFill } from '../../../src/domain/fill/planFill';
import { fillUndoFromXml, FILL_UNDO_NAMESPACE } from '../../../src/domain/fill/undoRecordXml';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { MemoryGateway } from '../../../src/excel/memoryGateway';
import { OfficeGateway } from '../../../src/excel/officeGateway';
import type { WorkbookGateway } from '../../../src/excel/workbookGateway';
import { fillBatch, fillValueText } from '../../../src/taskpane/fill/fillPreview';
import { changedText, fillTime, loadStoredUndo, outcomeText, tableLabels, undoOffer, undoStored } from '../../../src/taskpane/fill/fillUndo';
import { blankTables, tableOf } from '../../domain/fill/blankTables';
import { FakeWorkbook, fakeHost } from '../../support/fakeExcel';
import { trimmed } from '../../excel/gatewayContract';
import { seedWorkbook } from '../../support/seedWorkbook';
import { shanghaiWorkbook } from '../../support/shanghaiWorkbook';

/** One workbook in a host, and the pane's ways into it. */
interface Host {
  readonly gateway: WorkbookGateway;
  /** The pane closed and opened again (or Excel restarted): a new gateway over the same workbook. */
  reopen(): WorkbookGateway;
  userEdit(sheet: string, address: string, value: CellValue): Promise<void>;
  /** A record part written by something else (damaged, or another version). */
  putRecordPart(xml: string): void;
}

const hosts: [string, (wb: WorkbookSnapshot) => Host][] = [
  [
    'MemoryGateway',
    (wb) => {
      let g = MemoryGateway.fromSnapshot(wb);
      return {
        gateway: g,
        reopen: () => (g = g.reopen()),
        userEdit: async (s, a, v) => g.userEdit(s, a, v),
        putRecordPart: (xml) => (g.fillUndoXml = xml),
      };
    },
  ],
  [
    'OfficeGateway over the fake Excel',
    (wb) => {
      const fake = FakeWorkbook.fromSnapshot(wb);
      return {
        gateway: new OfficeGateway(fakeHost(fake)),
        reopen: () => new OfficeGateway(fakeHost(fake)),
        userEdit: (s, a, v) => fake.userEdit(s, a, v as string | number),
        putRecordPart: (xml) => fake.customXmlParts.push({ id: '{part-other}', xml, namespace: FILL_UNDO_NAMESPACE }),
      };
    },
  ],
];

const recognizer = async () => recognize;

/** Seed 000 with 表1/表4 blanked and one 表3 subject row removed: fill writes both tables and inserts the row back. */
function scenario() {
  const published = seedWorkbook('000');
  const t3 = tableOf(published, 3).sheet;
  let wb = blankTables(published, [1, 4]);
  wb = { ...wb, sheets: wb.sheets.map((s) => (s.name === t3 ? { ...s, values: s.values.filter((_, i) => i !== 7) } : s)) };
  // As a host reports it: no trailing blank cells or rows (Excel's used range ends at the last value).
  wb = { ...wb, sheets: wb.sheets.map((s) => ({ ...s, values: trimmed(s.values) as CellValue[][] })) };
  const rec = recognize(wb);
  const plan = planFill(wb, rec, builtinCatalog(rec.year ?? 2025));
  return { wb, plan, t1: tableOf(wb, 1).sheet, t3 };
}

const FILLED_AT = '2026-11-25T13:40:00.000Z';

describe.each(hosts)('%s: 撤销 of a fill survives reopening the pane', (_, open) => {
  const { wb, plan, t1 } = scenario();
  const batch = { ...fillBatch(plan, new Set()), keepUndo: { filledAt: FILLED_AT } };

  it('after a reopen, 撤销 is offered with time and counts, and restores the workbook deep-equal; the record is then gone', async () => {
    const host = open(wb);
    const before = await host.gateway.readSnapshot();
    await host.gateway.writeBatch(batch);
    expect(await host.gateway.readSnapshot()).not.toEqual(before);

    const pane = host.reopen();
    const { stored, notice } = await loadStoredUndo(pane, recognizer);
    expect(notice).toBeNull();
    expect(stored!.record.cells).toHaveLength(batch.writes.length);
    expect(undoOffer(stored!.record)).toBe(`${fillTime(FILLED_AT)} 的填充（写入 ${batch.writes.length} 个单元格，插入 ${plan.insertions.length} 行）`);
    expect(stored!.check.changed).toEqual([]);

    const outcome = await undoStored(pane, stored!, false, recognizer);
    expect(outcome).toEqual({ restoredCells: batch.writes.length, removedRows: plan.insertions.length, skipped: [], keptRows: [], deletedSheets: [], keptSheets: [] });
    expect(await pane.readSnapshot()).toEqual(before);
    expect(await pane.readFillUndoXml()).toBeNull();
    expect(await loadStoredUndo(host.reopen(), recognizer)).toEqual({ stored: null, notice: null });
  });

  it('a cell the user changed after the fill is listed and kept; the rest is undone', async () => {
    const host = open(wb);
    const before = await host.gateway.readSnapshot();
    await host.gateway.writeBatch(batch);
    expect(batch.writes).toContainEqual({ sheet: t1, address: 'B7', value: 2911.06 });
    await host.userEdit(t1, 'B7', 3000);

    const pane = host.reopen();
    const { stored } = await loadStoredUndo(pane, recognizer);
    expect(stored!.check.changed.map((c) => changedText(c, stored!.label))).toEqual([
      `表1（工作表“${t1}”）B7：填充写入 2,911.06，现为 3,000.00`,
    ]);
    const outcome = await undoStored(pane, stored!, false, recognizer);
    expect(outcome.restoredCells).toBe(batch.writes.length - 1);
    expect(outcome.skipped).toEqual([`表1（工作表“${t1}”）B7：填充写入 2,911.06，现为 3,000.00`]);
    expect(outcomeText(outcome)).toContain('以下 1 个单元格在填充后被修改，保留现在的内容');
    const after = await pane.readSnapshot();
    // Everything is back except the user's own figure.
    const t1Index = after.sheets.findIndex((s) => s.name === t1);
    expect(after.sheets[t1Index].values[6][1]).toBe(3000);
    const expected = { ...before, sheets: before.sheets.map((s, i) => (i === t1Index ? after.sheets[i] : s)) };
    expect(after).toEqual(expected);
    const t1Before = before.sheets[t1Index].values.map((r) => [...r]);
    t1Before[6][1] = 3000;
    expect(after.sheets[t1Index].values).toEqual(t1Before);
    expect(await pane.readFillUndoXml()).toBeNull();
  });

  it('with the box ticked, the listed cell is put back too', async () => {
    const host = open(wb);
    const before = await host.gateway.readSnapshot();
    await host.gateway.writeBatch(batch);
    await host.userEdit(t1, 'B7', 3000);
    const pane = host.reopen();
    const { stored } = await loadStoredUndo(pane, recognizer);
    // A second edit after the list was shown is not covered by the tick: it stays.
    const later = batch.writes.find((w) => w.sheet === t1 && w.address === 'D14')!;
    expect(later).toBeDefined();
    await host.userEdit(t1, 'D14', 1);
    const outcome = await undoStored(pane, stored!, true, recognizer);
    expect(outcome.skipped).toEqual([`表1（工作表“${t1}”）D14：填充写入 ${fillValueText(later.value)}，现为 1.00`]);
    expect(outcome.restoredCells).toBe(batch.writes.length - 1);
    const after = await pane.readSnapshot();
    const t1Index = after.sheets.findIndex((s) => s.name === t1);
    expect(after.sheets[t1Index].values[6][1] ?? null).toBe(before.sheets[t1Index].values[6][1] ?? null);
    expect(after.sheets[t1Index].values[13][3]).toBe(1);
  });

  it('an inserted row the user typed into stays, and the notice says so', async () => {
    const host = open(wb);
    const undo = await host.gateway.writeBatch(batch);
    const row = undo.insertedRows[0];
    const t3 = row.sheet;
    await host.userEdit(t3, `H${row.row + 1}`, '备注');
    const pane = host.reopen();
    const { stored } = await loadStoredUndo(pane, recognizer);
    expect(stored!.check.keptRows).toEqual([{ row, why: 'edited' }]);
    const outcome = await undoStored(pane, stored!, true, recognizer);
    expect(outcome.removedRows).toBe(0);
    expect(outcome.keptRows).toEqual([`表3（工作表“${t3}”）第 ${row.row + 1} 行（填充插入的行）：插入后已被修改，不会删除`]);
    const after = (await pane.readSnapshot()).sheets.find((s) => s.name === t3)!;
    expect(after.values[row.row].slice(0, 2)).toEqual(row.values.slice(0, 2));
    expect(after.values[row.row][7]).toBe('备注');
  });

  it('a new fill replaces the record; a damaged or foreign record is ignored with a notice, the workbook untouched', async () => {
    const host = open(wb);
    await host.gateway.writeBatch(batch);
    await host.gateway.writeBatch({ writes: [{ sheet: t1, address: 'H1', value: 1 }], keepUndo: { filledAt: '2026-11-26T09:00:00.000Z' } });
    const latest = fillUndoFromXml((await host.reopen().readFillUndoXml())!);
    expect(latest).toMatchObject({ filledAt: '2026-11-26T09:00:00.000Z', cells: [{ sheet: t1, address: 'H1', written: 1 }] });

    const damaged = open(wb);
    const before = await damaged.gateway.readSnapshot();
    damaged.putRecordPart(`<fillUndo xmlns="${FILL_UNDO_NAMESPACE}" filledAt="2026-11-25T13:40:00.000Z" origin="pane" cells="3" rows="0"><cell sheet="表1"`);
    const { stored, notice } = await loadStoredUndo(damaged.reopen(), recognizer);
    expect(stored).toBeNull();
    expect(notice).toContain('填充撤销记录无法识别');
    expect(await damaged.reopen().readSnapshot()).toEqual(before);
  });
});

describe('tableLabels: a sheet named as its workbook names the table', () => {
  const label = (wb: WorkbookSnapshot) => {
    const rec = recognize(wb);
    const t = rec.tables.find((x) => x.no === 3)!;
    return tableLabels(wb, rec)(t.sheet);
  };

  it('表3 in a Shanxi 预算, 公开03表 in a Shanxi 决算, 表3 in a national 部门决算', () => {
    const budget = seedWorkbook('000', { layout: 'sheetPerTable', amounts: 'number' });
    const final = seedWorkbook('004', { layout: 'sheetPerTable', amounts: 'number' });
    const national = shanghaiWorkbook('planning-resources', { codes: 'three' });
    expect(label(budget)).toMatch(/^表3（工作表“/);
    expect(label(final)).toMatch(/^公开03表（工作表“/);
    expect(label(national)).toMatch(/^表3（工作表“/);
  });

  it('a sheet no table was recognised on, and one no longer there', () => {
    const wb = seedWorkbook('000', { layout: 'sheetPerTable', amounts: 'number' });
    const named = tableLabels(wb, null);
    expect(named(wb.sheets[0].name)).toBe(`工作表“${wb.sheets[0].name}”`);
    expect(named('已删除的表')).toBe('工作表“已删除的表”（已不存在）');
  });
});
