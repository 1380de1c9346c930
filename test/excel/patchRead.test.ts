import { checkWorkbook } from '../../src/domain/checks/checkWorkbook';
import { cellOf } from '../../src/domain/checks/selectCell';
import { recognize } from '../../src/domain/recognition/recognize';
import { cellAt, cellKey, type WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { parseAddress } from '../../src/domain/workbook/a1';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { formulaRuns } from '../../src/excel/office/patchRead';
import type { WorkbookChange } from '../../src/excel/workbookGateway';
import { FakeWorkbook, fakeHost } from '../support/fakeExcel';
import { seedWorkbook } from '../support/seedWorkbook';
import { trimmed } from './gatewayContract';

/**
 * Issue 13 item 2: an edit is read by what it changed — the edited range and the current values of the
 * formula cells — in one read sync, and gives the same snapshot a whole read would.
 */
const SEED = seedWorkbook('000');
const T3 = recognize(SEED).tables.find((t) => t.kind === 'budget' && t.no === 3)!;
const TOTAL = cellOf(T3, { panel: 'main', row: 'total', column: 'total' })!.cell;
const BASIC = cellOf(T3, { panel: 'main', row: 'total', column: 'basic' })!.cell;

/** Seed 000 as a template-made workbook holds it: 表3's 合计 row as formulas (their cached results as printed). */
function withTotalFormulas(wb: WorkbookSnapshot): WorkbookSnapshot {
  const row = parseAddress(TOTAL.address).row;
  const line = wb.sheets.find((s) => s.name === T3.sheet)!.values[row];
  const keys = line.map((v, c) => (typeof v === 'number' ? cellKey(row, c) : null)).filter((k): k is string => k !== null);
  return { ...wb, sheets: wb.sheets.map((s) => (s.name === T3.sheet ? { ...s, formulas: new Set([...(s.formulas ?? []), ...keys]) } : s)) };
}

async function setup(api: string) {
  const fake = FakeWorkbook.fromSnapshot(withTotalFormulas(SEED));
  const gateway = new OfficeGateway(fakeHost(fake, api));
  const changes: WorkbookChange[] = [];
  await gateway.onChanged((c) => changes.push(c));
  await gateway.readSnapshot(); // the read live checking starts from
  return { fake, gateway, changes };
}

function sameCells(a: WorkbookSnapshot, b: WorkbookSnapshot): void {
  expect(a.sheets.map((s) => s.name)).toEqual(b.sheets.map((s) => s.name));
  a.sheets.forEach((s, i) => {
    expect(trimmed(s.values)).toEqual(trimmed(b.sheets[i].values));
    expect([...(s.formulas ?? [])].sort()).toEqual([...(b.sheets[i].formulas ?? [])].sort());
    expect([...(s.textFormatted ?? [])].sort()).toEqual([...(b.sheets[i].textFormatted ?? [])].sort());
  });
}

describe.each(['1.7', '1.14', '1.20'])('readChanged at ExcelApi %s', (api) => {
  it('a single-cell edit in a table body: one read sync, no write, a few hundred bytes, the same cells as a whole read', async () => {
    const { fake, gateway, changes } = await setup(api);
    await fake.userEdit(T3.sheet, BASIC.address, Number(BASIC.amount.value) + 1);
    // The template's formula recalculates: Excel changes its result without an event of its own.
    fake.cellAt(T3.sheet, TOTAL.address)!.value = Number(TOTAL.amount.value) + 1;
    expect(changes).toHaveLength(1);
    [fake.syncCount, fake.bytesRead, fake.apiWrites] = [0, 0, 0];
    const patched = await gateway.readChanged(changes);
    expect([fake.syncCount, fake.apiWrites]).toEqual([1, 0]);
    expect(fake.bytesRead).toBeLessThan(4096);
    const row = parseAddress(TOTAL.address).row;
    const sheet = patched.sheets.find((s) => s.name === T3.sheet)!;
    expect(cellAt(sheet, row, parseAddress(TOTAL.address).col)).toBe(Number(TOTAL.amount.value) + 1);
    sameCells(patched, await new OfficeGateway(fakeHost(fake, api)).readSnapshot());
    // The checks see what a whole read would show them.
    expect(checkWorkbook(patched).findings).toEqual(checkWorkbook(await new OfficeGateway(fakeHost(fake, api)).readSnapshot()).findings);
  });

  it('a formula typed over with a figure, and a code typed as text, are read as such', async () => {
    const { fake, gateway, changes } = await setup(api);
    await fake.userEdit(T3.sheet, TOTAL.address, 1234.5);
    const codeCell = `A${parseAddress(TOTAL.address).row + 3}`;
    fake.sheet(T3.sheet)!.cells.set(`${parseAddress(codeCell).row},0`, { value: '2080109', numberFormat: '@' });
    changes.push({ sheet: fake.sheet(T3.sheet)!.id, address: codeCell, changeType: 'RangeEdited' });
    const patched = await gateway.readChanged(changes);
    sameCells(patched, await new OfficeGateway(fakeHost(fake, api)).readSnapshot());
  });

  it('rows inserted, a sheet added or renamed: a whole read', async () => {
    const { fake, gateway, changes } = await setup(api);
    await fake.userInsertRows(T3.sheet, 8);
    fake.syncCount = 0;
    sameCells(await gateway.readChanged(changes), await new OfficeGateway(fakeHost(fake, api)).readSnapshot());
    expect(fake.syncCount).toBeGreaterThanOrEqual(2);

    fake.sheet(T3.sheet)!.name = '表3（改）';
    await fake.userEdit('表3（改）', BASIC.address, 1);
    const renamed = await gateway.readChanged(changes.slice(-1));
    expect(renamed.sheets.map((s) => s.name)).toContain('表3（改）');
    sameCells(renamed, await new OfficeGateway(fakeHost(fake, api)).readSnapshot());
  });
});

describe('formulaRuns', () => {
  it('groups a sheet’s formula cells into row runs', () => {
    expect(formulaRuns({ name: 'S', values: [], formulas: new Set(['5,1', '5,2', '5,3', '5,5', '7,2']) })).toEqual(['B6:D6', 'F6', 'C8']);
  });
});
