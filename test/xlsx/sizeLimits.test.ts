import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbookFile } from '../../src/xlsx/readWorkbook';
import { WorkbookReadError } from '../../src/xlsx/workbookReadError';
import { cli } from '../cli/runCli';
import { writeSeedXlsx } from '../cli/seedFiles';
import { writeRawXlsx, writeZipBomb } from '../support/rawXlsx';

/**
 * Issue 12 item 7: sizes are checked from the zip directory and the sheets' declared ranges before
 * any parser sees the file. Over a limit: one Chinese line and exit 2; in a folder the file is
 * reported and the batch goes on. (How fast the refusal is: `npm run bench`.)
 */
// Real files through the CLI and the readers: seconds each on a loaded machine.
jest.setTimeout(120000);

describe('size limits before parsing', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'limits-'));
    await writeZipBomb(path.join(dir, 'bomb.xlsx'), 2);
    // The same bomb declaring 1 KB: it must be caught when it unpacks to more than it said.
    await writeZipBomb(path.join(dir, 'liar.xlsx'), 0.25, { declare: 1024 });
    const tiny = () => [['2025年预算支出总表'], [1.5]];
    await writeRawXlsx(path.join(dir, 'rows-declared.xlsx'), [{ name: 'Sheet1', dimension: 'A1:J1100000', rows: tiny }]);
    await writeRawXlsx(path.join(dir, 'row-beyond.xlsx'), [
      { name: 'Sheet1', firstRow: 1_048_570, rows: () => Array.from({ length: 10 }, (_, i) => [i + 0.5]) },
    ]);
    await writeRawXlsx(path.join(dir, 'wide.xlsx'), [{ name: 'Sheet1', dimension: 'A1:AD1000000', rows: tiny }]);
    await writeRawXlsx(path.join(dir, 'big.xlsx'), [
      { name: 'Sheet1', dimension: 'A1', rows: function* () { for (let r = 0; r < 120_000; r++) yield Array.from({ length: 10 }, (_, c) => r + c + 0.25); } },
    ]);
    await writeSeedXlsx('000', path.join(dir, 'batch'), '000.xlsx');
    await fs.copyFile(path.join(dir, 'bomb.xlsx'), path.join(dir, 'batch', 'bomb.xlsx'));
  }, 60000);
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('the bomb is a real one: a 2 GiB sheet in about 2 MB', async () => {
    expect((await fs.stat(path.join(dir, 'bomb.xlsx'))).size).toBeLessThan(4 * 2 ** 20);
  });

  it('refuses a zip bomb from its declared size: one line, exit 2', async () => {
    const r = await cli(['check', 'bomb.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^无法读取 bomb\.xlsx：解压后大小为 2,048 MB，超过上限 1,024 MB.*压缩炸弹.*--max-uncompressed-mb/)]);
  });

  it('refuses a bomb that declares less than it holds', async () => {
    await expect(readWorkbookFile(path.join(dir, 'liar.xlsx'), 'liar.xlsx')).rejects.toThrow(/解压后比文件声明的大/);
  });

  it('refuses a sheet beyond Excel’s row limit, declared or written', async () => {
    for (const f of ['rows-declared.xlsx', 'row-beyond.xlsx']) {
      const r = await cli(['check', f], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/超出 Excel 的上限/);
    }
  });

  it('counts declared cells against --max-cells, which raises the limit', async () => {
    const refused = await cli(['narrative', 'wide.xlsx'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/30,000,000 个单元格，超过上限 20,000,000 个.*--max-cells/);
    const raised = await cli(['check', 'wide.xlsx', '--max-cells', '40000000', '--json'], dir);
    expect(raised.stderr).toBe('');
    expect(JSON.parse(raised.stdout).files).toHaveLength(1);
    expect((await cli(['check', 'wide.xlsx', '--max-cells', 'many'], dir)).code).toBe(2);
  });

  it('--max-uncompressed-mb raises the unpacked-size limit', async () => {
    const r = await cli(['check', 'big.xlsx', '--max-uncompressed-mb', '16'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/解压后大小为 \d+ MB，超过上限 16 MB/);
  });

  it('counts the cells of a large sheet as it is read, whatever it declared', async () => {
    // 120,000 rows × 10, declaring one cell: read row by row (over 32 MB of XML) and stopped at the limit.
    const r = await cli(['check', 'big.xlsx', '--max-cells', '500000'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/单元格超过上限 500,000 个（工作表“Sheet1”第 50,001 行/);
  }, 120000);

  it('in a folder, the bomb is skipped and reported and the batch goes on', async () => {
    const r = await cli(['check', 'batch'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bomb\.xlsx：解压后大小/);
    expect(r.stdout).toContain('000.xlsx');
    expect(r.stdout).toContain('预算支出总表');
  });

  it('in a folder with --json, the bomb is an entry of `files` with its "error", counted in `summary`', async () => {
    const r = await cli(['check', 'batch', '--json'], dir);
    const out = JSON.parse(r.stdout);
    const bomb = out.files.find((f: { file: string }) => f.file.endsWith('bomb.xlsx'));
    expect(bomb.error).toMatch(/^解压后大小/);
    expect(out.files.some((f: { file: string; unit: string | null }) => f.file.endsWith('000.xlsx') && f.unit !== null)).toBe(true);
    expect(out.summary.unreadable).toBe(1);
  });

  it('is the typed read error the CLI reports', async () => {
    await expect(readWorkbookFile(path.join(dir, 'bomb.xlsx'), 'bomb.xlsx')).rejects.toBeInstanceOf(WorkbookReadError);
  });
});
