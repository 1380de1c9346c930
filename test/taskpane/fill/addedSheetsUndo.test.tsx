import { renderToStaticMarkup } from 'react-dom/server';
import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { fillWithAddedTables } from '../../../src/domain/fill/missingSummaryTables';
import { fillUndoFromXml } from '../../../src/domain/fill/undoRecordXml';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { MemoryGateway } from '../../../src/excel/memoryGateway';
import { OfficeGateway } from '../../../src/excel/officeGateway';
import { WorkbookProtectedError, type WorkbookGateway } from '../../../src/excel/workbookGateway';
import { addedSheetText } from '../../../src/taskpane/fill/addedSheetsUndo';
import { addedNotice, writeWithAddedTables } from '../../../src/taskpane/fill/addMissingTables';
import { fillValueText } from '../../../src/taskpane/fill/fillPreview';
import { loadStoredUndo, outcomeText, recheckText, undoOffer, undoStored, undoUnlessUnseenEdits } from '../../../src/taskpane/fill/fillUndo';
import { StoredUndoView } from '../../../src/taskpane/fill/StoredUndoView';
import { recreatedByRow, withoutTables } from '../../domain/fill/summaryMeasure';
import { FakeWorkbook, fakeHost } from '../../support/fakeExcel';
import { seedWorkbook } from '../../support/seedWorkbook';
import { trimmed } from '../../excel/gatewayContract';

/**
 * 撤销 after 填充 › 从模板添加 (issue 18 item 15): the sheets the fill added are deleted again, on the
 * memory gateway and through Office.js on the strict fake Excel at ExcelApi 1.7 (the manifest's
 * minimum), 1.14 (Excel 2021) and 1.20 (where API writes keep Excel's undo stack but a sheet deletion
 * still empties it). A sheet typed into since is kept unless confirmed; one renamed or whose name now
 * belongs to another sheet is never deleted.
 */

const SUMMARY = [1, 4, 5];
const published = seedWorkbook('000');
const without = withoutTables(published, SUMMARY);
const ADDED = ['表1 预算收支总表', '表4 财政拨款收支总表', '表5 一般公共预算支出表'];
const recognizer = async () => recognize;

interface Host {
  readonly gateway: WorkbookGateway;
  /** The pane closed and opened again: a new gateway over the same workbook. */
  reopen(): WorkbookGateway;
  userEdit(sheet: string, address: string, value: CellValue): Promise<void>;
  protectStructure(): void;
  /** The fake Excel, where the host is one (renames, ids, syncs, undo stack). */
  readonly fake: FakeWorkbook | null;
}

const hosts: [string, () => Host][] = [
  [
    'MemoryGateway',
    () => {
      let g = MemoryGateway.fromSnapshot(without);
      return {
        gateway: g,
        reopen: () => (g = g.reopen()),
        userEdit: async (s, a, v) => g.userEdit(s, a, v),
        protectStructure: () => (g.structureProtected = true),
        fake: null,
      };
    },
  ],
  ...['1.7', '1.14', '1.20'].map((api): [string, () => Host] => [
    `OfficeGateway over the fake Excel at ExcelApi ${api}`,
    () => {
      const fake = FakeWorkbook.fromSnapshot(without);
      return {
        gateway: new OfficeGateway(fakeHost(fake, api)),
        reopen: () => new OfficeGateway(fakeHost(fake, api)),
        userEdit: (s, a, v) => fake.userEdit(s, a, v as string | number),
        protectStructure: () => (fake.structureProtected = true),
        fake,
      };
    },
  ]),
];

function adding() {
  return fillWithAddedTables(without, recognize(without), builtinCatalog(2025));
}

/** 添加 3 张表并写入, as the pane does it; returns the workbook before and right after. */
async function addAndFill(host: Host): Promise<{ before: WorkbookSnapshot; after: WorkbookSnapshot; writes: number }> {
  const before = await host.gateway.readSnapshot();
  const { writes } = await writeWithAddedTables(host.gateway, adding(), new Set(), '2026-12-03T15:00:00.000Z');
  return { before, after: await host.gateway.readSnapshot(), writes };
}

/** The syncs one call of `restore` makes on the fake. */
function countRestoreSyncs(gateway: WorkbookGateway, fake: FakeWorkbook): { syncs: number[] } {
  const seen = { syncs: [] as number[] };
  const restore = gateway.restore.bind(gateway);
  gateway.restore = async (undo, sheets) => {
    const start = fake.syncCount;
    try {
      return await restore(undo, sheets);
    } finally {
      seen.syncs.push(fake.syncCount - start);
    }
  };
  return seen;
}

describe.each(hosts)('%s: 撤销 after 添加 3 张表', (_, open) => {
  it('after a reopen, 撤销 offers to delete the 3 added sheets, says it empties Excel’s undo, and leaves the workbook as before', async () => {
    const host = open();
    const { before, after, writes } = await addAndFill(host);
    expect(after.sheets.map((s) => s.name).slice(-3)).toEqual(ADDED);
    expect(after.sheets.slice(-3).every((s) => s.values.length > 0)).toBe(true);
    expect(recreatedByRow(published, after, SUMMARY).missed).toEqual([]);
    await host.userEdit(without.sheets[0].name, 'J1', '用户的备注');
    const beforeUndo = await host.gateway.readSnapshot();

    const pane = host.reopen();
    const { stored } = await loadStoredUndo(pane, recognizer);
    expect(stored!.record.addedSheets!.map((s) => s.name)).toEqual(ADDED);
    expect(stored!.sheets.map((s) => s.kind)).toEqual(['removable', 'removable', 'removable']);
    expect(undoOffer(stored!.record)).toMatch(new RegExp(`的填充（添加 3 张表，写入 ${writes} 个单元格）$`));
    const html = renderToStaticMarkup(<StoredUndoView stored={stored!} overwrite={false} onOverwrite={() => undefined} deleteEdited={false} onDeleteEdited={() => undefined} />);
    // Every write went into the added sheets: no "恢复 0 个单元格".
    expect(html).toContain(`写入 ${writes} 个单元格）：删除填充添加的工作表“${ADDED.join('”、“')}”。`);
    expect(html).toContain(`撤销将删除工作表“${ADDED.join('”、“')}”。删除工作表会清空 Excel 的撤销记录（Ctrl+Z 不能再撤回此前的操作），请先保存要保留的修改。`);

    const syncs = host.fake ? countRestoreSyncs(pane, host.fake) : null;
    if (host.fake) expect(host.fake.undoStack).not.toEqual([]); // the user's edit is on Ctrl+Z's stack
    const outcome = await undoStored(pane, stored!, false, recognizer);
    expect(outcome.deletedSheets).toEqual(ADDED);
    expect(outcome.keptSheets).toEqual([]);
    expect(outcomeText(outcome)).toBe(`已撤销：删除填充添加的工作表“${ADDED.join('”、“')}”（Excel 的撤销记录已随之清空）。`);
    const undone = await pane.readSnapshot();
    // Every sheet of the workbook's own as it was (the memory workbook trims trailing blanks), the user's edit kept, the added sheets gone.
    const own = (wb: WorkbookSnapshot) => wb.sheets.map((s) => ({ ...s, values: trimmed(s.values) }));
    expect(own(undone)).toEqual(own(beforeUndo).slice(0, before.sheets.length));
    expect(undone.metadata).toEqual(beforeUndo.metadata);
    expect(undone.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(await pane.readFillUndoXml()).toBeNull();
    if (host.fake) {
      // One read sync and one write sync; the deletion empties Excel's undo stack at every version.
      expect(syncs!.syncs).toEqual([2]);
      expect(host.fake.undoStack.filter((e) => e.startsWith('user'))).toEqual([]);
    }
  });

  it('a sheet typed into since is listed with its cells and kept as it is, unless the user ticks the box', async () => {
    const host = open();
    await addAndFill(host);
    // A figure the fill wrote into the added 表1, overtyped; and a note in a cell the template left blank.
    const record = fillUndoFromXml((await host.gateway.readFillUndoXml())!)!;
    const figure = record.cells.find((c) => c.sheet === ADDED[0] && typeof c.written === 'number' && c.written > 0)!;
    await host.userEdit(ADDED[0], figure.address, 3000);
    await host.userEdit(ADDED[0], 'H40', '备注');

    const pane = host.reopen();
    const { stored } = await loadStoredUndo(pane, recognizer);
    expect(stored!.sheets.map((s) => s.kind)).toEqual(['edited', 'removable', 'removable']);
    const line = `工作表“${ADDED[0]}”在添加后被修改（${figure.address} 添加时为 ${fillValueText(figure.written)}，现为 3,000.00；H40 添加时为空白，现为“备注”，共 2 处）`;
    expect(addedSheetText(stored!.sheets[0])).toBe(line);
    const html = renderToStaticMarkup(<StoredUndoView stored={stored!} overwrite={false} onOverwrite={() => undefined} deleteEdited={false} onDeleteEdited={() => undefined} />);
    expect(html).toContain('添加后被修改的工作表（1），撤销时保留，内容不变');
    expect(html).toContain('也删除以上工作表（其中的修改会一并删除）');
    // Unticked, the warning names only the sheets it deletes.
    expect(html).toContain(`撤销将删除工作表“${ADDED[1]}”、“${ADDED[2]}”。删除工作表会清空 Excel 的撤销记录`);

    const edited = (await pane.readSnapshot()).sheets.find((s) => s.name === ADDED[0]);
    const outcome = await undoStored(pane, stored!, false, recognizer);
    expect(outcome.deletedSheets).toEqual(ADDED.slice(1));
    expect(outcome.keptSheets).toEqual([`${line}，已保留，内容不变`]);
    const undone = await pane.readSnapshot();
    expect(undone.sheets.map((s) => s.name)).toEqual([...without.sheets.map((s) => s.name), ADDED[0]]);
    // Kept exactly as the user has it: the fill's figures and the user's own.
    expect(undone.sheets.find((s) => s.name === ADDED[0])).toEqual(edited);
  });

  it('ticked, the edited sheet is deleted too; an edit made after the list was shown keeps it', async () => {
    const host = open();
    await addAndFill(host);
    await host.userEdit(ADDED[0], 'H40', '备注');
    const pane = host.reopen();
    const { stored } = await loadStoredUndo(pane, recognizer);
    const html = renderToStaticMarkup(<StoredUndoView stored={stored!} overwrite={false} onOverwrite={() => undefined} deleteEdited onDeleteEdited={() => undefined} />);
    expect(html).toContain(`撤销将删除工作表“${ADDED.join('”、“')}”。`);
    expect((await undoStored(pane, stored!, false, recognizer, true)).deletedSheets).toEqual(ADDED);

    const again = open();
    await addAndFill(again);
    await again.userEdit(ADDED[0], 'H40', '备注');
    const pane2 = again.reopen();
    const shown = (await loadStoredUndo(pane2, recognizer)).stored!;
    await again.userEdit(ADDED[0], 'H41', '后来补充的');
    const outcome = await undoStored(pane2, shown, false, recognizer, true);
    expect(outcome.deletedSheets).toEqual(ADDED.slice(1));
    expect(outcome.keptSheets[0]).toContain('H41 添加时为空白，现为“后来补充的”');
    expect((await pane2.readSnapshot()).sheets.some((s) => s.name === ADDED[0])).toBe(true);
  });

  it('the pane’s 撤销 stops, writing nothing, when an added sheet was typed into after the list was shown; the next 撤销 decides on the new list', async () => {
    const host = open();
    await addAndFill(host);
    const pane = host.reopen();
    const shown = (await loadStoredUndo(pane, recognizer)).stored!;
    expect(shown.sheets.every((s) => s.kind === 'removable')).toBe(true);
    await host.userEdit(ADDED[2], 'H40', '备注');
    const before = await pane.readSnapshot();
    const stopped = await undoUnlessUnseenEdits(pane, shown, false, recognizer, false);
    if (!('recheck' in stopped)) throw new Error('撤销 went ahead over an edit the user was not shown');
    expect(recheckText(stopped)).toBe(
      `尚未撤销：工作表“${ADDED[2]}”在添加后又被修改，修改已列在下面。勾选“也删除以上工作表”后点“撤销”会连同修改一起删除；不勾选直接点“撤销”则保留这些表、内容不变。`,
    );
    expect(await pane.readSnapshot()).toEqual(before);
    expect(await pane.readFillUndoXml()).not.toBeNull();
    expect(stopped.recheck.sheets.map((s) => s.kind)).toEqual(['removable', 'removable', 'edited']);
    // Shown now and ticked: all three go.
    const outcome = await undoUnlessUnseenEdits(pane, stopped.recheck, false, recognizer, true);
    expect('recheck' in outcome ? [] : outcome.deletedSheets).toEqual(ADDED);
  });

  it('with the workbook’s structure protected, 撤销 says so and writes nothing', async () => {
    const host = open();
    await addAndFill(host);
    const pane = host.reopen();
    const { stored } = await loadStoredUndo(pane, recognizer);
    host.protectStructure();
    const before = await pane.readSnapshot();
    await expect(undoStored(pane, stored!, false, recognizer)).rejects.toThrow(WorkbookProtectedError);
    await expect(undoStored(pane, stored!, false, recognizer)).rejects.toThrow(`工作簿结构受保护，无法删除工作表“${ADDED.join('”、“')}”`);
    expect(await pane.readSnapshot()).toEqual(before);
    expect(await pane.readFillUndoXml()).not.toBeNull();
  });

  it('right after 写入 (no reopen) the notice says 撤销 deletes the tables, and the record names them with their ids', async () => {
    const host = open();
    const add = adding();
    const { writes, rows, undo } = await writeWithAddedTables(host.gateway, add, new Set(), '2026-12-03T15:00:00.000Z');
    expect(addedNotice(add, writes, rows, '表1、表4、表5')).toMatch(/点击“撤销”可删除添加的表并恢复单元格（删除工作表会清空 Excel 的撤销记录）。$/);
    const record = fillUndoFromXml((await host.gateway.readFillUndoXml())!)!;
    const ids = await host.gateway.sheetIds();
    expect(record.addedSheets!.map((s) => ({ name: s.name, id: s.id }))).toEqual(ids.slice(-3));
    expect(record.addedSheets).toEqual(undo.addedSheets);
  });
});

describe('OfficeGateway over the fake Excel: an added sheet that is not the one the add-in added is never deleted', () => {
  function host(api: string) {
    const fake = FakeWorkbook.fromSnapshot(without);
    return { fake, gateway: new OfficeGateway(fakeHost(fake, api)), reopen: () => new OfficeGateway(fakeHost(fake, api)) };
  }

  it.each(['1.7', '1.20'])('ExcelApi %s: a renamed sheet stays, under its new name, with its content', async (api) => {
    const h = host(api);
    await writeWithAddedTables(h.gateway, adding(), new Set(), '2026-12-03T15:00:00.000Z');
    h.fake.renameSheet(ADDED[1], '我的表4');
    const pane = h.reopen();
    const kept = (await pane.readSnapshot()).sheets.find((s) => s.name === '我的表4');
    const { stored } = await loadStoredUndo(pane, recognizer);
    expect(stored!.sheets.map((s) => s.kind)).toEqual(['removable', 'renamed', 'removable']);
    const html = renderToStaticMarkup(<StoredUndoView stored={stored!} overwrite={false} onOverwrite={() => undefined} deleteEdited onDeleteEdited={() => undefined} />);
    expect(html).toContain(`工作表“${ADDED[1]}”已改名为“我的表4”，撤销时不删除，其中的内容不变`);
    const outcome = await undoStored(pane, stored!, true, recognizer, true);
    expect(outcome.deletedSheets).toEqual([ADDED[0], ADDED[2]]);
    expect(outcomeText(outcome)).toContain(`工作表“${ADDED[1]}”已改名为“我的表4”，撤销时不删除，其中的内容不变。`);
    expect((await pane.readSnapshot()).sheets.find((s) => s.name === '我的表4')).toEqual({ ...kept, name: '我的表4' });
  });

  it('a sheet that took the name of a deleted added sheet stays, even holding the very same cells, and even when the user ticks every box', async () => {
    const h = host('1.14');
    await writeWithAddedTables(h.gateway, adding(), new Set(), '2026-12-03T15:00:00.000Z');
    const copy = (await h.gateway.readSnapshot()).sheets.find((s) => s.name === ADDED[2])!;
    h.fake.deleteSheet(ADDED[2]);
    h.fake.addSheetFromSnapshot(copy); // the user's own sheet, same name and cells, another sheet
    const pane = h.reopen();
    const { stored } = await loadStoredUndo(pane, recognizer);
    expect(stored!.sheets.map((s) => s.kind)).toEqual(['removable', 'removable', 'replaced']);
    expect(addedSheetText(stored!.sheets[2])).toBe(`工作表“${ADDED[2]}”已不是填充添加的那张表（现在同名的工作表是另外建立的），撤销时不删除、不改动`);
    const mine = (await pane.readSnapshot()).sheets.find((s) => s.name === ADDED[2]);
    const outcome = await undoStored(pane, stored!, true, recognizer, true);
    expect(outcome.deletedSheets).toEqual(ADDED.slice(0, 2));
    expect((await pane.readSnapshot()).sheets.find((s) => s.name === ADDED[2])).toEqual(mine);
  });

  it.each(['1.7', '1.20'])('ExcelApi %s: after Excel closed and reopened the file (new sheet ids), 撤销 finds the added sheets by their hidden mark', async (api) => {
    const h = host(api);
    await writeWithAddedTables(h.gateway, adding(), new Set(), '2026-12-03T15:00:00.000Z');
    // The mark: a hidden sheet-level name holding the fill's time and the sheet's name, on each added sheet and no other.
    expect(h.fake.sheets.filter((s) => s.names.size > 0).map((s) => [s.name, [...s.names]])).toEqual(
      ADDED.map((n) => [n, [['_BudgetDisclosure_FillAdded', { formula: `="2026-12-03T15:00:00.000Z ${n}"`, visible: false }]]]),
    );
    const ids = h.fake.sheets.map((s) => s.id);
    h.fake.newSession();
    expect(h.fake.sheets.some((s) => ids.includes(s.id))).toBe(false);
    // In the new session the user renames the added 表4 and replaces 表5 with a sheet of their own of that name.
    h.fake.renameSheet(ADDED[1], '我的表4');
    const copy = (await h.gateway.readSnapshot()).sheets.find((s) => s.name === ADDED[2])!;
    h.fake.deleteSheet(ADDED[2]);
    h.fake.addSheetFromSnapshot(copy);
    const pane = h.reopen();
    const { stored } = await loadStoredUndo(pane, recognizer);
    expect(stored!.sheets.map((s) => s.kind)).toEqual(['removable', 'renamed', 'replaced']);
    const outcome = await undoStored(pane, stored!, true, recognizer, true);
    expect(outcome.deletedSheets).toEqual([ADDED[0]]);
    expect(await pane.sheetNames()).toEqual([...without.sheets.map((s) => s.name), '我的表4', ADDED[2]]);
  });

  it('a sheet renamed between the list and 撤销 is left: the write checks the id again', async () => {
    const h = host('1.14');
    await writeWithAddedTables(h.gateway, adding(), new Set(), '2026-12-03T15:00:00.000Z');
    const pane = h.reopen();
    const { stored } = await loadStoredUndo(pane, recognizer);
    const record = stored!.record;
    h.fake.renameSheet(ADDED[0], '改名后的表1');
    // Straight to the gateway with the list as shown: only sheets still of that name and id go.
    const { deletedSheets } = await pane.restore({ cells: [], insertedRows: [] }, record.addedSheets!.map((s) => ({ name: s.name, id: s.id })));
    expect(deletedSheets).toEqual(ADDED.slice(1));
    expect(await pane.sheetNames()).toContain('改名后的表1');
  });
});
