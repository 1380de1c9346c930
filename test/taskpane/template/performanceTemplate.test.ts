import { recognize } from '../../../src/domain/recognition/recognize';
import { MemoryGateway } from '../../../src/excel/memoryGateway';
import { insertionText, insertPerformanceTemplates } from '../../../src/taskpane/template/performanceTemplate';
import { seedWorkbook } from '../../support/seedWorkbook';

/** 模板 › 绩效目标表 on the memory gateway: what the button inserts, and that it never repeats or replaces. */
test('seed 001 with its 20 tables: two new sheets, recognised as the missing projects; a second click adds nothing', async () => {
  const gateway = MemoryGateway.fromSnapshot(seedWorkbook('001', { performance: true }));
  const before = (await gateway.readSnapshot()).sheets.map((s) => s.name);
  const r = await insertPerformanceTemplates(gateway);
  expect(r).toEqual({ kind: 'inserted', sheets: ['绩效-2025年中央财政就业补助资金', '绩效-单位长期聘用人员经费'], covered: 20, notices: [] });
  expect(insertionText(r)).toBe('已插入 2 张项目支出绩效目标表：绩效-2025年中央财政就业补助资金、绩效-单位长期聘用人员经费；已有表的 20 个项目未重复生成');
  const after = await gateway.readSnapshot();
  expect(after.sheets.map((s) => s.name)).toEqual([...before, ...(r.kind === 'inserted' ? r.sheets : [])]);
  const rec = recognize(after);
  expect(rec.performance.filter((t) => t.sheet.startsWith('绩效-')).map((t) => t.project)).toEqual(['2025年中央财政就业补助资金', '单位长期聘用人员经费']);
  // 实施期资金总额 is a formula in the workbook.
  expect(after.sheets.find((s) => s.name === '绩效-单位长期聘用人员经费')!.formulas?.has('5,3')).toBe(true);
  const again = await insertPerformanceTemplates(gateway);
  expect(again).toEqual({ kind: 'nothing', covered: 22 });
  expect(insertionText(again)).toBe('表12的 22 个项目都已有绩效目标表，未插入新表。');
});

test('a 决算 workbook has no 表12: nothing is inserted, and the pane says why', async () => {
  const gateway = MemoryGateway.fromSnapshot(seedWorkbook('004'));
  const r = await insertPerformanceTemplates(gateway);
  expect(r.kind).toBe('refused');
  expect(insertionText(r)).toContain('没有找到预算公开表12');
  expect((await gateway.readSnapshot()).sheets).toHaveLength(seedWorkbook('004').sheets.length);
});
