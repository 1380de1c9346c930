import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import type { Finding } from '../../../src/domain/findings/finding';
import { seedWorkbook, type SeedId } from '../../support/seedWorkbook';

/**
 * The published seed documents, rebuilt as workbooks in their publication layout, contain real
 * 0.01 slips (a total that rounding its printed parts explains). Each is listed here from
 * reading the documents; the checks must report each as 尾数差异 (warning), and nothing else.
 */
type Slip = [rule: string, table: number, cell: string, actual: string, expected: string];

const short = (f: Finding): Slip => [f.rule, f.table ?? 0, f.cell ?? '', f.actual ?? '', f.expected ?? ''];

function sumFindings(id: SeedId, layout: 'sheetPerTable' | 'oneSheet' = 'sheetPerTable', amounts: 'number' | 'text' = 'number') {
  const r = checkWorkbook(seedWorkbook(id, { layout, amounts }));
  return { r, sums: r.findings.filter((f) => ['row-sum', 'column-sum', 'subject-hierarchy', 'cross-table', 'balance'].includes(f.rule)) };
}

describe('seed 000 汾阳市社会保险中心 2025 预算', () => {
  const { r, sums } = sumFindings('000');
  it('reports every rounding slip the document contains, as 尾数差异', () => {
    const expected: Slip[] = [
      // 表3: 合计 2911.06 against 基本支出 450.96 + 项目支出 2460.09 (the issue's own example)
      ['row-sum', 3, 'C6', '2911.06', '2911.05'],
      ['row-sum', 3, 'C7', '2858.26', '2858.25'],
      ['row-sum', 3, 'C8', '1506.16', '1506.17'],
      ['row-sum', 3, 'C9', '1506.16', '1506.17'],
      // 表3 基本支出: 208 398.16 against 20801 318.97 + 20805 79.20
      ['subject-hierarchy', 3, 'D7', '398.16', '398.17'],
      ['subject-hierarchy', 3, 'E7', '2460.09', '2460.10'],
      ['subject-hierarchy', 3, 'C10', '252.37', '252.36'],
      ['subject-hierarchy', 3, 'D10', '79.20', '79.19'],
      ['subject-hierarchy', 2, 'C10', '252.37', '252.36'],
      ['subject-hierarchy', 2, 'D10', '252.37', '252.36'],
      // 表5 repeats 表3's figures and so its slips
      ['row-sum', 5, 'C6', '2911.06', '2911.05'],
      ['row-sum', 5, 'C7', '2858.26', '2858.25'],
      ['row-sum', 5, 'C8', '1506.16', '1506.17'],
      ['row-sum', 5, 'C9', '1506.16', '1506.17'],
      ['subject-hierarchy', 5, 'D7', '398.16', '398.17'],
      ['subject-hierarchy', 5, 'E7', '2460.09', '2460.10'],
      ['subject-hierarchy', 5, 'C10', '252.37', '252.36'],
      ['subject-hierarchy', 5, 'D10', '79.20', '79.19'],
      // 表6: 工资福利支出 411.82 against its nine items 411.81
      ['subject-hierarchy', 6, 'C7', '411.82', '411.81'],
      ['subject-hierarchy', 6, 'D7', '411.82', '411.81'],
      // 表12: the unit line 2460.09 against its twelve projects 2460.10
      ['column-sum', 12, 'B7', '2460.09', '2460.10'],
      ['column-sum', 12, 'C7', '2460.09', '2460.10'],
    ];
    expect(sums.map(short).sort()).toEqual(expected.sort());
    expect(sums.every((f) => f.severity === 'warning')).toBe(true);
    expect(r.counts.errors).toBe(0);
  });

  it('names row, column, expected, actual and difference in Chinese', () => {
    const f = sums.find((x) => x.table === 3 && x.cell === 'C7')!;
    expect(f.row).toEqual({ code: '208', name: '社会保障和就业支出' });
    expect(f.column).toBe('合计');
    expect(f.difference).toBe('0.01');
    expect(f.message).toContain('基本支出 398.16 + 项目支出 2460.09 = 2858.25');
    expect(f.message).toContain('尾数差异');
    expect(f.cells?.map((c) => c.address)).toEqual(['C7', 'D7', 'E7']);
  });

  it('sees that 表7–11 and 13 are empty, each with its 本表无数据 note', () => {
    const empty = r.recognition.tables.filter((t) => t.empty);
    expect(empty.map((t) => t.no)).toEqual([7, 8, 9, 10, 11, 13]);
    expect(empty.every((t) => t.noDataNote !== null)).toBe(true);
    expect(r.findings.filter((f) => f.rule === 'no-data-note')).toEqual([]);
  });
});

describe('seed 001 汾阳市人力资源和社会保障局 2025 预算 (with 上年结转 72.48)', () => {
  const { r, sums } = sumFindings('001');
  it('holds its cross-table identities, 结转 included, and reports only 0.01 slips', () => {
    expect(r.counts.errors).toBe(0);
    expect(sums.length).toBeGreaterThan(0);
    expect(sums.every((f) => f.severity === 'warning' && f.difference !== null && ['0.01', '-0.01'].includes(f.difference))).toBe(true);
    expect(sums.filter((f) => f.rule === 'cross-table')).toEqual([]);
    // 表6: 工资福利支出 224.94 vs 224.93 and 商品和服务支出 33.58 vs 33.57
    expect(sums.filter((f) => f.table === 6).map(short).sort()).toEqual(
      [
        ['subject-hierarchy', 6, 'C7', '224.94', '224.93'],
        ['subject-hierarchy', 6, 'D7', '224.94', '224.93'],
        ['subject-hierarchy', 6, 'C18', '33.58', '33.57'],
        ['subject-hierarchy', 6, 'E18', '33.58', '33.57'],
      ].sort(),
    );
  });
});

describe('seed 002 忻州市社会保险中心 2023 预算 (older titles)', () => {
  const { r, sums } = sumFindings('002');
  it('recognises the 2023 wording and reports its 表6 slips', () => {
    expect(r.recognition.tables.map((t) => t.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(r.counts.errors).toBe(0);
    const t6 = sums.filter((f) => f.table === 6).map(short);
    expect(t6).toContainEqual(['subject-hierarchy', 6, 'C6', '343.74', '343.73']);
    expect(t6).toContainEqual(['subject-hierarchy', 6, 'C14', '59.61', '59.60']);
  });
});

describe('seed 004 汾阳市社会保险中心 2024 决算', () => {
  const { r, sums } = sumFindings('004');
  it('reports 06表 对个人和家庭的补助 18.97 against 15.56 + 3.42', () => {
    const f = sums.find((x) => x.table === 6)!;
    expect(short(f)).toEqual(['column-sum', 6, 'C23', '18.97', '18.98']);
    expect(f.severity).toBe('warning');
  });
  it('reports the 3951.18 totals against 3951.17 class sums as 尾数差异, and no error', () => {
    expect(r.counts.errors).toBe(0);
    const totals = sums.filter((f) => f.actual === '3951.18').map((f) => [f.table, f.expected]);
    expect(totals).toEqual(expect.arrayContaining([[1, '3951.17'], [2, '3951.17'], [3, '3951.17'], [4, '3951.17'], [5, '3951.17']]));
  });
});

describe('the same findings whatever the layout', () => {
  it.each(['000', '001', '002', '004'] as const)('seed %s: one sheet or one sheet per table, numbers or text', (id) => {
    const base = sumFindings(id).sums.map((f) => [f.rule, f.table, f.actual, f.expected, f.severity, f.row?.code ?? f.row?.name].join('|')).sort();
    for (const [layout, amounts] of [['oneSheet', 'number'], ['sheetPerTable', 'text'], ['oneSheet', 'text']] as const) {
      const other = sumFindings(id, layout, amounts).sums.map((f) => [f.rule, f.table, f.actual, f.expected, f.severity, f.row?.code ?? f.row?.name].join('|')).sort();
      expect(other).toEqual(base);
    }
  });
});

describe('the rounding bound', () => {
  it('is 0.005 × (parts + 1) by default and configurable', () => {
    const wb = seedWorkbook('000');
    const strict = checkWorkbook(wb, { tolerance: '0' });
    const c7 = strict.findings.find((f) => f.table === 3 && f.cell === 'C7' && f.rule === 'row-sum')!;
    expect(c7.severity).toBe('error');
    expect(c7.message).not.toContain('尾数差异');
    const loose = checkWorkbook(wb, { tolerance: '0.005' });
    expect(loose.findings.find((f) => f.table === 3 && f.cell === 'C7' && f.rule === 'row-sum')!.severity).toBe('warning');
  });
});
