import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import stringWidth from 'string-width';
import { humanCheckReport } from '../../src/cli/report/humanReport';
import { terminalFor, wrap, PLAIN } from '../../src/cli/report/terminal';
import { checkWorkbook } from '../../src/domain/checks/checkWorkbook';
import { classCounts } from '../../src/domain/findings/findingClass';
import { seedWorkbook } from '../support/seedWorkbook';
import { withCell } from '../support/withCell';
import { layoutFromSnapshot } from '../../src/xlsx/snapshotLayout';
import { writeLayoutsToFile } from '../../src/xlsx/writeLayouts';
import { cli } from './runCli';


const widest = (text: string) => Math.max(...text.split('\n').map((l) => stringWidth(l)));

describe('every line fits 120 columns (a CJK character takes two)', () => {
  const seeds = (['000', '001', '002', '004'] as const).map((id) => [id, seedWorkbook(id)] as const);

  it.each(seeds)('seed %s, folded and --verbose', (_id, wb) => {
    const result = checkWorkbook(wb);
    for (const verbose of [false, true]) expect(widest(humanCheckReport('文件.xlsx', result, { verbose }))).toBeLessThanOrEqual(120);
  });

  it('seed 000 with errors, so that lines carry sums, identities and two checks on one cell', () => {
    const wb = seedWorkbook('000');
    const t3 = checkWorkbook(wb).recognition.tables.find((t) => t.no === 3)!;
    const text = humanCheckReport('文件.xlsx', checkWorkbook(withCell(withCell(wb, t3.sheet, 'C6', 2918.06), t3.sheet, 'C7', 2865.26)), { verbose: true });
    expect(text).toContain('本格无法同时满足');
    expect(widest(text)).toBeLessThanOrEqual(120);
    // Wrapping loses nothing: without the line breaks and indents, the same words as one wide line.
    const wide = humanCheckReport('文件.xlsx', checkWorkbook(withCell(withCell(wb, t3.sheet, 'C6', 2918.06), t3.sheet, 'C7', 2865.26)), { verbose: true, terminal: { width: 100000, color: false } });
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    expect(squeeze(text)).toBe(squeeze(wide));
  });

  it('a 40,000-character cell is cut, with its length, and the report stays short', async () => {
    const wb = seedWorkbook('000');
    const t3 = checkWorkbook(wb).recognition.tables.find((t) => t.no === 3)!;
    const huge = '数'.repeat(39999) + '尾';
    // In an amount cell (unreadable) and as a row's name, where recognition reads labels.
    const damaged = withCell(withCell(wb, t3.sheet, 'D8', huge), t3.sheet, 'B9', huge);
    const text = humanCheckReport('文件.xlsx', checkWorkbook(damaged), { verbose: true });
    expect(text).toContain('（共 40,000 个字符）');
    expect(text).not.toContain('数'.repeat(100));
    expect(text.length).toBeLessThan(20000);
    expect(widest(text)).toBeLessThanOrEqual(120);
  });

  it('a narrower terminal gets lines as narrow as it is', () => {
    const text = humanCheckReport('文件.xlsx', checkWorkbook(seedWorkbook('000')), { verbose: true, terminal: { width: 80, color: false } });
    expect(widest(text)).toBeLessThanOrEqual(80);
  });

  it('wrap breaks after punctuation or before + and =, and hard-breaks a run longer than a line', () => {
    const t = { width: 30, color: false };
    expect(wrap(t, '实为 2,918.06，应为 基本支出 450.96 + 项目支出 2,460.09', '  ', '    ')).toEqual(['  实为 2,918.06，', '    应为 基本支出 450.96', '    + 项目支出 2,460.09']);
    const long = wrap(t, 'x'.repeat(50), '', '');
    expect(long.every((l) => stringWidth(l) <= 30)).toBe(true);
    expect(long.join('')).toBe('x'.repeat(50));
  });
});

describe('colour: red 错误, yellow 尾数差异 on a terminal; none when piped or with NO_COLOR', () => {
  it('terminalFor', () => {
    expect(terminalFor({ isTTY: true, columns: 200 }, {})).toEqual({ width: 120, color: true });
    expect(terminalFor({ isTTY: true, columns: 90 }, {})).toEqual({ width: 90, color: true });
    expect(terminalFor({ isTTY: true, columns: 200 }, { NO_COLOR: '1' })).toEqual({ width: 120, color: false });
    expect(terminalFor({ isTTY: true, columns: 200 }, { TERM: 'dumb' })).toEqual({ width: 120, color: false });
    expect(terminalFor({ isTTY: false }, {})).toEqual(PLAIN);
    expect(terminalFor({}, {})).toEqual(PLAIN);
  });

  it('the report: badges and counts coloured on a terminal, plain otherwise', () => {
    const wb = seedWorkbook('000');
    const t3 = checkWorkbook(wb).recognition.tables.find((t) => t.no === 3)!;
    const result = checkWorkbook(withCell(wb, t3.sheet, 'C7', 2865.26));
    const coloured = humanCheckReport('文件.xlsx', result, { terminal: { width: 120, color: true } });
    expect(coloured).toContain('\x1b[1;31m[错误]\x1b[0m');
    expect(coloured).toContain('\x1b[33m[尾数差异]\x1b[0m');
    const n = classCounts(result.findings);
    expect(coloured).toContain(`结果：\x1b[1;31m错误 ${n.error} 个\x1b[0m · \x1b[33m尾数差异 ${n.rounding} 个\x1b[0m`);
    expect(humanCheckReport('文件.xlsx', result)).not.toContain('\x1b[');
    expect(widest(coloured)).toBeLessThanOrEqual(120);
  });

  it('the CLI in-process (as when piped) prints no escape codes', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bd-term-'));
    try {
      const wb = seedWorkbook('000', { layout: 'sheetPerTable', amounts: 'number' });
      await writeLayoutsToFile(wb.sheets.map(layoutFromSnapshot), null, path.join(dir, '单位.xlsx'));
      const r = await cli(['check', '单位.xlsx'], dir);
      expect(r.stdout).not.toContain('\x1b[');
      expect(widest(r.stdout)).toBeLessThanOrEqual(120);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
