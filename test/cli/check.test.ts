import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './runCli';
import { writeSeedXlsx } from './seedFiles';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bd-check-'));
  await writeSeedXlsx('000', dir, '汾阳市社会保险中心.xlsx');
  await writeSeedXlsx('000', dir, '批量/甲/汾阳市社会保险中心.xlsx');
  await fs.writeFile(path.join(dir, '批量/乙.xlsx'), '这不是工作簿');
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('check --json on the 汾阳市社会保险中心 2025 budget (seed 000)', () => {
  it('has the documented shape', async () => {
    const r = await cli(['check', '汾阳市社会保险中心.xlsx', '--json'], dir);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['files', 'summary']);
    expect(out.files).toHaveLength(1);
    const f = out.files[0];
    // cli.md plus its Additions: `profile` on the file, `form` and `unit` on each table and finding.
    expect(Object.keys(f).sort()).toEqual(['file', 'findings', 'kind', 'profile', 'summary', 'tables', 'unit', 'year']);
    expect(f.profile).toBe('shanxi-budget-13');
    expect(f.file).toBe('汾阳市社会保险中心.xlsx');
    expect(f.kind).toBe('budget');
    expect(f.year).toBe(2025);
    expect(f.unit).toBe('汾阳市社会保险中心');
    // The seed publishes 预算公开表1…13; each recognised from its title.
    const nos = f.tables.map((t: { no: number }) => t.no);
    expect(nos).toContain(1);
    expect(nos).toContain(3);
    const t3 = f.tables.find((t: { no: number }) => t.no === 3);
    expect(t3.title).toContain('2025年');
    expect(t3.range).toMatch(/^A\d+:[A-Z]+\d+$/);
    expect(t3.form).toBe('budget/03-expense');
    expect(t3.unit).toBe('万元');
    for (const finding of f.findings) {
      // Exactly the documented fields: `cells` and `detail` (what the human report is built from) stay out.
      expect(Object.keys(finding).sort()).toEqual(
        ['actual', 'cell', 'column', 'difference', 'expected', 'message', 'row', 'rule', 'severity', 'sheet', 'table', 'unit'],
      );
      if (finding.table !== null) expect(finding.unit).toBe('万元');
      expect(['error', 'warning', 'info']).toContain(finding.severity);
      for (const k of ['expected', 'actual', 'difference']) {
        if (finding[k] !== null) expect(finding[k]).toMatch(/^-?\d+\.\d{2}$/);
      }
    }
    expect(out.summary.files).toBe(1);
    expect(out.summary.errors).toBe(f.summary.errors);
    expect(r.code).toBe(f.summary.errors > 0 ? 1 : 0);
  });

  it('human output is Chinese and grouped by table', async () => {
    const r = await cli(['check', '汾阳市社会保险中心.xlsx'], dir);
    expect(r.stdout).toContain('汾阳市社会保险中心');
    expect(r.stdout).toMatch(/识别到 \d+ 张表/);
    // One line per finding, the same findings --json lists.
    const json = JSON.parse((await cli(['check', '汾阳市社会保险中心.xlsx', '--json'], dir)).stdout);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('  ['))).toHaveLength(json.files[0].findings.length);
  });
});

describe('check on a folder', () => {
  it('checks every .xlsx below it and one bad file does not stop the others', async () => {
    const r = await cli(['check', '批量', '--json'], dir);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.files.map((f: { file: string }) => f.file)).toEqual([path.join('批量', '甲', '汾阳市社会保险中心.xlsx')]);
    expect(out.files[0].unit).toBe('汾阳市社会保险中心');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining(path.join('批量', '乙.xlsx'))]);
  });
});
