import type { Page } from 'playwright-core';
import { recognize } from '../../src/domain/recognition/recognize';
import { cellOf } from '../../src/domain/checks/selectCell';
import { parseAddress } from '../../src/domain/workbook/a1';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../support/seedWorkbook';
import { jsonWorkbook, paneServer, withGateway, type OpenOptions, type PaneSession, type RibbonRecord } from './paneHarness';

/**
 * The ribbon's 校验 in the production page, with a fake Office.js standing in for Excel's side of the
 * command (actions.associate, showAsTaskpane, the dialog): in a shared runtime and without one.
 */
const openPane = paneServer();

/** Seed 000 and the cell of 表3's 合计/合计 (2,911.06). */
const SEED = seedWorkbook('000');
const T3_TOTAL = (() => {
  const t3 = recognize(SEED).tables.find((t) => t.kind === 'budget' && t.no === 3)!;
  return { sheet: t3.sheet, address: cellOf(t3, { panel: 'main', row: 'total', column: 'total' })!.cell.address };
})();

function withValue(wb: WorkbookSnapshot, ref: { sheet: string; address: string }, value: number): WorkbookSnapshot {
  const { row, col } = parseAddress(ref.address);
  return {
    ...wb,
    sheets: wb.sheets.map((s) => (s.name === ref.sheet ? { ...s, values: s.values.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : r)) } : s)),
  };
}

const open = (wb: WorkbookSnapshot, options: OpenOptions): Promise<PaneSession> => openPane(jsonWorkbook(wb), options);

const ribbon = (page: Page) => page.evaluate(() => (window as unknown as { __ribbon: Omit<RibbonRecord, 'actions'> & { actions: object } }).__ribbon);

/** Presses 校验 on the ribbon: Excel calls the associated function with an event to complete. */
async function pressValidate(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof (window as unknown as { __ribbon: RibbonRecord }).__ribbon.actions.runValidation === 'function');
  await page.evaluate(() => {
    const r = (window as unknown as { __ribbon: RibbonRecord }).__ribbon;
    r.actions.runValidation({ completed: () => r.completed++ });
  });
  await page.waitForFunction(() => (window as unknown as { __ribbon: RibbonRecord }).__ribbon.completed > 0, undefined, { timeout: 15000 });
}

const markAt = (page: Page) => withGateway(page, (g) => g.marks());

describe('ribbon 校验 (production build, fake Office.js)', () => {
  test('shared runtime: the pane’s own check; on errors the pane opens at 校验 with the finding, no dialog', async () => {
    const s = await open(withValue(SEED, T3_TOTAL, 2918.06), { office: { sharedRuntime: true } });
    const { page } = s;
    // The user is on another tab (模板 is the first) when they press the ribbon button.
    expect(await page.getByRole('tab', { name: '模板' }).getAttribute('aria-selected')).toBe('true');

    await pressValidate(page);

    const r = await ribbon(page);
    expect(r.completed).toBe(1);
    expect(r.shown).toBe(1);
    expect(r.dialogs).toEqual([]);
    expect(await page.getByRole('tab', { name: '校验' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('region', { name: '表3', exact: true }).getByRole('button', { name: new RegExp(`(^|[^A-Z0-9])${T3_TOTAL.address}(?![0-9])`) }).filter({ hasText: '2,918.06' }).first().waitFor({ timeout: 5000 });
    await expect(page.getByTestId('check-status').textContent()).resolves.toMatch(/^[1-9]\d* 个错误/);
    expect(await markAt(page)).toContainEqual({ sheet: T3_TOTAL.sheet, address: T3_TOTAL.address, severity: 'error' });
    await s.screenshot('ribbon-1-shared-runtime-errors');

    // Closing the pane hides the page but the runtime lives on: live checking still follows the user's
    // edits (the pane's list is current when it is opened again) and writes nothing: the ribbon's mark
    // stays until the next 校验.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await withGateway(page, (g, e) => g.setCellValue!(e.sheet, e.address, 2911.06), T3_TOTAL);
    await page.waitForFunction(() => /^0 个错误/.test(document.querySelector('[data-testid="check-status"]')?.textContent ?? ''), undefined, { timeout: 5000 });
    expect(await markAt(page)).toContainEqual({ sheet: T3_TOTAL.sheet, address: T3_TOTAL.address, severity: 'error' });
    expect(s.offOrigin).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });

  test('shared runtime: 打开本工作簿时自动加载 sets the document’s startup behavior; without a shared runtime it is not offered', async () => {
    const s = await open(SEED, { office: { sharedRuntime: true } });
    await s.page.getByRole('tab', { name: '校验' }).click();
    const option = s.page.getByLabel(/打开本工作簿时自动加载/);
    expect(await option.isChecked()).toBe(false);
    await option.check();
    await s.page.waitForFunction(() => (window as unknown as { __ribbon: RibbonRecord }).__ribbon.startup === 'Load');
    await s.screenshot('ribbon-2-startup-option');
    await option.uncheck();
    await s.page.waitForFunction(() => (window as unknown as { __ribbon: RibbonRecord }).__ribbon.startup === 'None');
    expect(s.pageErrors).toEqual([]);
    await s.close();

    const separate = await open(SEED, { office: { sharedRuntime: false } });
    await separate.page.getByRole('tab', { name: '校验' }).click();
    await separate.page.getByLabel('边输入边校验').waitFor();
    expect(await separate.page.getByLabel(/打开本工作簿时自动加载/).count()).toBe(0);
  });

  test('shared runtime: without errors the pane stays closed and a dialog gives the counts', async () => {
    const s = await open(SEED, { office: { sharedRuntime: true } });
    await pressValidate(s.page);
    const r = await ribbon(s.page);
    expect(r.shown).toBe(0);
    expect(r.dialogs).toHaveLength(1);
    expect(r.dialogs[0]).toMatch(/^已校验 13 张表：0 个错误 · [1-9]\d* 个尾数差异/);
    expect(s.pageErrors).toEqual([]);
  });

  test('no shared runtime: the hidden function-file page checks and marks on its own, says the counts, and starts no second pane', async () => {
    const s = await open(withValue(SEED, T3_TOTAL, 2918.06), { office: { sharedRuntime: false, hidden: true }, waitForPane: false });
    const { page } = s;

    await pressValidate(page);

    const r = await ribbon(page);
    expect(r.shown).toBe(0);
    expect(r.dialogs).toHaveLength(1);
    expect(r.dialogs[0]).toMatch(/^已校验 13 张表：[1-9]\d* 个错误/);
    expect(await markAt(page)).toContainEqual({ sheet: T3_TOTAL.sheet, address: T3_TOTAL.address, severity: 'error' });
    // No pane in the hidden copy: no tabs, and so no live checking of its own.
    expect(await page.getByRole('tab').count()).toBe(0);

    // The same page shown as the task pane mounts the pane.
    await page.evaluate(() => (window as unknown as { __showPage(): void }).__showPage());
    await page.getByRole('tab', { name: '校验' }).waitFor({ timeout: 10000 });
    expect(s.offOrigin).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
