import { renderToStaticMarkup } from 'react-dom/server';
import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { fillWithAddedTables, missingSummaryTables } from '../../../src/domain/fill/missingSummaryTables';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { MemoryGateway } from '../../../src/excel/memoryGateway';
import { SheetExistsError } from '../../../src/excel/workbookGateway';
import { addedNotice, writeWithAddedTables } from '../../../src/taskpane/fill/addMissingTables';
import { loadStoredUndo, undoStored } from '../../../src/taskpane/fill/fillUndo';
import { MissingTablesOffer } from '../../../src/taskpane/fill/MissingTablesOffer';
import { trimmed } from '../../excel/gatewayContract';
import { recreatedByRow, withoutTables } from '../../domain/fill/summaryMeasure';
import { seedWorkbook } from '../../support/seedWorkbook';

const SUMMARY = [1, 4, 5];
const published = seedWorkbook('000');
const without = withoutTables(published, SUMMARY);

function plan(wb: WorkbookSnapshot) {
  const rec = recognize(wb);
  return fillWithAddedTables(wb, rec, builtinCatalog(2025));
}

/** Issue 18 item 15 in the 填充 tab: absent summary tables offered from the template, added only on 写入. */
describe('填充 offers the absent 表1, 表4, 表5 (seed 000 without their sheets)', () => {
  it('names them and offers to add them; adding nothing until asked', () => {
    const html = renderToStaticMarkup(<MissingTablesOffer missing={missingSummaryTables(recognize(without))} adding={null} busy={false} onOffer={() => undefined} onDecline={() => undefined} />);
    expect(html).toContain('缺少表1、表4、表5。');
    expect(html).toContain('从模板添加并填入可推算的行');
  });

  it('lists the sheets it would add, each with the cells it fills', () => {
    const adding = plan(without);
    const html = renderToStaticMarkup(<MissingTablesOffer missing={null} adding={adding} busy={false} onOffer={() => undefined} onDecline={() => undefined} />);
    expect(html).toContain('添加工作表“表1 预算收支总表”：表1（按模板），填入可推算的');
    expect(html).toContain('添加工作表“表5 一般公共预算支出表”：表5（按模板）');
    expect(html).toContain('不添加');
  });

  it('says there is nothing to add from when 表2 and 表3 are missing too', () => {
    const bare = withoutTables(published, [1, 2, 3, 4, 5]);
    const html = renderToStaticMarkup(<MissingTablesOffer missing={missingSummaryTables(recognize(bare))} adding={null} busy={false} onOffer={() => undefined} onDecline={() => undefined} />);
    expect(html).toContain('缺少表1、表4、表5：它们由表2、表3推算，而工作簿中也没有表2、表3；请先插入模板或粘贴这些表。');
    expect(html).not.toContain('从模板添加');
  });

  it('写入 adds the sheets after the workbook’s own, fills them, and 撤销 deletes them again', async () => {
    const g = MemoryGateway.fromSnapshot(without);
    const adding = plan(without);
    const { writes, rows } = await writeWithAddedTables(g, adding, new Set(), '2026-12-03T15:00:00.000Z');
    expect(addedNotice(adding, writes, rows, '表1、表4、表5')).toMatch(/^已添加 3 张表（表1、表4、表5），写入 \d+ 个单元格。/);
    const after = await g.readSnapshot();
    expect(after.sheets.map((s) => s.name)).toEqual([...without.sheets.map((s) => s.name), '表1 预算收支总表', '表4 财政拨款收支总表', '表5 一般公共预算支出表']);
    without.sheets.forEach((s, i) => expect(trimmed(after.sheets[i].values)).toEqual(trimmed(s.values)));
    const m = recreatedByRow(published, after, SUMMARY);
    expect(m.missed).toEqual([]);
    expect(m.rows).toBe(32);

    const { stored } = await loadStoredUndo(g, async () => recognize);
    // Every write went into the added sheets: 撤销 deletes them (test/taskpane/fill/addedSheetsUndo.test.tsx).
    expect(stored!.record.cells.length).toBe(writes);
    expect(stored!.sheets.map((s) => s.kind)).toEqual(['removable', 'removable', 'removable']);
    await undoStored(g, stored!, false, async () => recognize);
    const undone = await g.readSnapshot();
    expect(recreatedByRow(published, undone, SUMMARY).recreated).toBe(0);
    expect(undone.sheets.map((s) => s.name)).toEqual(without.sheets.map((s) => s.name));
  });

  it('writes nothing when a sheet of that name appeared since the preview', async () => {
    const g = MemoryGateway.fromSnapshot(without);
    const adding = plan(without);
    await g.writeLayouts([{ ...adding.added[1].layout, cells: [] }]);
    const before = await g.readSnapshot();
    await expect(writeWithAddedTables(g, adding, new Set(), '2026-12-03T15:00:00.000Z')).rejects.toBeInstanceOf(SheetExistsError);
    expect(await g.readSnapshot()).toEqual(before);
    expect(await g.readFillUndoXml()).toBeNull();
  });
});
