import { humanCheckReport } from '../../src/cli/humanReport';
import type { CheckResult } from '../../src/domain/checks/checkTypes';
import type { Finding } from '../../src/domain/findings/finding';
import type { RecognitionResult } from '../../src/domain/recognition/recognizedTable';

// Seed 000 prints 社会保障和就业支出 2,858.26 in the narrative; a table row summing to 2,858.25 is the
// kind of 尾数差异 check reports.
const rowSum: Finding = {
  severity: 'warning',
  rule: 'row-sum',
  table: 3,
  sheet: '预算公开表3',
  cell: 'C7',
  row: { code: '208', name: '社会保障和就业支出' },
  column: '合计',
  expected: '2858.25',
  actual: '2858.26',
  difference: '0.01',
  message: '合计列与基本支出、项目支出之和相差 0.01 万元',
};
const missingNote: Finding = {
  severity: 'error',
  rule: 'no-data-note',
  table: 3,
  sheet: '预算公开表3',
  cell: null,
  row: null,
  column: null,
  expected: null,
  actual: null,
  difference: null,
  message: '空表缺少“本表无数据”说明',
};

const recognition = {
  kind: 'budget',
  year: 2025,
  unit: '汾阳市社会保险中心',
  tables: [{ no: 3, title: '2025年预算支出总表', sheet: '预算公开表3', range: 'A1:E22' }],
  unrecognized: [],
  problems: [],
} as unknown as RecognitionResult;

it('groups by table, puts errors first and names cell, row, column and the figures', () => {
  const result: CheckResult = { recognition, findings: [rowSum, missingNote], counts: { errors: 1, warnings: 1, info: 0 } };
  const text = humanCheckReport('汾阳.xlsx', result);
  expect(text).toContain('【预算公开表3 2025年预算支出总表（工作表“预算公开表3”）】');
  expect(text.indexOf('[错误]')).toBeLessThan(text.indexOf('[提示]'));
  expect(text).toContain('单元格 预算公开表3!C7；行 208 社会保障和就业支出；列 合计');
  expect(text).toContain('应为 2,858.25；实为 2,858.26；差额 0.01');
  expect(text).toContain('合计：错误 1 个，提示 1 个，信息 0 个');
});
