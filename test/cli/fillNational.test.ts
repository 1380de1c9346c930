import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { layoutFromSnapshot } from '../../src/xlsx/snapshotLayout';
import { writeLayoutsToFile } from '../../src/xlsx/writeLayouts';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { shanghaiWorkbook } from '../support/shanghaiWorkbook';
import { withoutTables } from '../domain/fill/summaryMeasure';
import { cli } from './runCli';

jest.setTimeout(30000);

/** Issue 18 item 7 on the command line: `fill` on a national 部门决算 names its tables 表N, as they print. */
describe('fill on the 上海 2024 部门决算 (national 9-table set)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fill-national-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  async function save(wb: WorkbookSnapshot, name: string): Promise<string> {
    await writeLayoutsToFile(wb.sheets.map(layoutFromSnapshot), null, path.join(dir, name));
    return name;
  }
  const published = shanghaiWorkbook('planning-resources', { layout: 'sheetPerTable', names: 'cells', codes: 'three' });

  it('--add-missing: what it adds, writes and cannot derive is said with 表1/表4/表5, never 公开0N表', async () => {
    const input = await save(withoutTables(published, [1, 4, 5]), 'planning-without.xlsx');
    const r = await cli(['fill', input, '--out', 'planning-added.xlsx', '--add-missing'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('添加工作表“表5 一般公共预算财政拨款支出”：表5（按模板）');
    // The one 项 表2 and 表3 do not settle: named with its figures and the input that would settle it.
    expect(r.stdout).toContain(
      '说明：表5 2120101 行政运行（表3 支出 1,105.68，表2 财政拨款收入 1,092.80，相差 12.88） 无法由表3推算：该行的一般公共预算财政拨款支出不能由表2、表3确定；请填写这些行，或填写表4 年初、年末财政拨款结转和结余（一般公共预算，没有请填 0），再次填充可推算其上级科目和合计',
    );
    expect(r.stdout).toContain('说明：表1 结余分配、年末结转和结余 不在表2、表3中');
    expect(r.stdout.split('\n').filter((l) => /公开\d/.test(l))).toEqual([]);
  });

  it('conflicts with the published 表1 and 表4 name rows and tables in the national words', async () => {
    const input = await save(published, 'planning.xlsx');
    const r = await cli(['fill', input, '--out', 'planning-filled.xlsx'], dir);
    expect(r.stdout).toContain('表1 210 九、卫生健康支出 行“决算数”列：实为 236.63，按表3 210 卫生健康支出 行“本年支出合计”列应为 236.64，差额 -0.01');
    expect(r.stdout.split('\n').filter((l) => /公开\d/.test(l))).toEqual([]);
  });
});
