import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { recognize } from '../../src/domain/recognition/recognize';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { layoutFromSnapshot } from '../../src/xlsx/snapshotLayout';
import { writeLayoutsToFile } from '../../src/xlsx/writeLayouts';
import { brokenWords } from '../support/outputScan';
import { seedWorkbook } from '../support/seedWorkbook';
import { cli } from './runCli';

/**
 * Issue 12 item 3: amounts no disclosure can hold (±1.7976931348623157e308, 1e15 万元 and up, a
 * 20-digit text) are unreadable amounts at their cells, and no output of any command — check's
 * report and JSON, the 情况说明 as text, JSON and .docx, fill's report and its workbook — ever
 * shows Infinity, NaN or undefined.
 */
const EXTREMES: CellValue[] = [1.7976931348623157e308, -1.7976931348623157e308, 1e15, -2.5e16, '99999999999999999999.99'];

/** The first non-zero amount of every table replaced by `value`: their addresses, and the workbook. */
function withExtreme(wb: WorkbookSnapshot, value: CellValue): { wb: WorkbookSnapshot; cells: string[] } {
  const cells: string[] = [];
  const sheets = wb.sheets.map((s) => ({ ...s, values: s.values.map((r) => r.slice()) }));
  for (const t of recognize(wb).tables) {
    const isAmount = (k: number, key: string | null) => t.form.panels[k].columns.some((d) => d.key === key && d.type === 'amount');
    const hit = t.panels
      .flatMap((p, k) => p.rows.flatMap((_, i) => p.columns.map((c) => (isAmount(k, c.key) ? p.amount(i, c.key!) : undefined))))
      .find((c) => c?.amount.state === 'amount' && !c.amount.value!.isZero());
    if (!hit) continue;
    sheets.find((s) => s.name === t.sheet)!.values[hit.row][hit.col] = value;
    cells.push(`${t.sheet}!${hit.address}`);
  }
  return { wb: { ...wb, sheets }, cells };
}

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  return zip.file('word/document.xml')!.async('string');
}

async function sheetXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const parts = Object.keys(zip.files).filter((n) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(n));
  return (await Promise.all(parts.map((n) => zip.file(n)!.async('string')))).join('\n');
}

describe('extreme numbers', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'extreme-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it.each(EXTREMES.map((v, i) => [String(v), i, v] as const))('%s: unreadable at its cells, and no output shows Infinity, NaN or undefined', async (_, i, value) => {
    for (const id of ['000', '004'] as const) {
      const { wb, cells } = withExtreme(seedWorkbook(id), value);
      expect(cells.length).toBeGreaterThanOrEqual(7);
      const name = `x${i}-${id}`;
      await writeLayoutsToFile(wb.sheets.map(layoutFromSnapshot), null, path.join(dir, `${name}.xlsx`));
      const outputs: Record<string, string> = {};
      const run = async (label: string, argv: string[]) => {
        const r = await cli(argv, dir);
        outputs[label] = r.stdout + r.stderr;
        return r;
      };
      const human = await run('check', ['check', `${name}.xlsx`]);
      expect(human.code).toBe(1);
      const json = await run('check --json', ['check', `${name}.xlsx`, '--json']);
      const findings = (JSON.parse(json.stdout) as { files: { findings: { rule: string; sheet: string; cell: string }[] }[] }).files[0].findings;
      const unreadable = findings.filter((f) => f.rule === 'unreadable-amount').map((f) => `${f.sheet}!${f.cell}`);
      expect(unreadable.sort()).toEqual([...cells].sort());
      await run('narrative', ['narrative', `${name}.xlsx`]);
      await run('narrative --json', ['narrative', `${name}.xlsx`, '--json']);
      await run('narrative --out docx', ['narrative', `${name}.xlsx`, '--out', `${name}.docx`]);
      outputs['narrative .docx'] = await docxText(path.join(dir, `${name}.docx`));
      await run('fill', ['fill', `${name}.xlsx`, '--out', `${name}-filled.xlsx`]);
      outputs['filled workbook'] = await sheetXml(path.join(dir, `${name}-filled.xlsx`));
      await run('check filled', ['check', `${name}-filled.xlsx`, '--json']);
      expect(brokenWords(outputs)).toEqual({});
    }
  }, 120000);
});
