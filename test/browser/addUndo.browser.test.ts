import type { Page } from 'playwright-core';
import { seedWorkbook } from '../support/seedWorkbook';
import { withoutTables } from '../domain/fill/summaryMeasure';
import { jsonWorkbook, paneServer, type PaneSession } from './paneHarness';

/**
 * Issue 18 item 15, 撤销 after 填充 › 添加 N 张表: the production pane with its real Office.js gateway on
 * the strict fake Excel (test/support/fakeExcel.ts) at ExcelApi 1.7 (the manifest's minimum) and 1.20.
 * Seed 000 without 表1/4/5: the pane adds and fills them; 撤销 first says that deleting sheets empties
 * Excel's undo; the accountant types a note into the added 表5 before 撤销, so 撤销 stops and lists it;
 * the next 撤销 deletes the two untouched sheets and keeps 表5, or, ticked, deletes all three.
 */
const open = paneServer();

const without = withoutTables(seedWorkbook('000'), [1, 4, 5]);
const ADDED = ['表1 预算收支总表', '表4 财政拨款收支总表', '表5 一般公共预算支出表'];

interface FakeInPage {
  sheets: { name: string }[];
  undoStack: string[];
  userEdit(sheet: string, address: string, value: string): Promise<void>;
}

function excelState(page: Page): Promise<{ sheets: string[]; undo: string[] }> {
  return page.evaluate(() => {
    const fake = (window as unknown as { __budgetFakeExcel: FakeInPage }).__budgetFakeExcel;
    return { sheets: fake.sheets.map((s) => s.name), undo: [...fake.undoStack] };
  });
}

async function sheetsBecome(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((n) => (window as unknown as { __budgetFakeExcel: FakeInPage }).__budgetFakeExcel.sheets.length === n, count, { timeout: 20000 });
  return (await excelState(page)).sheets;
}

function expectCleanPage(s: PaneSession): void {
  expect(s.offOrigin).toEqual([]);
  expect(s.pageErrors).toEqual([]);
}

describe.each([
  ['1.7', false],
  ['1.20', true],
])('填充 › 添加 3 张表, then 撤销, on the strict fake Excel at ExcelApi %s (ticked: %s)', (api, tick) => {
  test('撤销 warns that deleting sheets empties Excel’s undo, stops to list a note typed into an added sheet, then deletes as chosen', async () => {
    const s = await open(jsonWorkbook(without), { excel: api });
    const { page } = s;
    const own = without.sheets.map((x) => x.name);
    await page.getByRole('tab', { name: '填充' }).click();
    await page.getByRole('button', { name: '预览填充' }).click();
    await page.getByRole('region', { name: '缺少的表' }).getByRole('button', { name: '从模板添加并填入可推算的行' }).click();
    await page.getByRole('button', { name: '添加 3 张表并写入' }).click();
    expect(await sheetsBecome(page, own.length + 3)).toEqual([...own, ...ADDED]);

    // Before 撤销: what it deletes, and that this empties Excel's undo (as 自检 says before it runs).
    const undo = page.getByRole('region', { name: '可撤销的填充' });
    await undo.waitFor({ timeout: 10000 });
    const offer = await undo.innerText();
    expect(offer).toContain(`删除填充添加的工作表“${ADDED.join('”、“')}”。`);
    expect(offer).toContain('删除工作表会清空 Excel 的撤销记录（Ctrl+Z 不能再撤回此前的操作），请先保存要保留的修改。');
    await s.screenshot(`9-fill-add-undo-offer-${api}`);

    // The accountant types a note into the added 表5, then clicks 撤销: nothing is deleted yet.
    await page.evaluate(({ sheet }) => (window as unknown as { __budgetFakeExcel: FakeInPage }).__budgetFakeExcel.userEdit(sheet, 'H40', '备注'), { sheet: ADDED[2] });
    await page.getByRole('button', { name: '撤销' }).click();
    const edited = page.getByTestId('fill-undo-edited-sheets');
    await edited.waitFor({ timeout: 10000 });
    expect(await edited.innerText()).toBe(`工作表“${ADDED[2]}”在添加后被修改（H40 添加时为空白，现为“备注”，共 1 处）`);
    expect(await page.getByText(/^尚未撤销：/).innerText()).toContain(`工作表“${ADDED[2]}”在添加后又被修改`);
    expect((await excelState(page)).sheets).toEqual([...own, ...ADDED]);
    await s.screenshot(`9-fill-add-undo-edited-${api}`, { fullPage: true });

    if (tick) await page.getByRole('checkbox', { name: '也删除以上工作表（其中的修改会一并删除）' }).check();
    await expectWarning(page, tick ? ADDED : ADDED.slice(0, 2));
    await page.getByRole('button', { name: '撤销' }).click();
    const left = await sheetsBecome(page, own.length + (tick ? 0 : 1));
    expect(left).toEqual(tick ? own : [...own, ADDED[2]]);
    const notice = page.getByText(/^已撤销：/);
    await notice.waitFor({ timeout: 10000 });
    const done = await notice.innerText();
    expect(done).toContain(`删除填充添加的工作表“${(tick ? ADDED : ADDED.slice(0, 2)).join('”、“')}”（Excel 的撤销记录已随之清空）`);
    if (!tick) expect(done).toContain(`工作表“${ADDED[2]}”在添加后被修改（H40 添加时为空白，现为“备注”，共 1 处），已保留，内容不变`);
    // The note typed before 撤销 is no longer on Excel's undo stack: the deletion emptied it.
    expect((await excelState(page)).undo.filter((e) => e.startsWith('user'))).toEqual([]);
    await s.screenshot(`9-fill-add-undo-done-${api}`);
    expectCleanPage(s);
  });
});

/** The warning above 撤销 names exactly the sheets it will delete. */
async function expectWarning(page: Page, sheets: readonly string[]): Promise<void> {
  const text = await page.getByText(/^撤销将删除工作表/).innerText();
  expect(text).toBe(`撤销将删除工作表“${sheets.join('”、“')}”。删除工作表会清空 Excel 的撤销记录（Ctrl+Z 不能再撤回此前的操作），请先保存要保留的修改。`);
}
