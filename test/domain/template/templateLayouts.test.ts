import { formsOfKind } from '../../../src/domain/forms/registry';
import { PARAMETER_SHEET_NAME } from '../../../src/domain/parameters/parameters';
import { templateLayouts } from '../../../src/domain/template/templateLayouts';
import { uniqueSheetName } from '../../../src/domain/template/uniqueSheetName';

const UNIT = '汾阳市社会保险中心';

describe('templateLayouts', () => {
  it('writes the parameter sheet first, then the 13 budget tables in order, with metadata', () => {
    const { layouts, metadata, notices } = templateLayouts({ kind: 'budget', year: 2025, unit: UNIT, unitType: '事业单位' });
    expect(layouts.map((l) => l.name)).toEqual([PARAMETER_SHEET_NAME, ...formsOfKind('budget').map((f) => f.sheetName)]);
    expect(layouts[1].name).toBe('表1 预算收支总表');
    expect(layouts.slice(1).map((l) => l.tables[0].formId)).toEqual(formsOfKind('budget').map((f) => f.id));
    expect(notices).toEqual([]);
    expect(metadata).toEqual({
      formVersion: 1,
      kind: 'budget',
      year: 2025,
      unit: UNIT,
      unitType: '事业单位',
      profile: 'shanxi-budget-13',
      sheets: Object.fromEntries(formsOfKind('budget').map((f) => [f.sheetName, f.id])),
    });
    for (const l of layouts) expect([...l.name].length).toBeLessThanOrEqual(31);
  });

  it('writes the 10 final-accounts tables and leaves unitType out when not given', () => {
    const { layouts, metadata } = templateLayouts({ kind: 'final', year: 2024, unit: UNIT });
    expect(layouts).toHaveLength(11);
    expect(layouts[1].name).toBe('公开01表 收入支出决算总表');
    expect(metadata.unitType).toBeUndefined();
    expect(Object.values(metadata.sheets)).toEqual(formsOfKind('final').map((f) => f.id));
  });

  it('never reuses an existing sheet name: a clash is renamed and told, case-insensitively', () => {
    const { layouts, metadata, notices } = templateLayouts({
      kind: 'budget',
      year: 2025,
      unit: UNIT,
      existingSheets: ['表1 预算收支总表', '说明参数', 'Sheet1', '表3 预算支出总表', '表3 预算支出总表 (2)'],
    });
    const names = layouts.map((l) => l.name);
    expect(names[0]).toBe('说明参数 (2)');
    expect(names[1]).toBe('表1 预算收支总表 (2)');
    expect(names[3]).toBe('表3 预算支出总表 (3)');
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(notices).toEqual([
      '已有工作表“说明参数”，新表命名为“说明参数 (2)”',
      '已有工作表“表1 预算收支总表”，新表命名为“表1 预算收支总表 (2)”',
      '已有工作表“表3 预算支出总表”，新表命名为“表3 预算支出总表 (3)”',
    ]);
    expect(metadata.sheets['表1 预算收支总表 (2)']).toBe('budget/01-summary');
    expect(metadata.sheets['表1 预算收支总表']).toBeUndefined();
  });
});

describe('uniqueSheetName', () => {
  it('keeps a free name and numbers a clash', () => {
    expect(uniqueSheetName('表1 预算收支总表', [])).toBe('表1 预算收支总表');
    expect(uniqueSheetName('表1 预算收支总表', ['表1 预算收支总表'])).toBe('表1 预算收支总表 (2)');
    expect(uniqueSheetName('Sheet1', ['SHEET1', 'sheet1 (2)'])).toBe('Sheet1 (3)');
  });

  it('trims the name so that the suffix fits in 31 characters', () => {
    const long = '公开06表 一般公共预算财政拨款基本支出决算明细表附表一二三';
    expect([...long].length).toBe(30);
    const renamed = uniqueSheetName(long, [long]);
    expect([...renamed].length).toBe(31);
    expect(renamed.endsWith(' (2)')).toBe(true);
    expect(renamed.startsWith(long.slice(0, 27))).toBe(true);
    expect([...uniqueSheetName('x'.repeat(40), [])].length).toBe(31);
  });

  it('replaces the characters Excel forbids', () => {
    expect(uniqueSheetName('收支[2025]: 汇总/明细?*', [])).toBe('收支 2025 汇总 明细');
    expect(uniqueSheetName("'引号'", [])).toBe('引号');
  });
});
