import type { Finding } from '../../domain/findings/finding';
import type { Narrative } from '../../domain/narrative/narrativeTypes';
import { uniqueSheetName } from '../../domain/template/uniqueSheetName';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import { loadNarrative } from '../shared/engine';
import { missingInputs } from './narrativeView';

/**
 * 填写 for one missing input: select its cell on the 说明参数 sheet. Without the sheet, insert it first;
 * with a sheet that has no row for the input (an earlier version's, or a row deleted), append the
 * missing rows below everything on it — empty cells only. `build` regenerates the narrative so the
 * input's new cell can be found. Returns the notice to show, or null when the cell was simply selected.
 */
export async function openParameterInput(gateway: WorkbookGateway, f: Finding, build: () => Promise<Narrative>): Promise<string | null> {
  if (f.sheet && f.cell) {
    await gateway.selectCells([{ sheet: f.sheet, address: f.cell }]);
    return null;
  }
  const [lib, wb] = await Promise.all([loadNarrative(), gateway.readSnapshot()]);
  const params = lib.readParameters(wb);
  const rec = lib.recognize(wb);
  const sameInput = async () => missingInputs(await build()).find((x) => x.message === f.message && x.sheet && x.cell);
  if (params.sheet) {
    const rows = lib.missingParameterRows(wb, rec.facts.kind);
    if (!rows || rows.cells.length === 0) {
      await gateway.selectCells([{ sheet: params.sheet, address: 'B3' }]);
      return '说明参数表中没有这一项的行，请按“项目”列的文字补上。';
    }
    await gateway.writeCells(rows.cells.map((c) => ({ sheet: rows.sheet, address: c.address, value: c.value })));
    const same = await sameInput();
    await gateway.selectCells([same?.sheet && same.cell ? { sheet: same.sheet, address: same.cell } : rows.added[0].cell]);
    return `已在“${rows.sheet}”表末尾补上 ${rows.added.length} 个新增项目（原有内容未改动），请填写后重新生成。`;
  }
  const layout = lib.parameterSheetLayout({
    kind: rec.facts.kind,
    year: rec.facts.catalogYear,
    unit: rec.facts.unit ?? '',
    ...(rec.facts.unitType ? { unitType: rec.facts.unitType } : {}),
  });
  const name = uniqueSheetName(layout.name, wb.sheets.map((s) => s.name));
  await gateway.writeLayouts([{ ...layout, name }]);
  const same = await sameInput();
  if (same?.sheet && same.cell) await gateway.selectCells([{ sheet: same.sheet, address: same.cell }]);
  return `已插入“${name}”工作表，请在浅黄色单元格中填写，然后重新生成。`;
}
