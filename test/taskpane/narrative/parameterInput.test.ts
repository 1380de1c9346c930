import { cellAt } from '../../../src/domain/workbook/snapshot';
import { parseAddress } from '../../../src/domain/workbook/a1';
import { MemoryGateway } from '../../../src/excel/memoryGateway';
import { generateNarrative } from '../../../src/taskpane/narrative/generateNarrative';
import { missingInputs } from '../../../src/taskpane/narrative/narrativeView';
import { openParameterInput } from '../../../src/taskpane/narrative/parameterInput';
import { seedWorkbook } from '../../support/seedWorkbook';

/** 说明 › 填写 on seed 000 (13 预算公开表, no 说明参数 sheet), as the tab's hook calls it. */
describe('填写 a missing 说明 input', () => {
  const build = (gateway: MemoryGateway) => async () => (await generateNarrative(gateway, null, null)).narrative;

  it('inserts the 说明参数 sheet when there is none and selects the input’s empty cell on it', async () => {
    const gateway = MemoryGateway.fromSnapshot(seedWorkbook('000'));
    const before = await gateway.sheetNames();
    const input = missingInputs(await build(gateway)()).find((f) => !f.sheet)!;
    expect(input).toBeDefined();

    const notice = await openParameterInput(gateway, input, build(gateway));

    const added = (await gateway.sheetNames()).filter((n) => !before.includes(n));
    expect(added).toHaveLength(1);
    expect(notice).toBe(`已插入“${added[0]}”工作表，请在浅黄色单元格中填写，然后重新生成。`);
    expect(gateway.selection).toHaveLength(1);
    const [cell] = gateway.selection;
    expect(cell.sheet).toBe(added[0]);
    const wb = await gateway.readSnapshot();
    const { row, col } = parseAddress(cell.address);
    expect(cellAt(wb.sheets.find((s) => s.name === cell.sheet)!, row, col)).toBeNull();
    // The same input now points at that cell.
    const again = missingInputs(await build(gateway)()).find((f) => f.message === input.message);
    expect(again && { sheet: again.sheet, address: again.cell }).toEqual(cell);
  });

  it('only selects the cell, writing nothing, when the input already has one', async () => {
    const gateway = MemoryGateway.fromSnapshot(seedWorkbook('000'));
    const first = missingInputs(await build(gateway)()).find((f) => !f.sheet)!;
    await openParameterInput(gateway, first, build(gateway));
    const placed = missingInputs(await build(gateway)()).find((f) => f.sheet && f.cell)!;
    const snapshot = JSON.stringify(await gateway.readSnapshot());

    expect(await openParameterInput(gateway, placed, build(gateway))).toBeNull();
    expect(gateway.selection).toEqual([{ sheet: placed.sheet, address: placed.cell }]);
    expect(JSON.stringify(await gateway.readSnapshot())).toBe(snapshot);
  });
});
