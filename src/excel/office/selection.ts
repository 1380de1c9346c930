import type { CellRef } from '../../domain/findings/finding';
import { chunkAddresses } from '../rangeAreas';
import type { OfficeAccess } from './officeAccess';

/**
 * Selects cells; Excel selects within one sheet: the first ref's sheet, with all its refs there.
 * Selecting several areas at once (RangeAreas.select) needs ExcelApi 1.18 (Microsoft 365 from 2501);
 * LTSC 2021/2024 and older builds select the finding's own cell, the first ref.
 */
export function selectCells(office: OfficeAccess, refs: readonly CellRef[]): Promise<void> {
  if (refs.length === 0) return Promise.resolve();
  const areas = office.host.supports('ExcelApi', '1.18');
  return office.run(async (ctx) => {
    const sheet = refs[0].sheet;
    const addresses = refs.filter((r) => r.sheet === sheet).map((r) => r.address);
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    if (areas && addresses.length > 1) ws.getRanges(chunkAddresses(addresses)[0]).select();
    else ws.getRange(addresses[0]).select();
    await ctx.sync();
  });
}
