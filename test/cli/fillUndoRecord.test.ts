import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { FILL_UNDO_NAMESPACE, fillUndoFromXml } from '../../src/domain/fill/undoRecordXml';
import { recognize } from '../../src/domain/recognition/recognize';
import { MemoryGateway } from '../../src/excel/memoryGateway';
import { loadStoredUndo, undoStored } from '../../src/taskpane/fill/fillUndo';
import { readCustomXml, readCustomXmlParts, writeCustomXml } from '../../src/xlsx/customXml';
import { readWorkbookFile } from '../../src/xlsx/readWorkbook';
import { layoutFromSnapshot } from '../../src/xlsx/snapshotLayout';
import { writeLayoutsToFile } from '../../src/xlsx/writeLayouts';
import { blankTables, tableOf } from '../domain/fill/blankTables';
import { trimmed } from '../excel/gatewayContract';
import { seedWorkbook } from '../support/seedWorkbook';
import { cli } from './runCli';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bd-fill-undo-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('fill --out stores the undo record, so the task pane can undo a command-line fill', () => {
  it('seed 000 with 表1/表4 blanked: the record lists every write; the pane restores the input from it', async () => {
    const seed = seedWorkbook('000', { layout: 'sheetPerTable', amounts: 'number' });
    const blanked = blankTables(seed, [1, 4]);
    const metadata = { formVersion: 1, kind: 'budget' as const, year: 2025, unit: '汾阳市社会保险中心', sheets: {} };
    await writeLayoutsToFile(blanked.sheets.map(layoutFromSnapshot), metadata, path.join(dir, '半成品.xlsx'));

    const r = await cli(['fill', '半成品.xlsx', '--out', '已填.xlsx'], dir);
    expect(r.stderr).toBe('');
    const written = Number(/填写 (\d+) 个单元格/.exec(r.stdout)![1]);
    expect(written).toBeGreaterThan(20);
    const out = await fs.readFile(path.join(dir, '已填.xlsx'));
    const record = fillUndoFromXml((await readCustomXml(out, FILL_UNDO_NAMESPACE))!);
    expect(record).toMatchObject({ origin: 'cli' });
    expect(record!.cells).toHaveLength(written);
    // The blanked amounts were blank before: the record says so, and what fill wrote.
    expect(record!.cells.every((c) => c.value === null && typeof c.written === 'number')).toBe(true);
    // The metadata part is carried over beside it.
    const parts = await readCustomXmlParts(await JSZip.loadAsync(out));
    expect(parts.filter((x) => x.includes('urn:budget-disclosure:template:v1'))).toHaveLength(1);

    // Open the filled file in the pane (memory host holding the file's sheets and parts) and undo.
    const input = await readWorkbookFile(path.join(dir, '半成品.xlsx'));
    const filled = await readWorkbookFile(path.join(dir, '已填.xlsx'));
    const g = MemoryGateway.fromSnapshot(filled);
    g.fillUndoXml = (await readCustomXml(out, FILL_UNDO_NAMESPACE))!;
    const { stored } = await loadStoredUndo(g, async () => recognize);
    expect(stored!.check.changed).toEqual([]);
    const outcome = await undoStored(g, stored!, false, async () => recognize);
    expect(outcome.restoredCells).toBe(written);
    const after = await g.readSnapshot();
    after.sheets.forEach((s, i) => expect([s.name, trimmed(s.values)]).toEqual([input.sheets[i].name, trimmed(input.sheets[i].values)]));
  });

  it('filling again: nothing left to write keeps the earlier record (still true); a new fill replaces it, never piles parts up', async () => {
    const first = (await readCustomXml(await fs.readFile(path.join(dir, '已填.xlsx')), FILL_UNDO_NAMESPACE))!;
    const r = await cli(['fill', '已填.xlsx', '--out', '再填.xlsx'], dir);
    expect(r.stdout).toContain('填写 0 个单元格');
    const records = async (file: string) =>
      (await readCustomXmlParts(await JSZip.loadAsync(await fs.readFile(path.join(dir, file))))).filter((x) => x.includes(FILL_UNDO_NAMESPACE));
    expect(await records('再填.xlsx')).toEqual([first]);

    // Blank 表1 of the filled file again and fill: one record, the new fill's.
    const filled = await readWorkbookFile(path.join(dir, '已填.xlsx'));
    const layouts = blankTables(filled, [1]).sheets.map(layoutFromSnapshot);
    await writeLayoutsToFile(layouts, filled.metadata ?? null, path.join(dir, '改过.xlsx'));
    // writeLayoutsToFile starts a new file: put the earlier record in as Excel would have kept it.
    await fs.writeFile(path.join(dir, '改过.xlsx'), await writeCustomXml(await fs.readFile(path.join(dir, '改过.xlsx')), FILL_UNDO_NAMESPACE, first));
    await cli(['fill', '改过.xlsx', '--out', '三填.xlsx'], dir);
    const now = await records('三填.xlsx');
    expect(now).toHaveLength(1);
    // The earlier record covered 表1 and 表4; the new one only the re-blanked 表1.
    const sheetsOf = (xml: string) => [...new Set(fillUndoFromXml(xml)!.cells.map((c) => c.sheet))];
    const t1 = tableOf(filled, 1).sheet;
    expect(sheetsOf(first).length).toBeGreaterThan(1);
    expect(sheetsOf(now[0])).toEqual([t1]);
  });
});
