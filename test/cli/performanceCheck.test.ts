import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './runCli';
import { writeSeedXlsx } from './seedFiles';

/**
 * `check` on a real .xlsx of seed 001 with its 20 绩效目标表 (cli.md "Performance tables"): each is a
 * `tables` entry with `form`, `project` and no number; its findings carry `form` and `project`, `table` null.
 */
// Real .xlsx files written, read and checked: slow on a loaded machine, not a speed assertion.
jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bd-perf-'));
  await writeSeedXlsx('001', dir, '人社局.xlsx', { performance: true });
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

test('check --json lists the performance tables and their findings', async () => {
  const r = await cli(['check', '人社局.xlsx', '--json'], dir);
  expect(r.stderr).toBe('');
  const f = JSON.parse(r.stdout).files[0];
  const perf = f.tables.filter((t: { no: number | null }) => t.no === null);
  expect(perf).toHaveLength(20);
  expect(perf[0]).toEqual({
    no: null,
    title: '汾阳市县(区)级预算部门(单位)项目支出绩效目标表',
    sheet: expect.any(String),
    range: expect.stringMatching(/^A1:[A-Z]+\d+$/),
    form: 'performance/target',
    unit: '元',
    project: '2025年中央财政医疗服务与保障能力提升补助资金',
  });
  expect(f.tables.filter((t: { no: number | null }) => t.no !== null)).toHaveLength(13);
  const survivors = f.findings.find((x: { rule: string; project?: string }) => x.rule === 'performance-amount' && x.project === '退休人员遗属补助');
  expect(survivors).toMatchObject({ severity: 'error', table: null, form: 'performance/target', unit: '元', actual: '23040.00', expected: '20700.00' });
  for (const finding of f.findings) {
    const keys = ['actual', 'cell', 'column', 'difference', 'expected', 'message', 'row', 'rule', 'severity', 'sheet', 'table', 'unit'];
    const expected = [...keys, ...(finding.form !== undefined ? ['form', 'project'] : []), ...(finding.rounding === true ? ['rounding'] : [])];
    expect(Object.keys(finding).sort()).toEqual(expected.sort());
  }
  expect(r.code).toBe(1);
});

test('the human report heads each performance table by its project', async () => {
  const r = await cli(['check', '人社局.xlsx'], dir);
  expect(r.stdout).toContain('另有绩效表 20 张（项目支出绩效目标表 20 张）');
  expect(r.stdout).toContain('【项目支出绩效目标表“退休人员遗属补助”（工作表“');
  // Lines are wrapped to 120 columns (after punctuation): read them joined.
  expect(r.stdout.replace(/\n {4,}/g, '')).toMatch(/\[错误\] [A-Z]+\d+ 年度资金总额 行“年度”列：年度资金总额 23,040元（2\.30万元）与预算公开表12“遗属补助”合计 2\.07万元/);
});
