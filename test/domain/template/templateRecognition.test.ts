import { formsOfKind } from '../../../src/domain/forms/registry';
import type { Kind } from '../../../src/domain/forms/formTypes';
import { recognize } from '../../../src/domain/recognition/recognize';
import { templateLayouts } from '../../../src/domain/template/templateLayouts';
import { formById } from '../../../src/domain/forms/registry';
import { fillYear } from '../../../src/domain/forms/formTypes';
import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { bodyCell, layoutsWorkbook, typed } from './layoutSnapshot';

const UNIT = '汾阳市社会保险中心';

/** Every template, read back as a workbook without the metadata part, is found by recognition alone. */
describe.each([
  ['budget', 2025],
  ['final', 2024],
] as const)('%s templates are recognised', (kind: Kind, year: number) => {
  const { layouts } = templateLayouts({ kind, year, unit: UNIT, unitType: '事业单位' });
  const result = recognize(layoutsWorkbook(layouts));
  const forms = formsOfKind(kind);

  it('finds each table once, on its own sheet, with nothing unrecognised', () => {
    expect(result.unrecognized).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.tables.map((t) => t.form.id)).toEqual(forms.map((f) => f.id));
    expect(result.tables.map((t) => t.sheet)).toEqual(forms.map((f) => f.sheetName));
    expect(result.kind).toBe(kind);
  });

  // 表9's blank 合计 | 合计 line, 公开01/04/10表's 行次 and 公开06表's codes are all read right too.
  const blankReadable = forms;
  const emptyReadable = forms;

  it.each(forms.map((f) => [f.id, f] as const))('%s: number, unit and year', (_id, form) => {
    const t = result.tables.find((x) => x.form.id === form.id)!;
    expect(t.no).toBe(form.no);
    expect(t.title).toBe(fillYear(form.title, year));
    expect(t.unit).toBe(UNIT);
    expect(t.year).toBe(year);
  });

  it.each(emptyReadable.map((f) => [f.id, f] as const))('%s: a blank template reads as an empty table', (_id, form) => {
    expect(result.tables.find((x) => x.form.id === form.id)!.empty).toBe(true);
  });

  it.each(blankReadable.map((f) => [f.id, f] as const))('%s: every column mapped to its key', (_id, form) => {
    const t = result.tables.find((x) => x.form.id === form.id)!;
    form.panels.forEach((panel, p) => {
      const cols = t.panels[p].columns;
      expect(cols.filter((c) => c.key === null).map((c) => c.header.join('/'))).toEqual([]);
      expect(cols.map((c) => c.key)).toEqual(panel.columns.map((c) => c.key));
    });
  });


  it.each(forms.map((f) => [f.id, f] as const))('%s: fixed lines map to their keys in order', (_id, form) => {
    const t = result.tables.find((x) => x.form.id === form.id)!;
    form.panels.forEach((panel, p) => {
      if (panel.rows.mode !== 'fixed') return;
      // A blank template row is read when it has a label or a 行次 to identify it.
      const expected = panel.rows.rows.filter((r) => r.label !== '' || r.lineNo !== undefined).map((r) => r.key);
      expect(t.panels[p].rows.map((r) => r.key)).toEqual(expected);
    });
  });
});

/** One template sheet with some figures typed in, recognised on its own. */
function typedTable(kind: Kind, formId: string, entries: [string, string | number, string, number][]) {
  const { layouts, metadata } = templateLayouts({ kind, year: 2025, unit: UNIT });
  const layout = layouts.find((l) => metadata.sheets[l.name] === formId)!;
  const cells: Record<string, number> = {};
  for (const [panel, line, column, v] of entries) cells[bodyCell(layout, formById(formId)!, panel, line, column)] = v;
  return typed(layoutsWorkbook([layout]), layout.name, cells);
}

describe('templates with figures typed in', () => {
  it('表9: both panels and their 合计 lines are read once the 合计 line carries figures', () => {
    const wb = typedTable('budget', 'budget/09-soe', [
      ['income', 'total', 'amount', 5],
      ['expense', 'total', 'total', 5],
      ['expense', 'total', 'basic', 5],
    ]);
    const t = recognize(wb).tables[0];
    expect(t.panels.map((p) => p.columns.map((c) => c.key))).toEqual([
      ['code', 'name', 'amount'],
      ['code', 'name', 'total', 'basic', 'project'],
    ]);
    expect(t.panels.map((p) => p.rows.map((r) => r.key))).toEqual([['total'], ['total']]);
    expect(t.panels[1].amount(0, 'total')?.address).toBe(bodyCell(
      templateLayouts({ kind: 'budget', year: 2025, unit: UNIT }).layouts.find((l) => l.tables[0]?.formId === 'budget/09-soe')!,
      formById('budget/09-soe')!, 'expense', 'total', 'total'));
  });

  it('公开09表: a 合计 that is not 小计 + 因公出国 + 公务接待费 is an error', () => {
    const wb = typedTable('final', 'final/09-three-public', [
      ['main', 'amount', 'budgetTotal', 4],
      ['main', 'amount', 'budgetCar', 2],
      ['main', 'amount', 'budgetCarRun', 2],
      ['main', 'amount', 'budgetReception', 1],
    ]);
    // One table on its own: the other nine are missing on purpose (completeness is not asked here).
    const findings = checkWorkbook(wb).findings;
    const errors = findings.filter((f) => f.severity === 'error' && f.rule !== 'completeness' && f.rule !== 'suspect-cell');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('应为');
    // 合计 or 公务接待费 may be the mistyped one (小计 is held by its own sum): both are suspects alike.
    expect(findings.filter((f) => f.rule === 'suspect-cell').map((f) => [f.column, f.expected, f.explains])).toEqual([
      ['合计', '3.00', 1],
      ['公务接待费', '2.00', 1],
    ]);
  });

  it('公开09表: the single unlabelled line maps to fixed row key "amount"', () => {
    const wb = typedTable('final', 'final/09-three-public', [['main', 'amount', 'budgetTotal', 4]]);
    const t = recognize(wb).tables[0];
    expect(t.panels[0].rows.map((r) => [r.key, r.name])).toEqual([['amount', '']]);
  });
});

describe('公开10表: header rows repeated inside the body', () => {
  const form = formById('final/10-information')!;
  const { layouts, metadata } = templateLayouts({ kind: 'final', year: 2024, unit: UNIT });
  const layout = layouts.find((l) => metadata.sheets[l.name] === 'final/10-information')!;
  const sectionHeaders = layout.tables[0].headerRows;

  it('reads the first section header as the header and skips the second, mapping every line', () => {
    expect(sectionHeaders).toHaveLength(2);
    const t = recognize(layoutsWorkbook([layout])).tables[0];
    expect(t.headerRows).toEqual([sectionHeaders[0]]);
    const rows = t.panels[0].rows;
    expect(rows.some((r) => sectionHeaders.includes(r.row))).toBe(false);
    expect(rows.map((r) => r.key)).toEqual((form.panels[0].rows as { rows: readonly { key: string }[] }).rows.map((r) => r.key));
    // The heading above the first header is a body line too, in its place.
    expect(rows[0]).toMatchObject({ key: 'procurement', row: sectionHeaders[0] - 1, level: 'group' });
  });

  it('reads figures typed in each section at their own lines', () => {
    const wb = typedTable('final', 'final/10-information', [
      ['main', 'procurement-total', 'value', 7.33],
      ['main', 'procurement-goods', 'value', 7.33],
      ['main', 'operating-admin', 'value', 12.5],
      ['main', 'vehicles', 'value', 1],
      ['main', 'vehicles-other', 'value', 1],
    ]);
    const t = recognize(wb).tables[0];
    const value = (key: string) => {
      const i = t.panels[0].rows.findIndex((r) => r.key === key);
      return t.panels[0].amount(i, 'value')!.amount.value?.toNumber() ?? null;
    };
    expect(t.empty).toBe(false);
    expect(['procurement-total', 'procurement-goods', 'procurement-works', 'operating-admin', 'operating-civil-service', 'vehicles', 'vehicles-other'].map(value))
      .toEqual([7.33, 7.33, null, 12.5, null, 1, 1]);
    expect(checkWorkbook(wb).findings.filter((f) => f.severity === 'error' && f.rule !== 'completeness')).toEqual([]);
  });

  it('a header typed over by hand does not become a line', () => {
    const [, second] = sectionHeaders;
    const wb = typed(layoutsWorkbook([layout]), layout.name, { [`A${second + 1}`]: '项 目', [`C${second + 1}`]: '决算数' });
    const t = recognize(wb).tables[0];
    expect(t.panels[0].rows.some((r) => r.row === second)).toBe(false);
    expect(t.panels[0].rows.map((r) => r.key)).toEqual((form.panels[0].rows as { rows: readonly { key: string }[] }).rows.map((r) => r.key));
  });
});
