import { checkRecognized } from '../../../src/domain/checks/checkWorkbook';
import type { Finding } from '../../../src/domain/findings/finding';
import { recognize } from '../../../src/domain/recognition/recognize';
import { seedWorkbook } from '../../support/seedWorkbook';
import { SHANGHAI_UNITS, shanghaiWorkbook, type ShanghaiDoc, type ShanghaiWorkbookOptions } from '../../support/shanghaiWorkbook';

/**
 * Issue 15 “done when”: the two 上海市普陀区 2024 部门决算 (../shared/seeds-national), rebuilt in the
 * published layout, are recognised as national-final-9 with every table, row and column mapped, in
 * every layout, and give no 错误. What they report is where the published figures really disagree,
 * worked out by hand from the documents (see the comments) — each a 0.01 尾数差异.
 */
const LAYOUTS: readonly (readonly [string, ShanghaiWorkbookOptions])[] = [
  ['one table per sheet', { layout: 'sheetPerTable' }],
  ['all on one sheet', { layout: 'oneSheet' }],
  ['amounts as text', { layout: 'sheetPerTable', amounts: 'text' }],
  ['names whole in their cells', { layout: 'oneSheet', names: 'cells' }],
  ['codes in 类 | 款 | 项 columns', { layout: 'sheetPerTable', codes: 'three' }],
];

/** rule, table, row (code or name), actual, expected: the disagreements the documents print. */
type Expected = readonly [rule: string, table: number, row: string, actual: string, expected: string];

const DISAGREEMENTS: Record<ShanghaiDoc, readonly Expected[]> = {
  'social-work': [
    // 表5 基本支出 105.58, 表6 人员经费合计 95.36 + 公用经费合计 10.23 = 105.59.
    ['cross-table', 5, '合计', '105.58', '105.59'],
    // 表6 302 商品和服务支出 10.23; its items 3.78 + 1.15 + 0.02 + 0.68 + 0.48 + 1.48 + 2.43 + 0.20 = 10.22.
    ['column-sum', 6, '302', '10.23', '10.22'],
  ],
  'planning-resources': [
    // 表1 prints 210 卫生健康支出 236.63 and 212 城乡社区支出 3845.25; 表3 236.64 and 3845.24.
    ['cross-table', 1, '210', '236.63', '236.64'],
    ['cross-table', 1, '212', '3845.25', '3845.24'],
    // 表4 本年支出合计 9746.50; its 类 lines 754.75 + 236.63 + 3832.36 + 4461.67 + 461.08 = 9746.49 (合计 and 一般公共预算 columns).
    ['column-sum', 4, '本年支出合计', '9746.50', '9746.49'],
    ['column-sum', 4, '本年支出合计', '9746.50', '9746.49'],
    // 表4 210 236.63, 表5 210 236.64.
    ['cross-table', 4, '210', '236.63', '236.64'],
    // 表5: 212 3832.36 ≠ 1572.70 + 2259.65; 21201 and 2120101 1092.80 ≠ 1084.02 + 8.77; 合计 9746.50 ≠ 5364.75 + 4381.74.
    ['row-sum', 5, '212', '3832.36', '3832.35'],
    ['row-sum', 5, '21201', '1092.80', '1092.79'],
    ['row-sum', 5, '2120101', '1092.80', '1092.79'],
    ['row-sum', 5, '合计', '9746.50', '9746.49'],
    // 表6 人员经费合计 4884.09, 301 4816.14 + 303 67.96 = 4884.10; 302 440.90, its items add up to 440.88.
    ['column-sum', 6, '人员经费合计', '4884.09', '4884.10'],
    ['column-sum', 6, '302', '440.90', '440.88'],
  ],
};

function rowOf(f: Finding): string {
  if (!f.row) return '';
  return f.row.code ?? f.row.name;
}

describe.each(['social-work', 'planning-resources'] as const)('上海 %s 2024 部门决算', (doc) => {
  describe.each(LAYOUTS)('%s', (_name, options) => {
    const wb = shanghaiWorkbook(doc, options);
    const recognition = recognize(wb);
    const result = checkRecognized(wb, recognition);

    it('is national-final-9, 2024, its unit, every table in published order, in 万元', () => {
      expect(recognition.profile.id).toBe('national-final-9');
      expect(recognition.facts.year).toBe(2024);
      expect(recognition.facts.unit).toBe(SHANGHAI_UNITS[doc]);
      expect(recognition.unrecognized).toEqual([]);
      expect(recognition.tables.map((t) => t.form.id)).toEqual(recognition.profile.forms.map((f) => f.id));
      expect(recognition.tables.map((t) => t.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      for (const t of recognition.tables) expect([t.form.id, t.amountUnit, t.amountUnitStated]).toEqual([t.form.id, '万元', true]);
    });

    it('maps every column and every row that carries figures', () => {
      for (const t of recognition.tables) {
        t.form.panels.forEach((def, p) => {
          const panel = t.panels[p];
          const keys = panel.columns.map((c) => c.key).filter((k) => k !== null);
          expect([t.form.id, def.key, keys.sort()]).toEqual([t.form.id, def.key, def.columns.map((c) => c.key).sort()]);
          for (const [i, row] of panel.rows.entries()) {
            const figures = def.columns.some((c) => c.type === 'amount' && panel.amount(i, c.key)?.amount.state === 'amount');
            if (figures) expect([t.form.id, row.row, row.key !== null || row.code !== null]).toEqual([t.form.id, row.row, true]);
          }
        });
      }
    });

    it('joins wrapped names and reads each code with its level', () => {
      const t5 = recognition.tables.find((t) => t.no === 5)!.panels[0].rows;
      const byCode = new Map(t5.map((r) => [r.code, r]));
      if (doc === 'social-work') {
        expect(byCode.get('201')).toMatchObject({ name: '一般公共服务支出', level: 'class' });
        expect(byCode.get('2080505')).toMatchObject({ name: '机关事业单位基本养老保险缴费支出', level: 'subitem' });
        expect(byCode.get('21011')).toMatchObject({ name: '行政事业单位医疗', level: 'item' });
      } else {
        expect(byCode.get('21201')?.name).toBe('城乡社区管理事务');
        expect(byCode.get('2120101')?.name).toBe('行政运行');
        expect(byCode.get('2080599')?.name).toBe('其他行政事业单位养老支出');
        const t2 = new Map(recognition.tables.find((t) => t.no === 2)!.panels[0].rows.map((r) => [r.code, r.name]));
        expect(t2.get('2080505')).toBe('机关事业单位基本养老保险缴费支出');
      }
      const t6 = recognition.tables.find((t) => t.no === 6)!.panels[0].rows;
      expect(t6.find((r) => r.code === '30108')?.key).toBe('e-30108');
      expect(t6.find((r) => r.code === '30112')?.key).toBe('e-30112');
    });

    it('gives no 错误; reports exactly the figures the document prints in disagreement, as 尾数差异', () => {
      expect(result.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
      const reported = result.findings
        .filter((f) => f.rule !== 'catalog')
        .map((f): Expected => [f.rule, f.table ?? 0, rowOf(f), f.actual ?? '', f.expected ?? ''])
        .sort();
      expect(reported).toEqual([...DISAGREEMENTS[doc]].sort());
      expect(result.findings.filter((f) => f.rule !== 'catalog').every((f) => f.severity === 'warning')).toBe(true);
    });
  });
});

describe('tables of different profiles never mix in one result', () => {
  it('a Shanxi 公开10表 added to the 上海 workbook is reported, not read as one of its tables', () => {
    const shanghai = shanghaiWorkbook('social-work');
    const shanxi = seedWorkbook('004');
    const t10 = shanxi.sheets.find((s) => recognize({ sheets: [s] }).tables.some((t) => t.form.id === 'final/10-information'))!;
    const r = recognize({ sheets: [...shanghai.sheets, { ...t10, name: '公开10表' }] });
    expect(r.profile.id).toBe('national-final-9');
    expect(r.tables.every((t) => t.form.id.startsWith('national-final/'))).toBe(true);
    expect(r.unrecognized.map((u) => [u.sheet, u.reason])).toEqual([['公开10表', expect.stringContaining('不属于本工作簿的表套')]]);
  });
});
