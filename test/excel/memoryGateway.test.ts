import { MemoryGateway } from '../../src/excel/memoryGateway';
import { isMarkFormula } from '../../src/excel/markTag';
import { gatewayContract } from './gatewayContract';

gatewayContract('MemoryGateway', (wb) => {
  const g = MemoryGateway.fromSnapshot(wb);
  return {
    gateway: g,
    marks: () => g.marks(),
    otherFormats: () => g.sheets.reduce((n, s) => n + s.conditionalFormats.filter((cf) => !isMarkFormula(cf.formula)).length, 0),
    selection: () => g.selection,
    userEdit: async (sheet, address, value) => g.setCellValue(sheet, address, value),
    protect: (sheet) => {
      if (sheet === null) g.structureProtected = true;
      else g.sheets.find((s) => s.name === sheet)!.protected = true;
    },
  };
});

describe('MemoryGateway events', () => {
  it('reports user edits as Unknown and own writes as ThisLocalAddin (ExcelApi 1.14 behaviour)', async () => {
    const g = MemoryGateway.fromSnapshot({ sheets: [{ name: 'S', values: [[1]] }] });
    const seen: (string | undefined)[] = [];
    const off = await g.onChanged((c) => seen.push(c.triggerSource));
    g.userEdit('S', 'A1', 2);
    await g.writeCells([{ sheet: 'S', address: 'A2', value: 3 }]);
    await off();
    g.userEdit('S', 'A1', 4);
    expect(seen).toEqual(['Unknown', 'ThisLocalAddin']);
  });
});
