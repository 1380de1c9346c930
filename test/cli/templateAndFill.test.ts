import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './runCli';
import { writeSeedXlsx } from './seedFiles';
import { readWorkbookFile } from '../../src/xlsx/readWorkbook';
import { layoutFromSnapshot } from '../../src/xlsx/snapshotLayout';
import { writeLayoutsToFile } from '../../src/xlsx/writeLayouts';
import { blankTables, tableOf } from '../domain/fill/blankTables';
import { seedWorkbook } from '../support/seedWorkbook';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bd-tpl-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const TEMPLATE = ['template', '--kind', 'budget', '--year', '2025', '--unit', '汾阳市社会保险中心', '--out', '模板.xlsx'];

describe('template', () => {
  it('writes a workbook the reader recognises, with its metadata', async () => {
    const r = await cli(TEMPLATE, dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const wb = await readWorkbookFile(path.join(dir, '模板.xlsx'));
    expect(wb.metadata?.unit).toBe('汾阳市社会保险中心');
    expect(wb.metadata?.year).toBe(2025);
    expect(wb.sheets.length).toBeGreaterThanOrEqual(14); // 表1–13 + 说明参数
  });

  it('refuses to overwrite without --force (exit 2, file unchanged)', async () => {
    const file = path.join(dir, '模板.xlsx');
    const before = await fs.readFile(file);
    const r = await cli(TEMPLATE, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('已存在');
    expect((await fs.readFile(file)).equals(before)).toBe(true);
    expect((await cli([...TEMPLATE, '--force'], dir)).code).toBe(0);
  });
});

describe('fill', () => {
  it('never writes over its input', async () => {
    const input = await writeSeedXlsx('000', dir, '原表.xlsx');
    const before = await fs.readFile(input);
    const same = await cli(['fill', '原表.xlsx', '--out', '原表.xlsx'], dir);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('不能是输入文件本身');
    const r = await cli(['fill', '原表.xlsx', '--out', '已填.xlsx'], dir);
    expect([0, 1]).toContain(r.code);
    expect((await fs.readFile(input)).equals(before)).toBe(true);
    const filled = await readWorkbookFile(path.join(dir, '已填.xlsx'));
    expect(filled.sheets.length).toBe((await readWorkbookFile(input)).sheets.length);
  });
});

describe('fill’s console output', () => {
  it('prints amounts as the check report does (2,911.06, not 2911.06)', async () => {
    const blanked = blankTables(seedWorkbook('000', { layout: 'sheetPerTable', amounts: 'number' }), [1, 4]);
    await writeLayoutsToFile(blanked.sheets.map(layoutFromSnapshot), null, path.join(dir, '表1表4空白.xlsx'));
    const r = await cli(['fill', '表1表4空白.xlsx', '--out', '表1表4已填.xlsx'], dir);
    const values = r.stdout.split('\n').filter((l) => l.includes(' ← ')).map((l) => /← (.*)（/.exec(l)![1]);
    expect(values.length).toBeGreaterThan(20);
    // Every amount with separators and two decimals (0 as the report prints it); no 2911.06 or 1187.2.
    for (const v of values) expect(v).toMatch(/^(-?\d{1,3}(,\d{3})*\.\d{2}|0)$/);
    expect(values).toContain('2,911.06');
    expect(values).toContain('2,858.26');
  });
});

describe('fill’s conflicts on the console', () => {
  it('are the pane’s sentences: table, row (code and name), column, 实为, 应为 with its source, 差额, and the cell', async () => {
    const wb = seedWorkbook('000', { layout: 'sheetPerTable', amounts: 'number' });
    const t1 = tableOf(wb, 1);
    // 表1 八、社会保障和就业支出 2025年合计: published 2858.26, typed as 2858.00.
    const typed = { ...wb, sheets: wb.sheets.map((s) => (s.name === t1.sheet ? { ...s, values: s.values.map((r, i) => (i === 13 ? r.map((v, c) => (c === 3 ? 2858 : v)) : r)) } : s)) };
    await writeLayoutsToFile(typed.sheets.map(layoutFromSnapshot), null, path.join(dir, '表1有误.xlsx'));
    const r = await cli(['fill', '表1有误.xlsx', '--out', '表1有误已填.xlsx'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `  表1 208 八、社会保障和就业支出 行“2025年合计”列：实为 2,858.00，按表3 208 社会保障和就业支出 行“合计”列应为 2,858.26，差额 -0.26（${t1.sheet}!D14）\n`,
    );
    expect(r.stdout).not.toContain('推算应为');
  });
});
