import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './runCli';
import { writeSeedXlsx } from './seedFiles';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bd-catalog-'));
  await writeSeedXlsx('000', dir, '单位.xlsx');
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('check --catalog', () => {
  it('uses the imported names over the built-in ones and reports names that differ from it', async () => {
    // A bureau's catalog that (say) renamed 2080109; the workbook still prints the old name.
    await fs.writeFile(path.join(dir, '科目表.csv'), '\uFEFF科目编码,科目名称\n208,社会保障和就业支出\n20801,人力资源和社会保障管理事务\n2080109,社会保险经办机构（新）\n', 'utf8');
    const withCatalog = JSON.parse((await cli(['check', '单位.xlsx', '--json', '--catalog', '科目表.csv'], dir)).stdout);
    const names = withCatalog.files[0].findings.filter((f: { rule: string }) => f.rule === 'catalog');
    expect(names.map((f: { row: { code: string } }) => f.row.code)).toContain('2080109');
    expect(names.find((f: { row: { code: string } }) => f.row.code === '2080109').message).toContain('社会保险经办机构（新）');
    const without = JSON.parse((await cli(['check', '单位.xlsx', '--json'], dir)).stdout);
    expect(without.files[0].findings.filter((f: { rule: string }) => f.rule === 'catalog')).toEqual([]);
  });

  it('says in one line when the catalog file cannot be read', async () => {
    const r = await cli(['check', '单位.xlsx', '--catalog', '没有.csv'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('没有.csv');
  });
});
