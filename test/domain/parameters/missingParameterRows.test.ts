import { ADDED_ROWS_HEADING, missingParameterRows, parameterSheetLayout, readParameters } from '../../../src/domain/parameters/parameterSheet';
import { inputLabel } from '../../../src/domain/parameters/parameterInputs';
import { parseAddress } from '../../../src/domain/workbook/a1';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../../support/seedWorkbook';
import { layoutSnapshot } from '../template/layoutSnapshot';

const req = { kind: 'budget' as const, year: 2025, unit: '汾阳市社会保险中心', unitType: '事业单位' as const };

/** The 说明参数 sheet as written by this version, as a host reads it back. */
function currentSheet(): SheetSnapshot {
  return layoutSnapshot(parameterSheetLayout(req));
}

/** An older sheet: without the rows of `ids`, with the user's own figures and a note of theirs at the end. */
function olderSheet(ids: readonly string[]): SheetSnapshot {
  const drop = new Set(ids.map((id) => inputLabel(id, 'budget')!));
  const values = currentSheet().values.filter((r) => !drop.has(String(r[0] ?? '')));
  const vehicles = values.findIndex((r) => r[0] === '公务用车实有数（辆）');
  values[vehicles] = ['公务用车实有数（辆）', 2, null];
  values.push([], ['备注：本表由财务科王会计填写', null, null]);
  return { name: '说明参数', values };
}

function apply(sheet: SheetSnapshot, cells: readonly { address: string; value: string }[]): SheetSnapshot {
  const values = sheet.values.map((r) => [...r]);
  for (const c of cells) {
    const { row, col } = parseAddress(c.address);
    while (values.length <= row) values.push([]);
    while (values[row].length <= col) values[row].push(null);
    expect(values[row][col] ?? null).toBeNull(); // never writes over anything
    values[row][col] = c.value;
  }
  return { ...sheet, values };
}

const withSheet = (sheet: SheetSnapshot): WorkbookSnapshot => ({ sheets: [...seedWorkbook('000').sheets, sheet] });

describe('missingParameterRows (an older 说明参数 sheet)', () => {
  const newer = ['assets.vehicles.law-enforcement', 'assets.office-area', 'purchase.catalog'];

  it('appends exactly the inputs the sheet lacks, below the user’s last row, and they are read once filled in', () => {
    const old = olderSheet(newer);
    const rows = missingParameterRows(withSheet(old), 'budget')!;
    expect(rows.sheet).toBe('说明参数');
    expect(rows.added.map((a) => a.id).sort()).toEqual([...newer].sort());
    // The heading stands one blank row below the user's note; the inputs follow it.
    const heading = rows.cells[0];
    expect(heading.value).toBe(ADDED_ROWS_HEADING);
    expect(parseAddress(heading.address).row).toBe(old.values.length + 1);

    const filled = apply(old, rows.cells);
    const area = rows.added.find((a) => a.id === 'assets.office-area')!;
    const params = readParameters(withSheet(apply(filled, [{ address: area.cell.address, value: '1234.5' }])));
    expect(params.inputs['assets.office-area']).toEqual({ value: '1234.5', cell: area.cell });
    // What the user had typed is still read from where it was.
    expect(params.inputs['assets.vehicles']?.value).toBe('2');
    // Asked again, nothing more is missing.
    expect(missingParameterRows(withSheet(filled), 'budget')!.cells).toEqual([]);
  });

  it('an old label (车辆数（辆）) counts as the input’s row: no duplicate is added', () => {
    const values = currentSheet().values.map((r) => (r[0] === '公务用车实有数（辆）' ? ['车辆数（辆）', 3, null] : r));
    const rows = missingParameterRows(withSheet({ name: '说明参数', values }), 'budget')!;
    expect(rows.added.map((a) => a.label)).not.toContain('公务用车实有数（辆）');
    expect(rows.cells).toEqual([]);
  });

  it('a current sheet needs nothing; a workbook without the sheet gives null', () => {
    expect(missingParameterRows(withSheet(currentSheet()), 'budget')!.cells).toEqual([]);
    expect(missingParameterRows(seedWorkbook('000'), 'budget')).toBeNull();
  });
});
