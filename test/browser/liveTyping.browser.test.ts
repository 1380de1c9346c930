import type { Page } from 'playwright-core';
import { cellOf } from '../../src/domain/checks/selectCell';
import { recognize } from '../../src/domain/recognition/recognize';
import { seedWorkbook } from '../support/seedWorkbook';
import { jsonWorkbook, paneServer, type PaneSession } from './paneHarness';

/**
 * Issue 13 "Done when": live typing in the production pane at ExcelApi 1.14 and 1.20, with the pane's
 * real Office.js gateway running on the strict fake Excel of the Node tests (its undo stack, its
 * write counter, events after the sync, ApiNotFound above the version). The accountant types two
 * wrong figures into 表3 of seed 000: the findings appear in the pane, no API write reaches the
 * workbook and the undo stack holds the two typings and nothing else. 校验 then writes the marks: one
 * undo entry at 1.20, and (as Excel does before 1.20) a cleared undo stack at 1.14.
 */
const open = paneServer();

const SEED = seedWorkbook('000');
const T3 = recognize(SEED).tables.find((t) => t.kind === 'budget' && t.no === 3)!;
/** 表3 合计/合计 (2911.06) and 合计/基本支出 (398.16): typed over, each breaks its row sum. */
const TOTAL = { sheet: T3.sheet, address: cellOf(T3, { panel: 'main', row: 'total', column: 'total' })!.cell.address };
const BASIC = { sheet: T3.sheet, address: cellOf(T3, { panel: 'main', row: 'total', column: 'basic' })!.cell.address };

interface FakeInPage {
  undoStack: string[];
  apiWrites: number;
  changeHandlers: Set<unknown>;
  userEdit(sheet: string, address: string, value: number): Promise<void>;
}

/** What the fake Excel in the page recorded: API writes and the user's undo stack. */
function excelState(page: Page): Promise<{ writes: number; undo: string[] }> {
  return page.evaluate(() => {
    const fake = (window as unknown as { __budgetFakeExcel: FakeInPage }).__budgetFakeExcel;
    return { writes: fake.apiWrites, undo: [...fake.undoStack] };
  });
}

/** The user types a value into a cell: the fake's edit, with its undo entry and change event. */
function type(page: Page, cell: { sheet: string; address: string }, value: number): Promise<void> {
  return page.evaluate(
    ({ sheet, address, v }) => (window as unknown as { __budgetFakeExcel: FakeInPage }).__budgetFakeExcel.userEdit(sheet, address, v),
    { ...cell, v: value },
  );
}

/** The finding naming `address` with the figure typed, in 表3's group. */
function findingAt(s: PaneSession, address: string, figure: string) {
  return s.page
    .getByRole('region', { name: '表3', exact: true })
    .getByRole('button', { name: new RegExp(`(^|[^A-Z0-9])${address}(?![0-9])`) })
    .filter({ hasText: figure })
    .first();
}

describe.each(['1.14', '1.20'])('live typing on the strict fake Excel, ExcelApi %s (production pane, Office.js gateway)', (api) => {
  test('findings appear in the pane; no workbook write; the undo stack is the typing alone; 校验 then marks', async () => {
    const s = await open(jsonWorkbook(SEED), { excel: api });
    const { page } = s;
    await page.getByRole('tab', { name: '校验' }).click();
    expect(await page.getByRole('checkbox', { name: '边输入边校验', exact: true }).isChecked()).toBe(true);
    // The live checker has subscribed to the workbook's change events.
    await page.waitForFunction(() => (window as unknown as { __budgetFakeExcel: FakeInPage }).__budgetFakeExcel.changeHandlers.size > 0, undefined, { timeout: 15000 });

    await type(page, TOTAL, 2912.06);
    await findingAt(s, TOTAL.address, '2,912.06').waitFor({ timeout: 20000 });
    // The second edit is read as a patch of the first read (issue 13 item 2), still without a write.
    await type(page, BASIC, 399.16);
    await findingAt(s, BASIC.address, '399.16').waitFor({ timeout: 20000 });
    await page.getByTestId('check-status').filter({ hasText: /^[1-9]\d* 个错误/ }).waitFor({ timeout: 5000 });
    await s.screenshot(`live-typing-${api}`);
    expect(await excelState(page)).toEqual({ writes: 0, undo: [`user ${TOTAL.sheet}!${TOTAL.address}`, `user ${BASIC.sheet}!${BASIC.address}`] });

    // 校验 writes the marks: one undo group where ExcelApi 1.20 has it; before 1.20 an API write clears the stack.
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.waitForFunction(
      () => {
        const fake = (window as unknown as { __budgetFakeExcel: FakeInPage }).__budgetFakeExcel;
        return fake.apiWrites > 0 && fake.undoStack.length !== 2;
      },
      undefined,
      { timeout: 20000 },
    );
    const after = await excelState(page);
    expect(after.undo).toEqual(api === '1.20' ? [`user ${TOTAL.sheet}!${TOTAL.address}`, `user ${BASIC.sheet}!${BASIC.address}`, 'add-in'] : []);
    expect(s.offOrigin).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
