import * as path from 'path';
import { INPUTS_000, withParameters } from '../test/domain/narrative/narrativeFixtures';
import { recognize } from '../src/domain/recognition/recognize';
import { layoutFromSnapshot } from '../src/xlsx/snapshotLayout';
import { writeLayoutsToFile } from '../src/xlsx/writeLayouts';
import { readWorkbookFile } from '../src/xlsx/readWorkbook';
import type { TemplateMetadata } from '../src/domain/workbook/snapshot';

const OUT = path.join(__dirname, '..', 'examples', '汾阳市社会保险中心-2025年预算公开.xlsx');

/**
 * The bundled example: the 13 tables of a real published disclosure (seed 000: 汾阳市社会保险中心
 * 2025年单位预算), one sheet per table named as the template names them, figures exactly as
 * published (with their 0.01 slips), and a 说明参数 sheet holding the 2024 figures and facts the
 * published 情况说明 states.
 */
it('writes the bundled example workbook', async () => {
  const wb = withParameters(
    '000',
    'budget',
    INPUTS_000,
    '事业单位',
  );
  const rec = recognize(wb);
  const names = new Map(rec.tables.map((t) => [t.sheet, t.form.sheetName]));
  const sheets = wb.sheets.map((s) => ({ ...s, name: names.get(s.name) ?? s.name }));
  const layouts = [sheets[sheets.length - 1], ...sheets.slice(0, -1)].map(layoutFromSnapshot);
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
