import { recognize } from '../../../src/domain/recognition/recognize';
import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../../support/seedWorkbook';

const budgetNos = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];

describe('recognising the seed workbooks', () => {
  it.each([
    ['000', 'budget', 2025, '汾阳市社会保险中心', budgetNos],
    ['001', 'budget', 2025, '汾阳市人力资源和社会保障局', budgetNos],
    ['002', 'budget', 2023, '忻州市社会保险中心', budgetNos],
    ['004', 'final', 2024, '汾阳市社会保险中心', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
  ] as const)('seed %s is a %s of %d for %s with every table', (id, kind, year, unit, nos) => {
    for (const layout of ['sheetPerTable', 'oneSheet'] as const) {
      for (const amounts of ['number', 'text'] as const) {
        const r = recognize(seedWorkbook(id, { layout, amounts }));
        expect([r.kind, r.year, r.unit]).toEqual([kind, year, unit]);
        expect(r.tables.map((t) => t.no)).toEqual(nos);
        expect(r.unrecognized).toEqual([]);
        expect(r.problems).toEqual([]);
        for (const t of r.tables) {
          // Every column the form defines and the table prints is mapped (none left as unknown).
          for (const p of t.panels) expect(p.columns.filter((c) => c.key === null).map((c) => `${t.no}:${c.label}`)).toEqual([]);
        }
      }
    }
  });

  it('reads header paths, codes and names as printed, wrap spaces removed', () => {
    const r = recognize(seedWorkbook('004'));
    const t2 = r.tables.find((t) => t.no === 2)!;
    const main = t2.panels[0];
    expect(main.columns.find((c) => c.key === 'total')!.label).toBe('本年收入合计');
    const row = main.rows.find((x) => x.code === '20801')!;
    expect(row.name).toBe('人力资源和社会保障管理事务');
    expect(row.level).toBe('item');
    const t3 = recognize(seedWorkbook('000')).tables.find((t) => t.no === 3)!;
    expect(t3.panels[0].columns.find((c) => c.key === 'basic')!.header).toEqual(['2025年预算数', '基本支出']);
    expect(t3.panels[0].rows[0]).toMatchObject({ level: 'total', key: 'total', code: null });
  });

  it('a name that starts with a year is a name, not a code: 表12 “2022年后新增企业退休人员取暖费(2025年)”', () => {
    const t12 = recognize(seedWorkbook('000')).tables.find((t) => t.no === 12)!;
    const rows = t12.panels.flatMap((p) => p.rows);
    const heating = rows.find((x) => x.name.startsWith('2022年后新增企业退休人员取暖费'))!;
    expect(heating).toMatchObject({ code: null, name: '2022年后新增企业退休人员取暖费(2025年)' });
    expect(rows.some((x) => x.code === '202')).toBe(false);
  });

  it('maps both sides of two-sided tables on the same rows (表1, 公开04表 with 行次)', () => {
    const t1 = recognize(seedWorkbook('000')).tables.find((t) => t.no === 1)!;
    const [income, expense] = t1.panels;
    expect(income.rows.find((r) => r.key === 'gpb')!.row).toBe(expense.rows.find((r) => r.key === 'class-201')!.row);
    expect(expense.rows.filter((r) => r.key?.startsWith('class-'))).toHaveLength(30);
    const f4 = recognize(seedWorkbook('004')).tables.find((t) => t.no === 4)!;
    const exp = f4.panels[1];
    const i = exp.rows.findIndex((r) => r.key === 'class-208');
    expect(exp.rows[i].lineNo).toBe(40);
    expect(exp.amount(i, 'gpb')!.amount.value!.toFixed(2)).toBe('3895.18');
  });
});

describe('公开10表 of seed 004: three sections, the header printed under the first heading and again in 二', () => {
  it.each([
    ['sheetPerTable', 'number'],
    ['sheetPerTable', 'text'],
    ['oneSheet', 'number'],
    ['oneSheet', 'text'],
  ] as const)('%s, amounts as %s: every line mapped in order, figures read, no header row as a line', (layout, amounts) => {
    const wb = seedWorkbook('004', { layout, amounts });
    const t = recognize(wb).tables.find((x) => x.no === 10)!;
    const sheet = wb.sheets.find((s) => s.name === t.sheet)!;
    const rows = t.panels[0].rows;
    expect(rows.map((r) => r.key)).toEqual((t.form.panels[0].rows as { rows: readonly { key: string }[] }).rows.map((r) => r.key));
    // The rows the seed prints as "项目 …" are header rows, not lines.
    for (const r of rows) expect(sheet.values[r.row]?.[0]).not.toBe('项目');
    const headers = sheet.values.map((v, i) => (v[0] === '项目' && i > t.headerRows[0] - 3 && i < rows[rows.length - 1].row ? i : -1)).filter((i) => i >= 0);
    expect(headers).toHaveLength(2);
    expect(t.headerRows).toEqual([headers[0]]);
    expect(rows[0]).toMatchObject({ key: 'procurement', row: headers[0] - 1 });
    const value = (key: string) => {
      const i = rows.findIndex((r) => r.key === key);
      return t.panels[0].amount(i, 'value')!.amount.value?.toString() ?? null;
    };
    expect(['procurement-total', 'procurement-goods', 'procurement-works', 'operating-admin', 'vehicles', 'vehicles-other', 'equipment'].map(value))
      .toEqual(['7.33', '7.33', null, null, '1', '1', null]);
    expect(rows.filter((r) => r.lineNo !== undefined).map((r) => r.lineNo)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17]);
  });
});

function insertColumn(s: SheetSnapshot, at: number): SheetSnapshot {
  return { ...s, values: s.values.map((r) => [...r.slice(0, at), null, ...r.slice(at)]) };
}
function insertRow(s: SheetSnapshot, at: number, row: CellValue[] = []): SheetSnapshot {
  return { ...s, values: [...s.values.slice(0, at), row, ...s.values.slice(at)] };
}

describe('workbooks the add-in did not make, as people edit them', () => {
  const key = (wb: WorkbookSnapshot) =>
    checkWorkbook(wb)
      .findings.filter((f) => f.rule !== 'unit-type')
      .map((f) => [f.rule, f.table, f.severity, f.actual, f.expected, f.row?.code].join('|'))
      .sort();

  it('finds the same discrepancies after a column and blank rows are inserted', () => {
    const wb = seedWorkbook('000');
    const edited: WorkbookSnapshot = {
      sheets: wb.sheets.map((s) => insertRow(insertRow(insertColumn(s, 1), 10), 0)),
    };
    expect(key(edited)).toEqual(key(wb));
  });

  it('finds every table stacked on one sheet with any sheet name', () => {
    const one = seedWorkbook('001', { layout: 'oneSheet' });
    const renamed: WorkbookSnapshot = { sheets: [{ ...one.sheets[0], name: '我的工作表' }] };
    const r = recognize(renamed);
    expect(r.tables.map((t) => t.no)).toEqual(budgetNos);
    expect(new Set(r.tables.map((t) => t.sheet))).toEqual(new Set(['我的工作表']));
  });

  it('reports a table it cannot map instead of skipping it', () => {
    const wb = seedWorkbook('000');
    const extra: SheetSnapshot = {
      name: '人员',
      values: [['2025年人员情况统计表'], ['单位名称：汾阳市社会保险中心'], ['类别', '编制数', '实有人数'], ['行政', '30', '35']],
    };
    const result = checkWorkbook({ sheets: [...wb.sheets, extra] });
    const f = result.findings.find((x) => x.rule === 'unrecognized-table')!;
    expect(f).toMatchObject({ severity: 'warning', sheet: '人员', cell: 'A1' });
    expect(f.message).toContain('2025年人员情况统计表');
  });
});

describe('amounts as accountants type or paste them', () => {
  const sheet: SheetSnapshot = {
    name: '支出',
    values: [
      ['2025年预算支出总表'],
      ['单位名称：某某单位', null, null, null, '单位：万元'],
      ['项目', null, '2025年预算数'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['合计', null, '2,911.06', ' 450.96 ', '２４６０．１０'],
      ['208', '社会保障和就业支出', '2858.26万元', 398.16, 2460.1],
      ['210', '卫生健康支出', 17.11, 17.11, '—'],
      ['221', '住房保障支出', { error: '#REF!' }, 35.69, '－'],
      ['229', '其他支出', 'abc', null, ''],
    ],
  };

  it('reads numbers, text, full-width digits, 万元 and dashes, and reports #REF! and text at their cells', () => {
    const r = recognize({ sheets: [sheet] });
    const p = r.tables[0].panels[0];
    expect(p.amount(0, 'total')!.amount.value!.toFixed(2)).toBe('2911.06');
    expect(p.amount(0, 'basic')!.amount.value!.toFixed(2)).toBe('450.96');
    expect(p.amount(0, 'project')!.amount.value!.toFixed(2)).toBe('2460.10');
    expect(p.amount(1, 'total')!.amount.value!.toFixed(2)).toBe('2858.26');
    // 表3 has no cell the form declares not applicable: a dash there is zero (issue 12 item 1).
    expect(p.amount(2, 'project')!.amount.state).toBe('amount');
    expect(p.amount(2, 'project')!.amount.value!.isZero()).toBe(true);
    expect(r.problems.map((f) => [f.rule, f.severity, f.cell, f.row?.code, f.column])).toEqual([
      ['unreadable-amount', 'error', 'C8', '221', '合计'],
      ['unreadable-amount', 'error', 'C9', '229', '合计'],
    ]);
    expect(r.problems[0].message).toContain('#REF!');
  });

  it('never reports a sum that involves an unreadable cell as a sum error', () => {
    const result = checkWorkbook({ sheets: [sheet] });
    expect(result.findings.filter((f) => f.rule === 'row-sum' && (f.cell === 'C8' || f.cell === 'C9'))).toEqual([]);
  });
});
