import { SELF_TEST_CAPABILITIES } from '../../src/domain/selfTest/selfTestReport';
import { seedWorkbook } from '../support/seedWorkbook';
import { jsonWorkbook, paneServer, type PaneSession } from './paneHarness';

/**
 * 帮助 › 自检 in the production pane: the self-test runs through the real Office.js gateway over the
 * strict fake Excel in the page (test/browser/host/testHost.ts) at a given ExcelApi version, shows one row
 * per capability with the 不支持 rows that version must show, leaves no temporary sheet, and 复制 gives
 * the plain-text report — through navigator.clipboard where allowed, else selected in a text box.
 */
const open = paneServer();

const SEED = seedWorkbook('000');

async function runSelfTest(s: PaneSession): Promise<[string, string][]> {
  await s.page.getByRole('tab', { name: '帮助' }).click();
  await s.page.getByRole('button', { name: '开始自检' }).click();
  await s.page.locator('[data-self-test="result"]').waitFor({ timeout: 20000 });
  return s.page.locator('[data-capability]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-capability') ?? '', e.getAttribute('data-verdict') ?? ''] as [string, string]));
}

function expectedRows(unsupported: readonly string[]): [string, string][] {
  return SELF_TEST_CAPABILITIES.map((c) => [c, unsupported.includes(c) ? '不支持' : '通过']);
}

async function sheetNamesInExcel(s: PaneSession): Promise<string[]> {
  return s.page.evaluate(() => (window as unknown as { __budgetSelfTestExcel: { sheets: { name: string }[] } }).__budgetSelfTestExcel.sheets.map((x) => x.name));
}

describe('自检 in 帮助', () => {
  it('ExcelApi 1.14 (Excel 2021): 同时选中多个区域, 共享运行时 and 撤销分组 不支持, the rest 通过; no sheet left; 复制 copies the report', async () => {
    const s = await open(jsonWorkbook(SEED), { selfTestApi: '1.14' });
    const before = await sheetNamesInExcel(s);
    expect(await runSelfTest(s)).toEqual(expectedRows(['selectAreas', 'sharedRuntime', 'undoGroup']));
    await expect(s.page.locator('[data-capability="selectAreas"]').innerText()).resolves.toContain('需要 ExcelApi 1.18');
    await s.page.getByText('12 项：通过 9，不支持 3，失败 0', { exact: false }).waitFor();
    expect(await sheetNamesInExcel(s)).toEqual(before);
    await s.screenshot('self-test-1.14', { fullPage: true });

    // 复制 through navigator.clipboard where the web view allows it.
    await s.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await s.page.getByRole('button', { name: '复制' }).click();
    await s.page.getByText('自检报告已复制').waitFor();
    const copied = await s.page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toBe('预算公开助手 自检报告');
    expect(copied).toContain('ExcelApi 最高版本：1.14');
    expect(copied).toMatch(/- 同时选中多个区域：不支持。需要 ExcelApi 1\.18/);
    expect(copied).toContain('- ExcelApi：1.1–1.14');

    // Where the web view refuses it: the report selected in a text box.
    await s.page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) } });
    });
    await s.page.getByRole('button', { name: '复制' }).click();
    const box = s.page.getByRole('textbox', { name: '自检报告' });
    await box.waitFor();
    expect(await box.inputValue()).toBe(copied);
    const selected = await box.evaluate((el) => {
      const t = el as HTMLTextAreaElement;
      return [t.selectionStart, t.selectionEnd, t.value.length];
    });
    expect(selected).toEqual([0, copied.length, copied.length]);
    expect(s.pageErrors).toEqual([]);
    expect(s.offOrigin).toEqual([]);
  });

  it('ExcelApi 1.7 (the manifest minimum): 读取合并单元格 不支持 too', async () => {
    const s = await open(jsonWorkbook(SEED), { selfTestApi: '1.7' });
    expect(await runSelfTest(s)).toEqual(expectedRows(['mergedAreas', 'selectAreas', 'sharedRuntime', 'undoGroup']));
    await s.screenshot('self-test-1.7', { fullPage: true });
    expect(s.pageErrors).toEqual([]);
  });

  it('on a workbook that is not in Excel (the memory workbook alone) the section says so and offers no button', async () => {
    const s = await open(jsonWorkbook(SEED));
    await s.page.getByRole('tab', { name: '帮助' }).click();
    await s.page.getByText('自检需要在 Excel 中打开本加载项后运行。').waitFor();
    expect(await s.page.getByRole('button', { name: '开始自检' }).count()).toBe(0);
  });
});
