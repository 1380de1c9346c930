import * as path from 'path';
import { seedWorkbook } from '../test/support/seedWorkbook';
import { layoutFromSnapshot } from '../src/xlsx/snapshotLayout';
import { writeLayoutsToFile } from '../src/xlsx/writeLayouts';
import { readWorkbookFile } from '../src/xlsx/readWorkbook';
import { parameterSheetLayout } from '../src/domain/parameters/parameterSheet';
import type { TemplateMetadata } from '../src/domain/workbook/snapshot';

const OUT = path.join(__dirname, '..', 'examples', '汾阳市社会保险中心-2025年预算公开.xlsx');

it('writes the bundled example workbook (seed 000: 汾阳市社会保险中心 2025年单位预算)', async () => {
  const wb = seedWorkbook('000', { layout: 'sheetPerTable', amounts: 'number' });
  const request = { kind: 'budget' as const, year: 2025, unit: '汾阳市社会保险中心', unitType: '事业单位' as const };
  const layouts = [...wb.sheets.map(layoutFromSnapshot), parameterSheetLayout(request)];
  const metadata: TemplateMetadata = { formVersion: 1, ...request, sheets: {} };
  await writeLayoutsToFile(layouts, metadata, OUT);
  const back = await readWorkbookFile(OUT);
  expect(back.sheets.map((s) => s.name)).toEqual(layouts.map((l) => l.name));
  expect(back.metadata?.unit).toBe('汾阳市社会保险中心');
});
