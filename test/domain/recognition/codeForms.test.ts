import { recognize } from '../../../src/domain/recognition/recognize';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { shanghaiWorkbook } from '../../support/shanghaiWorkbook';

/**
 * Issue 15 item 4: a subject code is read as one code with its level however it is written —
 * 2010601, "201 06 01", "2010601-行政运行", "[2010601]行政运行", "２０１０６０１" — on 上海 表5.
 */
function rewriteCodes(write: (code: string, name: string) => [CellValue, CellValue]): WorkbookSnapshot {
  const wb = shanghaiWorkbook('social-work', { names: 'cells' });
  const sheets = wb.sheets.map((s, i) => {
    if (i !== 4) return s;
    const values = s.values.map((r) => {
      const code = typeof r[0] === 'string' && /^\d{3,7}$/.test(r[0]) ? r[0] : null;
      if (!code) return r;
      const [a, b] = write(code, String(r[1] ?? ''));
      return [a, b, ...r.slice(2)];
    });
    return { ...s, values, textFormatted: new Set<string>() };
  });
  return { ...wb, sheets };
}

function table5Rows(wb: WorkbookSnapshot): string[] {
  return recognize(wb).tables.find((t) => t.no === 5)!.panels[0].rows.map((r) => `${r.code ?? ''} ${r.name} ${r.level}`);
}

const spaced = (code: string) => [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].filter((x) => x !== '').join(' ');
const fullWidth = (code: string) => code.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe('codes in every written form', () => {
  const published = table5Rows(shanghaiWorkbook('social-work', { names: 'cells' }));

  it('the published 7-digit codes give 类, 款 and 项 levels', () => {
    expect(published).toContain('2013901 行政运行 subitem');
    expect(published).toContain('20139 社会工作事务 item');
    expect(published).toContain('201 一般公共服务支出 class');
  });

  it.each([
    ['"201 06 01" (spaced)', (c: string, n: string): [CellValue, CellValue] => [spaced(c), n]],
    ['"2010601-行政运行" (code and name in the code cell)', (c: string, n: string): [CellValue, CellValue] => [`${c}-${n}`, null]],
    ['"[2010601]行政运行" (bracketed)', (c: string, n: string): [CellValue, CellValue] => [`[${c}]${n}`, null]],
    ['"２０１０６０１" (full-width digits)', (c: string, n: string): [CellValue, CellValue] => [fullWidth(c), n]],
    ['2010601 as a number', (c: string, n: string): [CellValue, CellValue] => [Number(c), n]],
  ])('%s reads as the published codes', (_name, write) => {
    expect(table5Rows(rewriteCodes(write))).toEqual(published);
  });
});
