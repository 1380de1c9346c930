import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { formById } from '../../../src/domain/forms/registry';
import type { FormDef } from '../../../src/domain/forms/formTypes';
import { templateLayouts } from '../../../src/domain/template/templateLayouts';
import type { SheetLayout } from '../../../src/domain/template/sheetLayout';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { bodyCell, layoutsWorkbook, typed } from './layoutSnapshot';

const UNIT = '汾阳市社会保险中心';

/** A template workbook with only some of its tables (so cross-table rules see only those). */
function workbook(kind: 'budget' | 'final', year: number, formIds: string[]) {
  const { layouts, metadata } = templateLayouts({ kind, year, unit: UNIT, unitType: '事业单位' });
  const kept = layouts.filter((l, i) => i === 0 || formIds.includes(metadata.sheets[l.name]));
  return { wb: layoutsWorkbook(kept), layouts: kept };
}

type Entry = [panel: string, line: string | number, column: string, value: CellValue];

function fill(wb: WorkbookSnapshot, layouts: readonly SheetLayout[], formId: string, entries: Entry[]): WorkbookSnapshot {
  const form = formById(formId) as FormDef;
  const layout = layouts.find((l) => l.tables[0]?.formId === formId)!;
  const cells: Record<string, CellValue> = {};
  for (const [panel, line, column, value] of entries) cells[bodyCell(layout, form, panel, line, column)] = value;
  return typed(wb, layout.name, cells);
}

/** Errors of the tables kept: the workbooks here hold only some tables on purpose, so 缺表 is not asked. */
const errors = (wb: WorkbookSnapshot) => checkWorkbook(wb).findings.filter((f) => f.severity === 'error' && f.rule !== 'completeness');

/** Figures of 000 (汾阳市社会保险中心 2025), cut to the 2080109 line so that every table agrees. */
function budgetFilled(): { wb: WorkbookSnapshot; layouts: SheetLayout[] } {
  const { wb: blank, layouts } = workbook('budget', 2025, ['budget/01-summary', 'budget/02-income', 'budget/03-expense']);
  let wb = fill(blank, layouts, 'budget/03-expense', [
    ['main', 'total', 'total', 1506.16], ['main', 'total', 'basic', 318.96], ['main', 'total', 'project', 1187.2],
    ['main', 0, 'code', '208'], ['main', 0, 'name', '社会保障和就业支出'], ['main', 0, 'total', 1506.16], ['main', 0, 'basic', 318.96], ['main', 0, 'project', 1187.2],
    ['main', 1, 'code', '20801'], ['main', 1, 'name', '人力资源和社会保障管理事务'], ['main', 1, 'total', 1506.16], ['main', 1, 'basic', 318.96], ['main', 1, 'project', 1187.2],
    ['main', 2, 'code', '2080109'], ['main', 2, 'name', '社会保险经办机构'], ['main', 2, 'total', 1506.16], ['main', 2, 'basic', 318.96], ['main', 2, 'project', 1187.2],
  ]);
  wb = fill(wb, layouts, 'budget/02-income', [
    ['main', 'total', 'total', 1506.16], ['main', 'total', 'gpb', 1506.16],
    ['main', 0, 'code', '208'], ['main', 0, 'name', '社会保障和就业支出'], ['main', 0, 'total', 1506.16], ['main', 0, 'gpb', 1506.16],
    ['main', 1, 'code', '20801'], ['main', 1, 'name', '人力资源和社会保障管理事务'], ['main', 1, 'total', 1506.16], ['main', 1, 'gpb', 1506.16],
    ['main', 2, 'code', '2080109'], ['main', 2, 'name', '社会保险经办机构'], ['main', 2, 'total', 1506.16], ['main', 2, 'gpb', 1506.16],
  ]);
  wb = fill(wb, layouts, 'budget/01-summary', [
    ['income', 'gpb', 'amount', 1506.16], ['income', 'income-total', 'amount', 1506.16], ['income', 'grand-total', 'amount', 1506.16],
    ['expense', 'class-208', 'total', 1506.16], ['expense', 'class-208', 'current', 1506.16],
    ['expense', 'expense-total', 'total', 1506.16], ['expense', 'expense-total', 'current', 1506.16],
    ['expense', 'grand-total', 'total', 1506.16], ['expense', 'grand-total', 'current', 1506.16],
  ]);
  return { wb, layouts };
}

describe('a filled-in budget template', () => {
  const { wb, layouts } = budgetFilled();

  it('is recognised with the typed rows and passes the checks', () => {
    const result = checkWorkbook(wb);
    const t3 = result.recognition.tables.find((t) => t.no === 3)!;
    expect(t3.empty).toBe(false);
    expect(t3.panels[0].rows.map((r) => [r.key, r.code, r.level])).toEqual([
      ['total', null, 'total'],
      [null, '208', 'class'],
      [null, '20801', 'item'],
      [null, '2080109', 'subitem'],
    ]);
    const t1 = result.recognition.tables.find((t) => t.no === 1)!;
    const row208 = t1.panels[1].rows.findIndex((r) => r.key === 'class-208');
    expect(t1.panels[1].amount(row208, 'total')?.amount.value?.toNumber()).toBe(1506.16);
    expect(result.findings.filter((f) => f.severity === 'error' && f.rule !== 'completeness')).toEqual([]);
  });

  it('reports a 合计 that is not 基本支出 + 项目支出 at its cell', () => {
    const form = formById('budget/03-expense')!;
    const layout = layouts.find((l) => l.tables[0]?.formId === 'budget/03-expense')!;
    const address = bodyCell(layout, form, 'main', 2, 'basic');
    const broken = typed(wb, layout.name, { [address]: 318.0 });
    const found = errors(broken);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((f) => f.table === 3 && (f.cells ?? []).some((c) => c.address === address))).toBe(true);
  });

  it('reports 表1 本年支出合计 that is not the sum of the 类 lines', () => {
    const form = formById('budget/01-summary')!;
    const layout = layouts.find((l) => l.tables[0]?.formId === 'budget/01-summary')!;
    const address = bodyCell(layout, form, 'expense', 'class-210', 'current');
    const broken = typed(wb, layout.name, { [address]: 20, [bodyCell(layout, form, 'expense', 'class-210', 'total')]: 20 });
    expect(errors(broken).some((f) => f.table === 1 && f.rule === 'column-sum')).toBe(true);
  });
});

describe('a filled-in final-accounts template', () => {
  const { wb: blank, layouts } = workbook('final', 2024, ['final/03-expense', 'final/10-information']);
  let wb = fill(blank, layouts, 'final/03-expense', [
    ['main', 'total', 'total', 100], ['main', 'total', 'basic', 60], ['main', 'total', 'project', 40],
    ['main', 0, 'code', '208'], ['main', 0, 'name', '社会保障和就业支出'], ['main', 0, 'total', 100], ['main', 0, 'basic', 60], ['main', 0, 'project', 40],
    ['main', 1, 'code', '20801'], ['main', 1, 'name', '人力资源和社会保障管理事务'], ['main', 1, 'total', 100], ['main', 1, 'basic', 60], ['main', 1, 'project', 40],
  ]);
  wb = fill(wb, layouts, 'final/10-information', [
    ['main', 'procurement-total', 'value', 30], ['main', 'procurement-goods', 'value', 10],
    ['main', 'procurement-works', 'value', 5], ['main', 'procurement-services', 'value', 15],
    ['main', 'vehicles', 'value', 2], ['main', 'vehicles-head', 'value', 1], ['main', 'vehicles-other', 'value', 1],
  ]);

  it('passes the checks', () => {
    expect(errors(wb)).toEqual([]);
  });

  it('reports 车辆数合计 that is not the sum of its lines', () => {
    const form = formById('final/10-information')!;
    const layout = layouts.find((l) => l.tables[0]?.formId === 'final/10-information')!;
    const broken = typed(wb, layout.name, { [bodyCell(layout, form, 'main', 'vehicles', 'value')]: 3 });
    expect(errors(broken).some((f) => f.table === 10)).toBe(true);
  });
});

describe('an empty template', () => {
  it.each(['budget', 'final'] as const)('%s: the only error is that it is a blank template (no sum fails on blank tables)', (kind) => {
    const { layouts } = templateLayouts({ kind, year: kind === 'budget' ? 2025 : 2024, unit: UNIT, unitType: '事业单位' });
    const all = checkWorkbook(layoutsWorkbook(layouts)).findings.filter((f) => f.severity === 'error');
    expect(all.map((f) => f.rule)).toEqual(['completeness']);
    expect(all[0].message).toContain('空白模板');
  });
});
