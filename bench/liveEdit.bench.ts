import { performance } from 'perf_hooks';
import { CATALOG_NAMESPACE } from '../src/domain/catalog/catalogXml';
import { checkWorkbook } from '../src/domain/checks/checkWorkbook';
import { liveCheckSession } from '../src/domain/checks/liveCheck';
import { cellOf } from '../src/domain/checks/selectCell';
import type { Finding } from '../src/domain/findings/finding';
import { recognize } from '../src/domain/recognition/recognize';
import { parseAddress, parseRange } from '../src/domain/workbook/a1';
import { cellKey, type WorkbookSnapshot } from '../src/domain/workbook/snapshot';
import { LiveChecker } from '../src/excel/liveChecker';
import { OfficeGateway } from '../src/excel/officeGateway';
import { FakeWorkbook, fakeHost } from '../test/support/fakeExcel';
import { syntheticTimes, withOwnCatalog } from './sizedWorkbook';

/**
 * Issue 13 "Measure": one single-cell edit in a table body with 边输入边校验 on, through the Office.js
 * gateway over the strict fake Excel (ExcelApi 1.14): bytes read from Excel, syncs, writes, and the time
 * from the edit event to the findings (debounce set to 0; the engine runs in-process, as the pane's
 * worker would). The workbooks are the synthetic budget at 1× and 100× the largest seed's table cells,
 * with their own 科目表 imported and every table's 合计 row as formulas, as the templates write them.
 * Lines `live-edit-…` are printed exactly so runs can be compared.
 */
function withTotalFormulas(wb: WorkbookSnapshot): WorkbookSnapshot {
  const keys = new Map<string, Set<string>>();
  for (const t of recognize(wb).tables) {
    const total = cellOf(t, { panel: 'main', row: 'total', column: 'total' });
    if (!total) continue;
    const row = parseAddress(total.cell.address).row;
    const range = parseRange(t.range);
    const sheet = wb.sheets.find((s) => s.name === t.sheet)!;
    const set = keys.get(t.sheet) ?? new Set(sheet.formulas ?? []);
    for (let c = range.start.col; c <= range.end.col; c++) if (typeof sheet.values[row]?.[c] === 'number') set.add(cellKey(row, c));
    keys.set(t.sheet, set);
  }
  return { ...wb, sheets: wb.sheets.map((s) => (keys.has(s.name) ? { ...s, formulas: keys.get(s.name) } : s)) };
}

/** Body cells of 表3 (项 rows' 基本支出, spread down the table), the kind of cell an accountant types into. */
function bodyCells(wb: WorkbookSnapshot, n: number): { sheet: string; address: string; value: number }[] {
  const t3 = recognize(wb).tables.find((t) => t.kind === 'budget' && t.no === 3)!;
  const total = cellOf(t3, { panel: 'main', row: 'total', column: 'basic' })!.cell;
  const { row, col } = parseAddress(total.address);
  const sheet = wb.sheets.find((s) => s.name === t3.sheet)!;
  const cells: { sheet: string; address: string; value: number }[] = [];
  for (let r = row + 2; r < sheet.values.length; r++) {
    const v = sheet.values[r]?.[col];
    if (typeof v === 'number' && !(sheet.formulas ?? new Set()).has(cellKey(r, col))) cells.push({ sheet: t3.sheet, address: `${total.address.replace(/\d+$/, '')}${r + 1}`, value: v });
  }
  if (cells.length === 0) throw new Error('表3 has no body figure');
  return Array.from({ length: n }, (_, i) => cells[Math.floor((i * (cells.length - 1)) / Math.max(n - 1, 1))]);
}

/** Edits measured after the first (which reads and checks the workbook whole). */
const EDITS = 9;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test.each([1, 100])('live edit at %i×: bytes read, syncs, writes, edit → findings', async (factor) => {
  const wb = withTotalFormulas(withOwnCatalog(syntheticTimes(factor).wb));
  const fake = FakeWorkbook.fromSnapshot(wb);
  // The imported 科目表 lives in a custom XML part, as the pane's import stores it.
  fake.customXmlParts.push({ id: fake.id('{part-'), xml: wb.catalogXml!, namespace: CATALOG_NAMESPACE });
  const gateway = new OfficeGateway(fakeHost(fake, '1.14'));
  let done: ((f: readonly Finding[]) => void) | null = null;
  let findingCount = 0;
  const session = liveCheckSession();
  const how: string[] = [];
  let last: WorkbookSnapshot = wb;
  const checkEdits = (s: WorkbookSnapshot) => {
    last = s;
    const live = session(s);
    how.push(live.how.kind);
    return live.result.findings;
  };
  const checker = new LiveChecker({ gateway, delayMs: 0, runCheck: (s) => checkWorkbook(s).findings, checkEdits, onResult: (f) => done?.(f) });
  await checker.start();
  const cells = bodyCells(wb, EDITS + 1);
  const edit = async (cell: (typeof cells)[number], value: number): Promise<{ ms: number; findings: number }> => {
    const result = new Promise<readonly Finding[]>((r) => (done = r));
    const t = performance.now();
    await fake.userEdit(cell.sheet, cell.address, value);
    const findings = await result;
    findingCount = findings.length;
    return { ms: performance.now() - t, findings: findings.length };
  };
  await edit(cells[0], cells[0].value + 1); // the first edit reads the workbook whole: live checking starts from it
  const bytes: number[] = [];
  const syncs: number[] = [];
  const writes: number[] = [];
  const ms: number[] = [];
  how.length = 0;
  for (let i = 1; i <= EDITS; i++) {
    [fake.bytesRead, fake.syncCount, fake.apiWrites] = [0, 0, 0];
    const r = await edit(cells[i], cells[i].value + 1);
    bytes.push(fake.bytesRead);
    syncs.push(fake.syncCount);
    writes.push(fake.apiWrites);
    ms.push(r.ms);
  }
  await checker.stop();
  // The pane posts the patched snapshot to its check worker on every edit: a structured clone, as here.
  const cloneMs = Array.from({ length: 5 }, () => {
    const t = performance.now();
    structuredClone(last);
    return performance.now() - t;
  });
  const x = `x${factor}`;
  process.stdout.write(
    [
      `live-edit-read-bytes ${x} ${median(bytes)}`,
      `live-edit-ms ${x} ${median(ms).toFixed(0)}`,
      `live-edit-syncs ${x} ${median(syncs)}`,
      `live-edit-writes ${x} ${Math.max(...writes)}`,
      `live-edit-clone-ms ${x} ${median(cloneMs).toFixed(1)}`,
      `(synthetic budget ${factor}× the largest seed's table cells, ${wb.sheets.length} sheets; ${EDITS} edits down 表3 (${cells[1].sheet}!${cells[1].address}…${cells[EDITS].address}) after a first whole read, median; ${how.filter((h) => h === 'edits').length} of ${how.length} checked from the edited sums; ${findingCount} findings after the last)`,
      '',
    ].join('\n'),
  );
  expect(ms).toHaveLength(EDITS);
});
