import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './runCli';
import { readWorkbookFile } from '../../src/xlsx/readWorkbook';
import { layoutFromSnapshot } from '../../src/xlsx/snapshotLayout';
import { writeLayoutsToFile } from '../../src/xlsx/writeLayouts';
import { recognize } from '../../src/domain/recognition/recognize';
import { seedWorkbook, type SeedId } from '../support/seedWorkbook';
import { newErrors, recreatedByRow, withoutTables } from '../domain/fill/summaryMeasure';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bd-add-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const SUMMARY = [1, 4, 5];

/** A seed saved as .xlsx with the sheets of 表1, 表4 and 表5 (公开01/04/05表) deleted. */
async function seedWithout(id: SeedId): Promise<string> {
  const wb = withoutTables(seedWorkbook(id, { layout: 'sheetPerTable', amounts: 'number' }), SUMMARY);
  const name = `${id}无汇总表.xlsx`;
  await writeLayoutsToFile(wb.sheets.map(layoutFromSnapshot), null, path.join(dir, name));
  return name;
}

/** Issue 18 item 15: fill names absent summary tables, and with --add-missing adds them filled. */
describe('fill with the summary tables deleted', () => {
  it('without --add-missing: names the missing tables and says how to add them, adding nothing', async () => {
    const input = await seedWithout('000');
    const r = await cli(['fill', input, '--out', '000不加.xlsx'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('缺少表1、表4、表5：加 --add-missing 可从模板添加这些表并填入可推算的行');
    // The command it suggests is the one to run next: no --force, since nothing was written.
    expect(r.stdout).toContain(`budget-disclosure fill ${input} --out 000不加.xlsx --add-missing\n`);
    // Seed 000's other tables are complete: nothing else to fill, so no copy that only looks like a result.
    expect(r.stdout).toContain('没有其他可填充的单元格，未写入 000不加.xlsx');
    expect(r.stdout).not.toContain('填写 0 个单元格');
    await expect(fs.access(path.join(dir, '000不加.xlsx'))).rejects.toThrow();
  });

  it('with --add-missing on every seed: adds them as new sheets, recreates ≥ 90% of the rows, no new error', async () => {
    let rows = 0;
    let recreated = 0;
    for (const id of ['000', '001', '002', '004'] as SeedId[]) {
      const input = await seedWithout(id);
      const out = `${id}已添加.xlsx`;
      const before = await fs.readFile(path.join(dir, input));
      const r = await cli(['fill', input, '--out', out, '--add-missing'], dir);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/已写入 .*：添加 3 个工作表，填写 \d+ 个单元格/);
      expect(r.stdout).toMatch(/添加工作表“(表1 预算收支总表|公开01表 收入支出决算总表)”/);
      expect((await fs.readFile(path.join(dir, input))).equals(before)).toBe(true);

      const given = await readWorkbookFile(path.join(dir, input));
      const filled = await readWorkbookFile(path.join(dir, out));
      // The workbook's own sheets first and unchanged, the three tables after them.
      expect(filled.sheets.slice(0, given.sheets.length)).toEqual(given.sheets);
      expect(filled.sheets.length).toBe(given.sheets.length + 3);
      expect(recognize(filled).tables.filter((t) => SUMMARY.includes(t.no)).map((t) => t.sheet)).toEqual(filled.sheets.slice(-3).map((s) => s.name));

      const published = seedWorkbook(id, { layout: 'sheetPerTable', amounts: 'number' });
      const m = recreatedByRow(published, filled, SUMMARY);
      console.log(`fill --add-missing, seed ${id}: ${m.recreated}/${m.rows} non-zero rows recreated`);
      rows += m.rows;
      recreated += m.recreated;
      expect(newErrors(published, filled).onFigures).toEqual([]);
    }
    console.log(`fill --add-missing, all seeds: ${recreated}/${rows} = ${((100 * recreated) / rows).toFixed(1)}%`);
    expect(recreated / rows).toBeGreaterThanOrEqual(0.9);
  });

  it('a second run on its own output finds nothing missing', async () => {
    const r = await cli(['fill', '000已添加.xlsx', '--out', '000再填.xlsx', '--add-missing'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('缺少');
    expect(r.stdout).not.toContain('添加工作表');
  });

  it('says so when the tables they come from are missing too', async () => {
    const wb = withoutTables(seedWorkbook('000', { layout: 'sheetPerTable', amounts: 'number' }), [1, 2, 3, 4, 5]);
    await writeLayoutsToFile(wb.sheets.map(layoutFromSnapshot), null, path.join(dir, '无表1至5.xlsx'));
    const r = await cli(['fill', '无表1至5.xlsx', '--out', '无表1至5已填.xlsx', '--add-missing'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('缺少表1、表4、表5：它们由表2、表3推算，而工作簿中也没有表2、表3，未添加');
    expect(r.stdout).toContain('未写入 无表1至5已填.xlsx');
    await expect(fs.access(path.join(dir, '无表1至5已填.xlsx'))).rejects.toThrow();
  });
});
