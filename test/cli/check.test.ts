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
      // Exactly the documented fields, and `rounding` on a 尾数差异: `cells` and `detail` (what the human report is built from) stay out.
      const keys = ['actual', 'cell', 'column', 'difference', 'expected', 'message', 'row', 'rule', 'severity', 'sheet', 'table', 'unit'];
      expect(Object.keys(finding).sort()).toEqual((finding.rounding === true ? [...keys, 'rounding'] : keys).sort());
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

  it('marks each 尾数差异 "rounding": true and keeps its severity, as the report counts them', async () => {
    const f = JSON.parse((await cli(['check', '汾阳市社会保险中心.xlsx', '--json'], dir)).stdout).files[0];
    const rounding = f.findings.filter((x: { rounding?: boolean }) => x.rounding === true);
    // The seed as published: 22 sums off by 0.01, every one a 尾数差异, none an error.
    expect(rounding).toHaveLength(22);
    for (const x of rounding) {
      expect(x.severity).toBe('warning');
      expect(x.message).toContain('尾数差异');
      expect(['0.01', '-0.01']).toContain(x.difference);
    }
    for (const x of f.findings.filter((y: { rounding?: boolean }) => y.rounding !== true)) expect(x.message).not.toContain('尾数差异');
    const r = await cli(['check', '汾阳市社会保险中心.xlsx'], dir);
    expect(r.stdout).toContain(`结果：错误 0 个 · 尾数差异 22 个 · 提示 ${f.summary.warnings - 22} 个 · 信息 ${f.summary.info} 个`);
  });

  it('human output is Chinese, summary first, grouped by table; --verbose lists every finding', async () => {
    const r = await cli(['check', '汾阳市社会保险中心.xlsx'], dir);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['== 汾阳市社会保险中心.xlsx', '   汾阳市社会保险中心 · 2025年 · 预算公开', '   识别到 13 张表：预算公开表1–13，没有缺少']);
    const verbose = await cli(['check', '汾阳市社会保险中心.xlsx', '--verbose'], dir);
    const json = JSON.parse((await cli(['check', '汾阳市社会保险中心.xlsx', '--json'], dir)).stdout);
    // Every finding's cell appears, under its table or named in a line of a slip several tables share.
    for (const f of json.files[0].findings.filter((x: { cell: string | null }) => x.cell)) {
      expect(verbose.stdout).toMatch(new RegExp(`(\\] |表${f.table} )${f.cell}[ ：、]`));
    }
    expect(verbose.stdout.length).toBeGreaterThan(r.stdout.length);
  });
});

describe('check on a folder', () => {
  const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  beforeAll(async () => {
    await writeSeedXlsx('002', dir, '批量/丁/忻州市社会保险中心.xlsx');
    await fs.writeFile(path.join(dir, '批量/旧版.xls'), ole);
    await fs.writeFile(path.join(dir, '批量/金山.et'), ole);
    await fs.writeFile(path.join(dir, '批量/~$打开中.xlsx'), 'lock');
  });
  const paths = (...parts: string[]) => path.join('批量', ...parts);

  it('lists every file in `files`, those it could not read with "error", and counts them in `summary`', async () => {
    const r = await cli(['check', '批量', '--json'], dir);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.files.map((f: { file: string }) => f.file)).toEqual([
      paths('丁', '忻州市社会保险中心.xlsx'),
      paths('乙.xlsx'),
      paths('旧版.xls'),
      paths('甲', '汾阳市社会保险中心.xlsx'),
      paths('金山.et'),
    ]);
    const byFile = new Map<string, { error?: string; unit: string | null; findings: unknown[] }>(out.files.map((f: { file: string }) => [f.file, f]));
    expect(byFile.get(paths('甲', '汾阳市社会保险中心.xlsx'))!.unit).toBe('汾阳市社会保险中心');
    expect(byFile.get(paths('甲', '汾阳市社会保险中心.xlsx'))).not.toHaveProperty('error');
    expect(byFile.get(paths('乙.xlsx'))!.error).toContain('不是 Excel 工作簿');
    expect(byFile.get(paths('旧版.xls'))!.error).toMatch(/旧版 Excel（\.xls）文件，请在 Excel 中打开，另存为.*\.xlsx/);
    expect(byFile.get(paths('金山.et'))!.error).toMatch(/WPS 表格（\.et）文件，请在 WPS 中打开，另存为.*\.xlsx/);
    for (const f of out.files.filter((x: { error?: string }) => x.error)) {
      expect(f).toMatchObject({ kind: null, year: null, unit: null, tables: [], findings: [], summary: { errors: 0, warnings: 0, info: 0 } });
    }
    expect(out.summary).toMatchObject({ files: 5, unreadable: 3 });
    expect(out.summary.warnings).toBe(out.files.reduce((n: number, f: { summary: { warnings: number } }) => n + f.summary.warnings, 0));
    // stderr repeats each unreadable file in one line (for scripts that watch it); nothing is only there.
    expect(r.stderr.trim().split('\n')).toEqual([paths('乙.xlsx'), paths('旧版.xls'), paths('金山.et')].map((f) => expect.stringMatching(new RegExp(`^无法读取 ${f.replace(/[.$]/g, '\\$&')}：`))));
  });

  it('reports a folder as a table first, one row per file, unreadable files and errors first', async () => {
    const r = await cli(['check', '批量'], dir);
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('共 5 个文件：已检查 2 个，无法读取 3 个');
    expect(lines[1]).toMatch(/^合计：错误 0 个 · 尾数差异 \d+ 个 · 提示 \d+ 个 · 信息 \d+ 个；有错误的文件 0 个$/);
    expect(lines[3]).toMatch(/^文件 +单位 +年度 +类型 +错误 +尾数差异 +提示$/);
    const rows = lines.slice(4, 9);
    expect(rows.map((l) => l.split(/\s+/)[0])).toEqual([paths('乙.xlsx'), paths('旧版.xls'), paths('金山.et'), paths('丁', '忻州市社会保险中心.xlsx'), paths('甲', '汾阳市社会保险中心.xlsx')]);
    expect(rows[1]).toContain('无法读取，这是旧版 Excel（.xls）文件');
    expect(rows[3]).toMatch(/忻州市社会保险中心 +2023 +预算公开 +0 +\d+ +\d+$/);
    // Then each file's report, in the table's order.
    const heads = lines.filter((l) => l.startsWith('== '));
    expect(heads).toEqual(rows.map((l) => `== ${l.split(/\s+/)[0]}`));
  });
});
