import * as path from 'path';
import { INPUTS_000, withParameters } from '../test/domain/narrative/narrativeFixtures';
import { recognize } from '../src/domain/recognition/recognize';
import { parameterSheetLayout } from '../src/domain/parameters/parameterSheet';
import type { SheetLayout } from '../src/domain/template/sheetLayout';
import type { SheetSnapshot } from '../src/domain/workbook/snapshot';
import { presentedLayout } from '../src/xlsx/presentedLayout';
import { writeLayoutsToFile } from '../src/xlsx/writeLayouts';
import { readWorkbookFile } from '../src/xlsx/readWorkbook';
import type { TemplateMetadata } from '../src/domain/workbook/snapshot';

const OUT = path.join(__dirname, '..', 'examples', '汾阳市社会保险中心-2025年预算公开.xlsx');

/**
 * The bundled example: the 13 tables of a real published disclosure (seed 000: 汾阳市社会保险中心
 * 2025年单位预算), one sheet per table named as the template names them, figures exactly as
 * published (with their 0.01 slips), and a 说明参数 sheet holding the 2024 figures and facts the
 * published 情况说明 states. It looks like a real file: the tables laid out as the templates lay them
 * (presentedLayout), the 说明参数 sheet as the template writes it with the inputs typed in.
 */
it('writes the bundled example workbook', async () => {
  // The 13 tables and 说明参数; the 绩效目标表 the seed attaches are left to `template --kind performance`.
  const wb = withParameters('000', 'budget', INPUTS_000, '事业单位', { performance: false });
  const rec = recognize(wb);
  const names = new Map(rec.tables.map((t) => [t.sheet, t.form.sheetName]));
  const tables = rec.tables.map((t) => ({ ...t, sheet: names.get(t.sheet) ?? t.sheet }));
  const sheets = wb.sheets.map((s) => ({ ...s, name: names.get(s.name) ?? s.name }));
  const parameters = sheets[sheets.length - 1];
  const layouts = [parameterLayout(parameters), ...sheets.slice(0, -1).map((s) => presentedLayout(s, tables))];
  const metadata: TemplateMetadata = {
    formVersion: 1,
    kind: 'budget',
    year: 2025,
    unit: '汾阳市社会保险中心',
    unitType: '事业单位',
    sheets: Object.fromEntries(rec.tables.map((t) => [t.form.sheetName, t.form.id])),
  };
  await writeLayoutsToFile(layouts, metadata, OUT);
  const back = await readWorkbookFile(OUT);
  expect(back.sheets.map((s) => s.name)).toEqual(layouts.map((l) => l.name));
  expect(recognize(back).tables.map((t) => t.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
});

/** The template's 说明参数 sheet with the values typed into it (same rows: withParameters fills that layout). */
function parameterLayout(sheet: SheetSnapshot): SheetLayout {
  const layout = parameterSheetLayout({ kind: 'budget', year: 2025, unit: '汾阳市社会保险中心', unitType: '事业单位' });
  const at = new Map(layout.cells.map((c) => [`${c.row},${c.col}`, c]));
  const cells = [...layout.cells];
  sheet.values.forEach((line, row) =>
    line.forEach((value, col) => {
      if (value === null || value === undefined || typeof value === 'boolean' || typeof value === 'object') return;
      const had = at.get(`${row},${col}`);
      if (had && had.value === value) return;
      if (had) cells[cells.indexOf(had)] = { ...had, value };
      else cells.push({ row, col, value, style: 'input' });
    }),
  );
  return { ...layout, name: sheet.name, cells };
}
