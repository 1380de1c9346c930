import { promises as fs } from 'fs';
import * as path from 'path';
import { seedWorkbook } from '../support/seedWorkbook';
import { layoutFromSnapshot } from '../../src/xlsx/snapshotLayout';
import { writeLayoutsToFile } from '../../src/xlsx/writeLayouts';

/** Saves a seed's tables (and, asked, its performance tables) as a real .xlsx, one sheet per table, and returns its path. */
export async function writeSeedXlsx(id: '000' | '001' | '002' | '004', dir: string, name: string, options: { performance?: boolean } = {}): Promise<string> {
  const wb = seedWorkbook(id, { layout: 'sheetPerTable', amounts: 'number', performance: options.performance });
  const file = path.join(dir, name);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeLayoutsToFile(wb.sheets.map(layoutFromSnapshot), wb.metadata ?? null, file);
  return file;
}
