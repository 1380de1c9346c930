import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedTables } from '../../support/seedWorkbook';

/**
 * Issue 12 item 6: nothing in recognition or the checks may grow the call stack with the data (a
 * spread of a million findings, push(...xs), overflowed it), and a block of figures with no subject
 * or name under a table is not read as that table's lines. (Time and memory: `npm run bench`.)
 */
const table3 = seedTables('000').find((t) => t.some((l) => l.includes('预算支出总表')))!;
const header = table3.slice(0, 6).map((l) => l.split('\t').map((c): CellValue => (c.trim() === '' ? null : c.trim())));

function sheetWith(body: CellValue[][]): WorkbookSnapshot {
  return { sheets: [{ name: '表3', values: [...header, ...body] }] };
}

describe('large inputs', () => {
  it('the header is 表3 as published, ending in its 合计 line', () => {
    expect(header[0].join('')).toContain('预算支出总表');
    expect(recognize(sheetWith([])).tables.map((t) => t.no)).toEqual([3]);
  });

  it('a table of 130,000 named lines whose row sums all fail: every failure is reported, no rule overflows', () => {
    const n = 130_000;
    const body = Array.from({ length: n }, (_, i): CellValue[] => [null, `项目${i}`, 3, 1, 1]);
    const r = checkWorkbook(sheetWith(body));
    expect(r.findings.filter((f) => /运行出错/.test(f.message))).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'row-sum').length).toBeGreaterThanOrEqual(n);
  });

  it('a block of figures without subjects or names below a table is one unrecognised block, not its lines', () => {
    const block = Array.from({ length: 200_000 }, (_, i): CellValue[] => Array.from({ length: 10 }, (_, c) => (i + c) / 4));
    const wb = sheetWith(block);
    const rec = recognize(wb);
    const t = rec.tables[0];
    expect(t.bodyRows.last).toBeLessThan(header.length + 1);
    expect(t.range).toMatch(/^A1:[A-Z]+[1-7]$/);
    expect(rec.unrecognized).toEqual([expect.objectContaining({ sheet: '表3', address: `A${header.length + 1}` })]);
    const found = checkWorkbook(wb).findings.filter((f) => f.rule === 'unrecognized-table');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain(`第 ${header.length + 1}–${header.length + 200_000} 行`);
  });
});
