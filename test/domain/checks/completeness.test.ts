import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { templateLayouts } from '../../../src/domain/template/templateLayouts';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook, type SeedId } from '../../support/seedWorkbook';
import { layoutsWorkbook } from '../template/layoutSnapshot';

/** The disclosure as a whole: every required table there once, and not a blank template. */
const completeness = (wb: WorkbookSnapshot) => checkWorkbook(wb).findings.filter((f) => f.rule === 'completeness');

describe('completeness', () => {
  it.each([
    ['000', 'sheetPerTable'],
    ['001', 'oneSheet'],
    ['002', 'sheetPerTable'],
    ['004', 'oneSheet'],
  ] as const)('finds nothing to say on seed %s (%s): every table is published once', (id: SeedId, layout) => {
    expect(completeness(seedWorkbook(id, { layout }))).toEqual([]);
  });

  it('a budget workbook with 3 of its 13 tables: each missing table is an 错误 naming it', () => {
    const full = seedWorkbook('000');
    const wb = { ...full, sheets: full.sheets.slice(0, 3) };
    const found = completeness(wb);
    expect(found.map((f) => [f.severity, f.table, f.cell])).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((no) => ['error', no, null]));
    expect(found[0].message).toContain('缺少预算公开表4');
    expect(found.every((f) => f.noCell === '工作簿中没有这张表')).toBe(true);
    expect(checkWorkbook(wb).counts.errors).toBeGreaterThanOrEqual(10);
  });

  it('a final workbook without 公开06表 misses exactly that table', () => {
    const full = seedWorkbook('004');
    const wb = { ...full, sheets: full.sheets.filter((s) => !checkWorkbook({ sheets: [s] }).recognition.tables.some((t) => t.no === 6)) };
    expect(completeness(wb).map((f) => f.message)).toEqual([expect.stringContaining('缺少公开06表')]);
  });

  it('a table present twice (a second inserted set, sheet "(2)") is an 错误 naming both sheets', () => {
    const full = seedWorkbook('000');
    const copy = { ...full.sheets[2], name: `${full.sheets[2].name} (2)` };
    const found = completeness({ ...full, sheets: [...full.sheets, copy] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', table: 3, sheet: 'Sheet3 (2)' });
    expect(found[0].message).toContain('Sheet3”');
    expect(found[0].message).toContain('Sheet3 (2)');
    expect(found[0].cells).toHaveLength(2);
  });

  it('a workbook with no table at all is one 错误, said once', () => {
    const r = checkWorkbook({ sheets: [{ name: 'Sheet1', values: [['姓名', '金额'], ['张三', 12]] }] });
    expect(r.findings.map((f) => [f.rule, f.severity, f.noCell])).toEqual([['completeness', 'error', '整个工作簿没有表']]);
  });

  it.each(['budget', 'final'] as const)('a blank %s template is one finding saying so, with no 本表无数据 notes', (kind) => {
    const { layouts, metadata } = templateLayouts({ kind, year: 2025, unit: '某某单位', unitType: '事业单位' });
    const r = checkWorkbook(layoutsWorkbook(layouts, metadata));
    const found = r.findings.filter((f) => f.rule === 'completeness');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].message).toContain('空白模板');
    expect(found[0].cell).not.toBeNull();
    expect(r.findings.filter((f) => f.rule === 'no-data-note')).toEqual([]);
  });
});
