import * as path from 'path';
import { withParameters } from '../test/domain/narrative/narrativeFixtures';
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
    {
      'prior.income-total': '41670.92',
      'prior.expense-total': '41670.92',
      'reason.change': '2025年年初预算不包括财政对城乡居民养老保险、机关养老保险、企业职工养老保险的各项补贴',
      'prior.gpb-total': '41670.92',
      'procurement.total': '2.07',
      'procurement.goods': '2.07',
      'procurement.works': '0',
      'procurement.services': '0',
      'performance.overall-amount': '2460.1',
      'performance.projects': '12',
      'performance.amount': '2460.10',
      'performance.operating-projects': '11',
      'performance.operating-amount': '1360.37',
      'performance.specific-projects': '1',
      'performance.specific-amount': '1099.73',
      'assets.vehicles': '0',
      'assets.equipment-over-1m': '0',
    },
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
