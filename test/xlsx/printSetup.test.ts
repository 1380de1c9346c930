import ExcelJS from 'exceljs';
import { templateLayouts } from '../../src/domain/template/templateLayouts';
import { layoutsToBuffer } from '../../src/xlsx/writeLayouts';

/** The print settings of a template survive into the .xlsx the CLI writes (issue 18 item 11). */
describe('a written template', () => {
  const load = async (kind: 'budget' | 'final') => {
    const { layouts, metadata } = templateLayouts({ kind, year: 2025, unit: '汾阳市社会保险中心' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await layoutsToBuffer(layouts, metadata)) as unknown as ArrayBuffer);
    return { wb, layouts };
  };

  it('repeats each table’s header rows on every printed page', async () => {
    const { wb, layouts } = await load('budget');
    for (const layout of layouts) {
      const t = layout.print.titleRows!;
      expect(wb.getWorksheet(layout.name)!.pageSetup.printTitlesRow).toBe(`${t.first + 1}:${t.last + 1}`);
    }
    expect(wb.getWorksheet('表1 预算收支总表')!.pageSetup.printTitlesRow).toBe('4:5');
  });

  it('sets 单位：万元 flush right and writes header line breaks as cell text', async () => {
    const { wb } = await load('final');
    const ws = wb.getWorksheet('公开04表 财政拨款收入支出决算总表')!;
    const unit = ws.getRow(3).values as unknown[];
    const col = unit.findIndex((v) => v === '金额单位：万元');
    expect(ws.getRow(3).getCell(col).alignment?.horizontal).toBe('right');
    const at = (ws.getRow(5).values as unknown[]).indexOf('一般公共预算\n财政拨款');
    expect(at).toBeGreaterThan(0);
    expect(ws.getRow(5).getCell(at).alignment?.wrapText).toBe(true);
  });
});
