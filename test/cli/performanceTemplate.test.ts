import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbookFile } from '../../src/xlsx/readWorkbook';
import { recognize } from '../../src/domain/recognition/recognize';
import { cli } from './runCli';
import { writeSeedXlsx } from './seedFiles';

/**
 * `template --kind performance --from … --out …`: a copy of the budget workbook with a 绩效目标表 for
 * every 表12 line that has none; the input is never written, existing tables never repeated.
 */
// Real .xlsx files written, read and checked: slow on a loaded machine, not a speed assertion.
jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bd-perf-template-'));
  await writeSeedXlsx('001', dir, '人社局.xlsx', { performance: true });
  await writeSeedXlsx('002', dir, '社保中心.xlsx');
  await writeSeedXlsx('004', dir, '决算.xlsx');
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

test('001: the two 表12 lines without a table get one; the copy keeps every sheet and checks without coverage gaps', async () => {
  const before = await fs.readFile(path.join(dir, '人社局.xlsx'));
  const r = await cli(['template', '--kind', 'performance', '--from', '人社局.xlsx', '--out', '人社局-绩效.xlsx'], dir);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('新增 2 张项目支出绩效目标表（2025年度，汾阳市人力资源和社会保障局）');
  expect(r.stdout).toContain('工作表“绩效-2025年中央财政就业补助资金”');
  expect(r.stdout).toContain('已有绩效目标表的 20 个项目未重复生成');
  expect(await fs.readFile(path.join(dir, '人社局.xlsx'))).toEqual(before);

  const wb = await readWorkbookFile(path.join(dir, '人社局-绩效.xlsx'));
  const rec = recognize(wb);
  expect(rec.tables).toHaveLength(13);
  expect(rec.performance).toHaveLength(22);
  const added = rec.performance.find((t) => t.project === '单位长期聘用人员经费')!;
  expect(added.funding.annual!.total!.amount!.amount.value!.toString()).toBe('103200');
  // 实施期资金总额 is a formula in the file (SUM of its sources).
  const sheet = wb.sheets.find((s) => s.name === added.sheet)!;
  expect(sheet.formulas?.has('5,3')).toBe(true);

  const json = JSON.parse((await cli(['check', '人社局-绩效.xlsx', '--json'], dir)).stdout);
  const gaps = json.files[0].findings.filter((f: { rule: string; table: number | null }) => f.rule === 'performance-coverage' && f.table === 12);
  expect(gaps).toEqual([]);
});

test('a second run has nothing to add', async () => {
  const r = await cli(['template', '--kind', 'performance', '--from', '人社局-绩效.xlsx', '--out', '再来一次.xlsx'], dir);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('表12的 22 个项目都已有绩效目标表，未生成新表');
});

test('002 without tables: five, one per 表12 line; an existing --out is refused without --force', async () => {
  const r = await cli(['template', '--kind=performance', '--from', '社保中心.xlsx', '--out', '社保中心-绩效.xlsx'], dir);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('新增 5 张项目支出绩效目标表（2023年度，忻州市社会保险中心）');
  const again = await cli(['template', '--kind', 'performance', '--from', '社保中心.xlsx', '--out', '社保中心-绩效.xlsx'], dir);
  expect(again.code).toBe(2);
  expect(again.stderr).toContain('已存在，未覆盖');
});

test('a workbook without 表12, and bad arguments, exit 2 with a reason', async () => {
  const r = await cli(['template', '--kind', 'performance', '--from', '决算.xlsx', '--out', 'x.xlsx'], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('没有找到预算公开表12');
  const same = await cli(['template', '--kind', 'performance', '--from', '决算.xlsx', '--out', '决算.xlsx'], dir);
  expect(same.code).toBe(2);
  const noFrom = await cli(['template', '--kind', 'performance', '--out', 'y.xlsx'], dir);
  expect(noFrom.code).toBe(2);
  expect(noFrom.stderr).toContain('--from');
});
