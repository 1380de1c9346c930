import { recognize } from '../../../src/domain/recognition/recognize';
import { MemoryGateway } from '../../../src/excel/memoryGateway';
import { insertMissing, planInsertion, type TemplateForm } from '../../../src/taskpane/template/templateInsertion';
import { stepOutcome } from '../../../src/taskpane/template/useTemplateTab';
import { seedWorkbook } from '../../support/seedWorkbook';

const FORM: TemplateForm = { unit: '汾阳市社会保险中心', year: 2025, unitType: '事业单位', kind: 'budget', profile: 'shanxi-budget-13' };
const SET = '山西 单位预算公开（预算公开表1–13）';

/** Issue 18 item 5, as the 模板 tab's hook runs it on the memory workbook. */
describe('插入模板 twice', () => {
  it('fills an empty workbook, then the second time adds nothing and says so (no “(2)” set)', async () => {
    const gateway = new MemoryGateway();
    const first = await planInsertion(gateway, FORM);
    expect(first.kind).toBe('inserted');
    if (first.kind !== 'inserted') return;
    expect(first.set).toBe(SET);
    expect(first.added.map((a) => a.label)).toEqual(['说明参数', ...Array.from({ length: 13 }, (_, i) => `表${i + 1}`)]);
    expect(stepOutcome(first)).toEqual({ kind: 'success', text: `已插入“${SET}”：`, added: first.added, notices: [] });
    const sheets = await gateway.sheetNames();
    expect(sheets).toHaveLength(14);

    const second = await planInsertion(gateway, FORM);
    expect(second.kind).toBe('complete');
    expect(stepOutcome(second)?.text).toBe(`工作簿中已有“${SET}”的全部 13 张表和说明参数表，没有添加。要重新插入某张表，请先删除它所在的工作表或为其改名。`);
    expect(await gateway.sheetNames()).toEqual(sheets);
  });

  it('asks before adding to a workbook with part of the set, then adds only the missing sheets', async () => {
    // Seed 000 without its 表4 and 表7: the 11 tables and no 说明参数.
    const seed = seedWorkbook('000');
    const gone = recognize(seed).tables.filter((t) => t.no === 4 || t.no === 7).map((t) => t.sheet);
    const gateway = MemoryGateway.fromSnapshot({ sheets: seed.sheets.filter((s) => !gone.includes(s.name)) });
    const before = await gateway.readSnapshot();

    const asked = await planInsertion(gateway, FORM);
    expect(asked.kind).toBe('confirm');
    if (asked.kind !== 'confirm') return;
    expect(asked.adding.map((a) => a.name)).toEqual(['说明参数', '表4', '表7']);
    expect(asked.held).toContain('的 11 张表（表1、表2、表3、表5、表6、表8、');
    // Nothing is written while the user is asked.
    expect(await gateway.readSnapshot()).toEqual(before);

    const done = await insertMissing(gateway, FORM, asked.plan);
    expect(done.kind).toBe('inserted');
    if (done.kind !== 'inserted') return;
    expect(done.added.map((a) => a.label)).toEqual(['说明参数', '表4', '表7']);
    const after = await gateway.readSnapshot();
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    expect(after.sheets.map((s) => s.name).filter((n) => /\(\d\)$/.test(n))).toEqual([]);
    expect(recognize(after).tables.map((t) => t.no).sort((a, b) => a - b)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect((await planInsertion(gateway, FORM)).kind).toBe('complete');
  });
});
