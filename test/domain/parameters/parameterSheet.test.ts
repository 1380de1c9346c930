import { PARAMETER_SHEET_NAME } from '../../../src/domain/parameters/parameters';
import { inputAmount, inputCount, inputNumber, parameterSheetLayout, readParameters } from '../../../src/domain/parameters/parameterSheet';
import { ALL_INPUTS, classInputIds, inputLabel, inputLabels, parameterInputs } from '../../../src/domain/parameters/parameterInputs';
import type { SheetLayout } from '../../../src/domain/template/sheetLayout';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { parseAddress } from '../../../src/domain/workbook/a1';
import { seedWorkbook } from '../../support/seedWorkbook';

/** The sheet as a host would give it back after writing the layout. */
function snapshotOf(layout: SheetLayout, name = layout.name): SheetSnapshot {
  const values: CellValue[][] = [];
  for (const c of layout.cells) {
    while (values.length <= c.row) values.push([]);
    const row = values[c.row];
    while (row.length <= c.col) row.push(null);
    row[c.col] = c.value;
  }
  return { name, values };
}

function withValue(sheet: SheetSnapshot, label: string, value: CellValue, col = 1): SheetSnapshot {
  const values = sheet.values.map((r) => [...r]);
  const row = values.findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`no row ${label}`);
  while (values[row].length <= col) values[row].push(null);
  values[row][col] = value;
  return { ...sheet, values };
}

function labelRow(layout: SheetLayout, label: string): number {
  const cell = layout.cells.find((c) => c.col === 0 && c.value === label);
  if (!cell) throw new Error(`no row ${label}`);
  return cell.row;
}

const budgetReq = { kind: 'budget' as const, year: 2025, unit: '汾阳市社会保险中心', unitType: '事业单位' as const };

describe('parameterSheetLayout', () => {
  const layout = parameterSheetLayout(budgetReq);

  it('lays out title, hint, header and pre-filled basic facts', () => {
    expect(layout.name).toBe(PARAMETER_SHEET_NAME);
    expect(layout.cells.find((c) => c.row === 0 && c.col === 0)).toMatchObject({ value: '说明参数', style: 'title' });
    expect(layout.cells.find((c) => c.row === 1 && c.col === 0)?.style).toBe('hint');
    expect(layout.cells.filter((c) => c.row === 2).map((c) => c.value)).toEqual(['项目', '填写内容', '说明']);
    const valueOf = (label: string) => layout.cells.find((c) => c.row === labelRow(layout, label) && c.col === 1);
    expect(valueOf('单位名称')).toMatchObject({ value: '汾阳市社会保险中心', style: 'input' });
    expect(valueOf('年度')?.value).toBe(2025);
    expect(valueOf('单位类型')?.value).toBe('事业单位');
    expect(valueOf('公开类型')?.value).toBe('预算');
    expect(valueOf('上年预算收入总计')).toMatchObject({ value: null, style: 'input' });
    expect(layout.freezeRows).toBe(3);
    expect(layout.print.paper).toBe('A4');
    expect(layout.columnWidths).toHaveLength(3);
  });

  it('offers dropdowns for 单位类型 and 公开类型 at their value cells', () => {
    const choices = layout.choices ?? {};
    const at = (label: string) => choices[`B${labelRow(layout, label) + 1}`];
    expect(at('单位类型')).toEqual(['行政单位', '参公事业单位', '事业单位']);
    expect(at('公开类型')).toEqual(['预算', '决算']);
  });

  it('has one heading per section and every budget input once', () => {
    const labels = layout.cells.filter((c) => c.col === 0 && c.style === 'name').map((c) => c.value);
    expect(labels).toEqual(parameterInputs('budget').map((i) => i.label));
    expect(labels).not.toContain('上年收入总计（决算）');
    const headings = layout.cells.filter((c) => c.style === 'heading');
    expect(new Set(headings.map((h) => h.value)).size).toBe(headings.length);
    expect(headings.length).toBeGreaterThanOrEqual(8);
    for (const h of headings) expect(layout.merges).toContain(`A${h.row + 1}:C${h.row + 1}`);
  });

  it('gives each label one id across both kinds, so the sheet can be read by label', () => {
    const byLabel = new Map<string, string>();
    for (const i of ALL_INPUTS) {
      const before = byLabel.get(i.label);
      expect({ label: i.label, id: before ?? i.id }).toEqual({ label: i.label, id: i.id });
      byLabel.set(i.label, i.id);
    }
  });
});

describe('readParameters', () => {
  it('reads back what the layout wrote, and an entered input with its cell', () => {
    const layout = parameterSheetLayout(budgetReq);
    let sheet = snapshotOf(layout);
    sheet = withValue(sheet, '上年预算收入总计', 41670.92);
    sheet = withValue(sheet, '收支总计增减变动的主要原因', '  2025年年初预算不包括财政对城乡居民养老保险的各项补贴  ');
    sheet = withValue(sheet, '政府采购预算总额', '2.07');
    sheet = withValue(sheet, '政府采购货物预算', 2.0700000000000003);
    sheet = withValue(sheet, '纳入绩效目标管理的项目个数', 12);
    sheet = withValue(sheet, '上年公务接待费预算', '   ');
    const p = readParameters({ sheets: [{ name: 'Sheet1', values: [['预算公开表1']] }, sheet] });
    expect(p).toMatchObject({ unit: '汾阳市社会保险中心', year: 2025, unitType: '事业单位', kind: 'budget', amountUnit: '万元', sheet: '说明参数' });
    const row = labelRow(layout, '上年预算收入总计');
    expect(p.inputs['prior.income-total']).toEqual({ value: '41670.92', cell: { sheet: '说明参数', address: `B${row + 1}` } });
    expect(p.inputs['reason.change'].value).toBe('2025年年初预算不包括财政对城乡居民养老保险的各项补贴');
    expect(p.inputs['prior.three-public.reception']).toBeUndefined();
    expect(p.inputs['prior.expense-total']).toBeUndefined();
    const amount = inputAmount(p, 'procurement.goods');
    expect(amount !== 'invalid' && amount?.value.toFixed(2)).toBe('2.07');
    expect(inputAmount(p, 'prior.expense-total')).toBeUndefined();
    expect(inputCount(p, 'performance.projects')).toMatchObject({ value: 12 });
  });

  it('still reads rows after an inserted row and a renamed sheet', () => {
    const layout = parameterSheetLayout(budgetReq);
    let sheet = withValue(snapshotOf(layout, '参数（我的）'), '上年机关运行经费预算', '68.47');
    const insertAt = labelRow(layout, '单位类型');
    const values = [...sheet.values.slice(0, insertAt), ['我加的一行', '随便写点'], ...sheet.values.slice(insertAt)];
    sheet = { ...sheet, values };
    const p = readParameters({ sheets: [sheet] });
    expect(p.sheet).toBe('参数（我的）');
    expect(p.unitType).toBe('事业单位');
    const cell = p.inputs['prior.operating'].cell;
    expect(parseAddress(cell.address).row).toBe(labelRow(layout, '上年机关运行经费预算') + 1);
    expect(inputAmount(p, 'prior.operating')).toMatchObject({ cell });
  });

  it('validates the unit type and year, and flags a non-number amount', () => {
    let sheet = snapshotOf(parameterSheetLayout(budgetReq));
    sheet = withValue(sheet, '单位类型', '参照公务员法管理事业单位');
    sheet = withValue(sheet, '年度', '２０２５年');
    sheet = withValue(sheet, '上年预算支出总计', '约三千万');
    let p = readParameters({ sheets: [sheet] });
    expect(p.unitType).toBe('参公事业单位');
    expect(p.year).toBe(2025);
    expect(inputAmount(p, 'prior.expense-total')).toBe('invalid');
    sheet = withValue(sheet, '单位类型', '企业');
    sheet = withValue(sheet, '年度', '明年');
    p = readParameters({ sheets: [sheet] });
    expect(p.unitType).toBeNull();
    expect(p.year).toBeNull();
  });

  it('reads the 决算 per-类 table by class name', () => {
    const layout = parameterSheetLayout({ kind: 'final', year: 2024, unit: '汾阳市社会保险中心' });
    expect(layout.columnWidths).toHaveLength(5);
    let sheet = snapshotOf(layout);
    sheet = withValue(sheet, '一般公共预算财政拨款支出年初预算数', 41670.92);
    sheet = withValue(sheet, '社会保障和就业支出', 41611.24, 1);
    sheet = withValue(sheet, '社会保障和就业支出', '用于在职职工工资福利支出', 3);
    sheet = withValue(sheet, '住房保障支出', 39.39, 1);
    sheet = withValue(sheet, '住房保障支出', '本年3月份退休一人', 4);
    const p = readParameters({ sheets: [sheet] });
    expect(p.kind).toBe('final');
    expect(p.unitType).toBeNull();
    expect(p.inputs['budget.initial-gpb'].value).toBe('41670.92');
    expect(p.inputs['budget.initial.208'].value).toBe('41611.24');
    expect(p.inputs['use.class.208'].value).toBe('用于在职职工工资福利支出');
    expect(p.inputs['reason.class.221']).toEqual({
      value: '本年3月份退休一人',
      cell: { sheet: '说明参数', address: `E${labelRow(layout, '住房保障支出') + 1}` },
    });
    expect(p.inputs['prior.class.221']).toBeUndefined();
    expect(classInputIds()).toHaveLength(26 * 4);
  });

  it('reads 十一 and 十二 of the budget: vehicles by kind, area, equipment, the 政府购买服务 catalogue', () => {
    const layout = parameterSheetLayout(budgetReq);
    const labels = layout.cells.filter((c) => c.col === 0 && c.style === 'name').map((c) => c.value);
    for (const l of ['公务用车编制数（辆）', '公务用车实有数（辆）', '其中：执法执勤用车（辆）', '其中：特种专业技术用车（辆）', '办公用房建筑总面积（平方米）',
      '价值50万元（原值）以上通用设备（台/套）', '价值100万元（原值）以上通用设备（台/套）', '政府购买服务指导性目录', '三年规划收入情况']) {
      expect(labels).toContain(l);
    }
    let sheet = snapshotOf(layout);
    sheet = withValue(sheet, '其中：执法执勤用车（辆）', '1辆');
    sheet = withValue(sheet, '办公用房建筑总面积（平方米）', '１２３４.５０㎡');
    sheet = withValue(sheet, '价值50万元（原值）以上通用设备（台/套）', '2台');
    const p = readParameters({ sheets: [sheet] });
    expect(inputCount(p, 'assets.vehicles.law-enforcement')).toMatchObject({ value: 1 });
    expect(inputCount(p, 'assets.equipment-over-500k')).toMatchObject({ value: 2 });
    const area = inputNumber(p, 'assets.office-area');
    expect(area !== 'invalid' && area?.value.toString()).toBe('1234.5');
    expect(inputNumber(p, 'assets.vehicle-quota')).toBeUndefined();
  });

  it('reads a sheet written before the labels changed (车辆数, 单价100万元（含）以上设备)', () => {
    const values: CellValue[][] = [
      ['说明参数'],
      [],
      ['项目', '填写内容', '说明'],
      ['车辆数（辆）', 3],
      ['单价100万元（含）以上设备（台/套）', '0'],
      ['办公用房建筑总面积（平方米）', '约200'],
    ];
    const p = readParameters({ sheets: [{ name: '说明参数', values }] });
    expect(inputCount(p, 'assets.vehicles')).toMatchObject({ value: 3, cell: { address: 'B4' } });
    expect(inputCount(p, 'assets.equipment-over-1m')).toMatchObject({ value: 0 });
    expect(inputNumber(p, 'assets.office-area')).toBe('invalid');
    expect(inputLabels('assets.vehicles', 'budget')).toEqual(['公务用车实有数（辆）', '车辆数（辆）']);
  });

  it('returns nothing when the workbook has no parameter sheet', () => {
    const wb: WorkbookSnapshot = { sheets: [{ name: 'Sheet1', values: [['单位名称', '某单位'], ['年度', 2025]] }] };
    expect(readParameters(wb)).toEqual({ unit: null, year: null, unitType: null, kind: null, amountUnit: '万元', inputs: {}, sheet: null });
    // A workbook of pasted published tables, whose cells say 单位名称 and 年度 but hold no parameter sheet.
    expect(readParameters(seedWorkbook('004')).sheet).toBeNull();
  });
});

describe('inputLabel', () => {
  it('names inputs as the sheet shows them', () => {
    expect(inputLabel('prior.income-total', 'budget')).toBe('上年预算收入总计');
    expect(inputLabel('prior.income-total', 'final')).toBe('上年收入总计（决算）');
    expect(inputLabel('budget.initial.221')).toBe('住房保障支出 年初预算数（万元）');
    expect(inputLabel('budget.initial.209')).toBeUndefined();
    expect(inputLabel('no.such')).toBeUndefined();
  });
});
