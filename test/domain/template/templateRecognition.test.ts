import { formsOfKind } from '../../../src/domain/forms/registry';
import type { Kind } from '../../../src/domain/forms/formTypes';
import { recognize } from '../../../src/domain/recognition/recognize';
import { templateLayouts } from '../../../src/domain/template/templateLayouts';
import { layoutsWorkbook } from './layoutSnapshot';

const UNIT = '汾阳市社会保险中心';

/**
 * Recognition limits (src/domain/recognition, reported to the lead):
 * - 表9's first body line reads "合计 … 合计" (both panels' total labels) and nothing else; as
 *   every text is a header word ("合计" heads the expense 合计 column) readTable takes it for a
 *   header row while the template is blank. With figures typed in it is read right (tested below).
 * - RecognizedTable.empty looks at every keyed column, so the 行次 numbers (公开01/04/10表) and the
 *   科目代码 texts (公开06表, read as numbers) make a blank template look filled.
 */
const BLANK_HEADER_CONFUSION = ['budget-09'];
const KEYED_NON_AMOUNTS = ['final-01', 'final-04', 'final-06', 'final-10'];

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

  // See the todos below for the forms left out here.
  const blankReadable = forms.filter((f) => !BLANK_HEADER_CONFUSION.includes(f.id));
  const emptyReadable = forms.filter((f) => !KEYED_NON_AMOUNTS.includes(f.id));

  it.each(forms.map((f) => [f.id, f] as const))('%s: number, unit and year', (_id, form) => {
    const t = result.tables.find((x) => x.form.id === form.id)!;
    expect(t.no).toBe(form.no);
    expect(t.title).toContain(form.kind === 'budget' ? `${year}年` : '');
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

  it.todo('budget-09: a blank template maps every column (the 合计 | 合计 line is taken for a header)');
  if (kind === 'final') it.todo('final-01/04/06/10: a blank template reads as empty (行次 and 科目代码 are counted as figures)');

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
