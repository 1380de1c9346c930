import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { cli } from './runCli';
import { writeSeedXlsx } from './seedFiles';

/** `check DIR --report summary.xlsx` (cli.md "Folders"): a 汇总 sheet, one row per file, and a sheet of findings. */
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bd-report-'));
  await writeSeedXlsx('000', dir, '各单位/汾阳市社会保险中心.xlsx');
  await writeSeedXlsx('004', dir, '各单位/汾阳市社会保险中心-决算.xlsx');
  await fs.writeFile(path.join(dir, '各单位', '旧版.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function sheets(file: string): Promise<Record<string, (string | number | null)[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, (string | number | null)[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: (string | number | null)[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v === undefined || v === null ? null : typeof v === 'object' ? String(v) : (v as string | number)));
    });
    out[ws.name] = rows;
  }
  return out;
}

describe('check --report', () => {
  it('writes 汇总 (one row per file, the counts in the four words) and 问题 (one row per finding, as --json lists them)', async () => {
    const r = await cli(['check', '各单位', '--report', '汇总.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('已写入校验汇总：汇总.xlsx');
    const json = JSON.parse((await cli(['check', '各单位', '--json'], dir)).stdout);
    const book = await sheets(path.join(dir, '汇总.xlsx'));
    expect(Object.keys(book)).toEqual(['汇总', '问题']);

    const summary = book['汇总'];
    expect(summary[2]).toEqual(['序号', '文件', '单位', '年度', '类型', '表套', '识别的表', '缺少的表', '错误', '尾数差异', '提示', '信息', '无法读取的原因']);
    const rows = summary.slice(3);
    expect(rows).toHaveLength(3);
    // The unreadable file first, with why; then each workbook with its unit, year, kind, profile and counts.
    expect(rows[0].slice(0, 2)).toEqual([1, path.join('各单位', '旧版.xls')]);
    expect(rows[0][12]).toContain('另存为');
    for (const row of rows.slice(1)) {
      const f = json.files.find((x: { file: string }) => x.file === row[1]);
      const rounding = f.findings.filter((x: { rounding?: boolean }) => x.rounding).length;
      expect(row.slice(2, 7)).toEqual([f.unit, f.year, f.kind === 'budget' ? '预算公开' : '决算公开', f.profile, f.tables.length]);
      expect(row.slice(8, 12)).toEqual([f.summary.errors, rounding, f.summary.warnings - rounding, f.summary.info]);
    }

    const findings = book['问题'];
    expect(findings[2]).toEqual(['序号', '文件', '单位', '类别', '表', '单元格', '行', '列', '实为', '应为', '差额', '金额单位', '规则', '说明']);
    const listed = findings.slice(3);
    expect(listed).toHaveLength(json.files.reduce((n: number, f: { findings: unknown[] }) => n + f.findings.length, 0));
    const first = json.files.find((x: { file: string }) => x.file.endsWith('汾阳市社会保险中心.xlsx')).findings.find((x: { rounding?: boolean }) => x.rounding);
    const row = listed.find((l) => l[1] === path.join('各单位', '汾阳市社会保险中心.xlsx') && l[5] === `${first.sheet}!${first.cell}` && l[7] === first.column)!;
    // Amounts are numbers, in the order 实为, 应为, 差额.
    expect(row.slice(3, 12)).toEqual(['尾数差异', `预算公开表${first.table}`, `${first.sheet}!${first.cell}`, `${first.row.code ? `${first.row.code} ` : ''}${first.row.name}`, first.column, Number(first.actual), Number(first.expected), Number(first.difference), '万元']);
  }, 60000);

  it('never replaces an existing file without --force, nor one of the workbooks checked', async () => {
    await fs.writeFile(path.join(dir, '已有.xlsx'), '用户的文件');
    const r = await cli(['check', '各单位', '--report', '已有.xlsx'], dir);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('已有.xlsx 已存在，未覆盖；确需覆盖请加 --force\n');
    expect(await fs.readFile(path.join(dir, '已有.xlsx'), 'utf8')).toBe('用户的文件');
    const input = path.join('各单位', '汾阳市社会保险中心.xlsx');
    const before = await fs.readFile(path.join(dir, input));
    const onInput = await cli(['check', '各单位', '--report', input, '--force'], dir);
    expect(onInput.code).toBe(2);
    expect(onInput.stderr).toContain(`--report 不能是输入文件本身：${input} 与 ${input} 是同一个文件`);
    expect((await fs.readFile(path.join(dir, input))).equals(before)).toBe(true);
  }, 60000);
});
