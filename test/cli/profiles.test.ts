import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { layoutFromSnapshot } from '../../src/xlsx/snapshotLayout';
import { writeLayoutsToFile } from '../../src/xlsx/writeLayouts';
import { shanghaiWorkbook } from '../support/shanghaiWorkbook';
import { yuanBudgetWorkbook } from '../support/yuanBudgetWorkbook';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { cli } from './runCli';

jest.setTimeout(30000);

/** cli.md Additions “Profiles, forms and units”: profile, form and unit in check --json; template --profile. */
describe('profiles on the command line', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'profiles-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function save(wb: WorkbookSnapshot, name: string): Promise<string> {
    await writeLayoutsToFile(wb.sheets.map(layoutFromSnapshot), wb.metadata ?? null, path.join(dir, name));
    return name;
  }

  it('check --json on the 上海 2024 部门决算: national-final-9, each table its form and 万元, no error', async () => {
    const file = await save(shanghaiWorkbook('social-work'), 'social-work.xlsx');
    const r = await cli(['check', file, '--json'], dir);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.profile).toBe('national-final-9');
    expect([f.kind, f.year, f.unit]).toEqual(['final', 2024, '中共上海市普陀区委社会工作部']);
    expect(f.tables.map((t: { no: number; form: string; unit: string }) => [t.no, t.form, t.unit])).toEqual([
      [1, 'national-final/01-summary', '万元'],
      [2, 'national-final/02-income', '万元'],
      [3, 'national-final/03-expense', '万元'],
      [4, 'national-final/04-fiscal-summary', '万元'],
      [5, 'national-final/05-gpb-expense', '万元'],
      [6, 'national-final/06-basic-detail', '万元'],
      [7, 'national-final/07-three-public', '万元'],
      [8, 'national-final/08-gov-fund', '万元'],
      [9, 'national-final/09-soe', '万元'],
    ]);
    expect(f.summary.errors).toBe(0);
    expect(r.code).toBe(0);
  });

  it('the report of a national set names its tables 表1–9 as they print, never 公开0N表', async () => {
    const file = await save(shanghaiWorkbook('planning-resources'), 'planning.xlsx');
    const r = await cli(['check', file, '--verbose'], dir);
    expect(r.stdout).toContain('识别到 9 张表：表1–9');
    // Its published 尾数差异 (表1 210 against 表3) are listed under headings with the national labels.
    expect(r.stdout).toMatch(/【表1 /);
    expect(r.stdout).not.toMatch(/公开0\d表/);
  });

  it('check --json on a 元 budget: findings carry the unit of their table', async () => {
    const file = await save(yuanBudgetWorkbook(), 'yuan.xlsx');
    const f = JSON.parse((await cli(['check', file, '--json'], dir)).stdout).files[0];
    expect(f.profile).toBe('national-budget-9');
    expect(f.tables.find((t: { no: number }) => t.no === 7).unit).toBe('万元');
    const catalog = f.findings.filter((x: { rule: string }) => x.rule === 'catalog');
    expect(catalog.length).toBeGreaterThan(0);
    expect(new Set(catalog.map((x: { unit: string }) => x.unit))).toEqual(new Set(['元']));
  });

  it('template --profile national-final-9 writes the 9 tables, recognised as that profile', async () => {
    const r = await cli(['template', '--profile', 'national-final-9', '--year', '2024', '--unit', '上海市某某局', '--out', 'n9.xlsx'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('共 10 个工作表');
    const f = JSON.parse((await cli(['check', 'n9.xlsx', '--json'], dir)).stdout).files[0];
    expect([f.profile, f.tables.length]).toEqual(['national-final-9', 9]);
  });

  it('template rejects an unknown profile or one of the other kind', async () => {
    expect((await cli(['template', '--profile', 'guangdong-final-8', '--year', '2024', '--unit', 'X', '--out', 'x.xlsx'], dir)).code).toBe(2);
    expect((await cli(['template', '--kind', 'budget', '--profile', 'national-final-9', '--year', '2024', '--unit', 'X', '--out', 'x.xlsx'], dir)).code).toBe(2);
  });
});
