import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { recognize } from '../../src/domain/recognition/recognize';
import { parseAddress } from '../../src/domain/workbook/a1';
import { cellOf } from '../../src/domain/checks/selectCell';
import { checkWorkbook } from '../../src/domain/checks/checkWorkbook';
import { formsOfKind } from '../../src/domain/forms/registry';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../support/seedWorkbook';
import { recreatedByRow, withoutTables } from '../domain/fill/summaryMeasure';
import { publishedNarrative } from '../support/narrativeFiles';
import { layoutsToBuffer } from '../../src/xlsx/writeLayouts';
import { layoutFromSnapshot } from '../../src/xlsx/snapshotLayout';
import { parameterSheetLayout } from '../../src/domain/parameters/parameterSheet';
import { layoutSnapshot } from '../domain/template/layoutSnapshot';
import { ARTIFACTS, EMPTY_WORKBOOK, jsonWorkbook, paneServer, withGateway, type PaneSession } from './paneHarness';

/**
 * The production task pane (dist/) in headless Chromium on an in-memory workbook: the flows of
 * issue 5 as an accountant performs them, through the accessible names of the UI contract
 * (team brief, "Update 2"). Every test fails if the page asks for anything outside its origin.
 */
const open = paneServer();

/** Off-origin requests and script errors fail the test that caused them. */
function expectCleanPage(s: PaneSession): void {
  expect(s.offOrigin).toEqual([]);
  expect(s.pageErrors).toEqual([]);
}

/** seed 000 (汾阳市社会保险中心 2025 预算) and the cell of 表3's 合计/合计 (2911.06). */
const SEED = seedWorkbook('000');
const T3_TOTAL = (() => {
  const t3 = recognize(SEED).tables.find((t) => t.kind === 'budget' && t.no === 3);
  const c = t3 && cellOf(t3, { panel: 'main', row: 'total', column: 'total' });
  if (!t3 || !c) throw new Error('seed 000: 表3 合计 not recognised');
  return { sheet: t3.sheet, address: c.cell.address };
})();

/** seed 000 表1 八、社会保障和就业支出 2025年合计 (2858.26, from 表3 208 合计). */
const T1_208 = (() => {
  const t1 = recognize(SEED).tables.find((t) => t.kind === 'budget' && t.no === 1);
  if (!t1) throw new Error('seed 000: 表1 not recognised');
  return { sheet: t1.sheet, address: 'D14' };
})();

/** The tabs of the UI contract, in order. */
const CONTRACT_TABS = ['模板', '校验', '填充', '说明'];
/** Tabs the pane may add beyond the contract; checked for overflow when present. */
const OTHER_TABS = ['帮助'];

/** A cell address as a whole token: "C6" must not match "C60" or "AC6". */
const addressPattern = (address: string) => new RegExp(`(^|[^A-Z0-9])${address}(?![0-9])`);

async function workbookInPage(page: Page): Promise<WorkbookSnapshot> {
  const wb = await withGateway(page, async (g) => {
    const s = await (g as unknown as { readSnapshot(): Promise<WorkbookSnapshot> }).readSnapshot();
    return {
      sheets: s.sheets.map((x) => ({ ...x, formulas: [...(x.formulas ?? [])], textFormatted: [...(x.textFormatted ?? [])] })),
      metadata: s.metadata,
    };
  });
  return { ...wb, sheets: wb.sheets.map((s) => ({ ...s, formulas: new Set(s.formulas), textFormatted: new Set(s.textFormatted) })) };
}

/** A cell's value in the page's workbook. */
async function cellInPage(page: Page, ref: { sheet: string; address: string }): Promise<unknown> {
  const sheet = (await workbookInPage(page)).sheets.find((x) => x.name === ref.sheet);
  const { row, col } = parseAddress(ref.address);
  return sheet?.values[row]?.[col] ?? null;
}

/** Polls `read` until `accept` holds (the pane writes asynchronously); returns the last value read. */
async function eventually<T>(read: () => Promise<T>, accept: (v: T) => boolean, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let v = await read();
  while (!accept(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    v = await read();
  }
  return v;
}

/** Does the memory gateway in this build offer the contract's user edit? */
function hasSetCellValue(page: Page): Promise<boolean> {
  return withGateway(page, (g) => typeof g.setCellValue === 'function');
}

/** How far the body, the page and the tab list scroll sideways (0 = they fit). */
function horizontalOverflow(page: Page): Promise<{ body: number; page: number; tablist: number | null }> {
  return page.evaluate(() => {
    const list = document.querySelector('[role="tablist"]');
    return {
      body: document.body.scrollWidth - document.body.clientWidth,
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      tablist: list ? list.scrollWidth - list.clientWidth : null,
    };
  });
}

describe('task pane in Chromium (production build, memory workbook)', () => {
  test('模板: an empty workbook gets the 13 budget tables, and the pane lists them', async () => {
    const s = await open(EMPTY_WORKBOOK);
    const { page } = s;
    await page.getByRole('tab', { name: '模板' }).click();
    await page.getByLabel('单位名称').fill('汾阳市社会保险中心');
    await page.getByLabel('年度').fill('2025');
    await page.getByLabel('单位类型').selectOption('事业单位');
    await page.getByRole('radio', { name: '预算' }).check();
    await s.screenshot('1-template-form');
    await page.getByRole('button', { name: '插入模板' }).click();

    await page.waitForFunction(() => {
      const g = (window as unknown as { __budgetGateway: { sheets: unknown[] } }).__budgetGateway;
      return g.sheets.length > 0;
    });
    const wb = await workbookInPage(page);
    // The inserted sheets are the tables the engine recognises, for the unit and year typed in the form.
    const tables = recognize(wb).tables.filter((t) => t.kind === 'budget');
    expect(tables.map((t) => t.no).sort((a, b) => a - b)).toEqual(formsOfKind('budget').map((f) => f.no).sort((a, b) => a - b));
    expect(wb.metadata).toMatchObject({ kind: 'budget', year: 2025, unit: '汾阳市社会保险中心' });

    // The pane lists the tables the workbook now holds: one item per table, 表1 … 表13.
    const items = page.getByTestId('existing-tables').getByRole('listitem').filter({ hasText: /^\s*表\d+/ });
    await page.waitForFunction(() => document.querySelectorAll('[role="listitem"], li').length >= 13, undefined, { timeout: 5000 });
    const listed = (await items.allTextContents()).map((t) => Number(/^\s*表(\d+)/.exec(t)![1]));
    expect(listed.sort((a, b) => a - b)).toEqual(tables.map((t) => t.no).sort((a, b) => a - b));
    await s.screenshot('1-template-inserted', { fullPage: true });
    expectCleanPage(s);
  });

  test('模板 on a workbook with part of the set: 单位类型 asked, only the missing tables added after a question, then nothing', async () => {
    // Seed 000 without its 表4 and 表7 (and, as published, without a 说明参数 sheet).
    const gone = recognize(SEED).tables.filter((t) => t.no === 4 || t.no === 7).map((t) => t.sheet);
    const s = await open(jsonWorkbook({ sheets: SEED.sheets.filter((x) => !gone.includes(x.name)) }));
    const { page } = s;
    await page.getByRole('tab', { name: '模板' }).click();
    await page.getByTestId('existing-tables').waitFor();
    const insert = page.getByRole('button', { name: '插入模板' });
    // No 单位类型 in the workbook and none assumed: the button waits, and the pane says why.
    await expect(insert.isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('unit-type-needed').innerText()).resolves.toContain('请先选择单位类型');
    await s.screenshot('1-template-unit-type-needed');
    await page.getByLabel('单位类型').selectOption('事业单位');
    await expect(insert.isDisabled()).resolves.toBe(false);

    const before = (await workbookInPage(page)).sheets.map((x) => x.name);
    await insert.click();
    const question = page.getByTestId('template-confirm');
    await question.waitFor();
    const offered = await question.getByRole('list', { name: '将添加的工作表' }).getByRole('listitem').allInnerTexts();
    expect(offered.map((t) => t.split(/\s/)[0])).toEqual(['说明参数', '表4', '表7']);
    expect(await question.innerText()).toContain('已有“山西 单位预算公开（预算公开表1–13）”的 11 张表');
    expect((await workbookInPage(page)).sheets.map((x) => x.name)).toEqual(before);
    await s.screenshot('1-template-missing-confirm');

    await question.getByRole('button', { name: '添加缺少的表' }).click();
    const outcome = page.getByTestId('template-outcome');
    await outcome.waitFor();
    expect(await outcome.getByRole('list', { name: '插入的工作表' }).getByRole('listitem').allInnerTexts()).toEqual(['说明参数', '表4', '表7']);
    const text = await outcome.innerText();
    expect(text.match(/山西 单位预算公开/g)).toHaveLength(1);
    const after = await workbookInPage(page);
    expect(after.sheets).toHaveLength(before.length + 3);
    expect(after.sheets.map((x) => x.name).filter((n) => /\(\d\)$/.test(n))).toEqual([]);
    expect(recognize(after).tables.map((t) => t.no).sort((a, b) => a - b)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    await s.screenshot('1-template-missing-added');

    // Once more: the set is complete, nothing is added.
    await insert.click();
    await outcome.filter({ hasText: '没有添加' }).waitFor();
    expect((await workbookInPage(page)).sheets).toHaveLength(after.sheets.length);
    await s.screenshot('1-template-complete');
    expectCleanPage(s);
  });

  test('校验: a wrong amount typed into 表3 shows a live error naming the cell without writing; 校验 marks it; clicking selects it; 清除标记 removes only our marks', async () => {
    const s = await open(jsonWorkbook(SEED));
    const { page } = s;
    if (!(await hasSetCellValue(page))) throw new Error('memoryGateway.setCellValue (UI contract) is missing in this build');
    const userRule = { sheet: T3_TOTAL.sheet, range: 'A1:F3', formula: '=LEN($A$1)>0' };
    await withGateway(page, (g, r) => g.addUserConditionalFormat(r.sheet, r.range, r.formula), userRule);

    await page.getByRole('tab', { name: '校验' }).click();
    const live = page.getByLabel('边输入边校验');
    expect(await live.isChecked()).toBe(true); // on by default

    // The accountant overtypes 2911.06 with 2912.06: a difference of 1.00 is an error, not 尾数差异.
    const wrong = 2912.06;
    await withGateway(page, (g, e) => g.setCellValue!(e.sheet, e.address, e.value), { ...T3_TOTAL, value: wrong });
    // In 表3's group (findings are grouped by table): the finding naming C6 with the typed figure.
    const finding = page
      .getByRole('region', { name: '表3', exact: true })
      .getByRole('button', { name: addressPattern(T3_TOTAL.address) })
      .filter({ hasText: '2,912.06' })
      .first();
    await finding.waitFor({ timeout: 5000 });
    await expect(page.getByRole('status').filter({ hasText: '个错误' }).first().textContent()).resolves.toMatch(/[1-9]\d* 个错误/);
    // Live checking lists the finding but writes nothing to the workbook (Ctrl+Z keeps the typing); the
    // pane says why in one line, and 校验 writes the marks.
    expect(await withGateway(page, (g) => g.marks())).toEqual([]);
    expect(await page.getByTestId('live-note').textContent()).toContain('点击“校验”');
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.waitForFunction((cell) => {
      const g = (window as unknown as { __budgetGateway: { marks(): { sheet: string; address: string; severity: string }[] } }).__budgetGateway;
      return g.marks().some((m) => m.sheet === cell.sheet && m.address === cell.address && m.severity === 'error');
    }, T3_TOTAL);
    // The checks ran in the worker, off the pane's main thread.
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toContain('/check-worker.js');
    await finding.scrollIntoViewIfNeeded();
    await s.screenshot('2-live-error');

    await finding.click();
    await page.waitForFunction((cell) => {
      const g = (window as unknown as { __budgetGateway: { selection: { sheet: string; address: string }[] } }).__budgetGateway;
      return g.selection.some((r) => r.sheet === cell.sheet && r.address === cell.address);
    }, T3_TOTAL);

    await page.getByRole('button', { name: '清除标记' }).click();
    await page.waitForFunction(() => (window as unknown as { __budgetGateway: { marks(): unknown[] } }).__budgetGateway.marks().length === 0);
    const formats = await withGateway(page, (g, name) => g.sheets.find((x) => x.name === name)!.conditionalFormats, T3_TOTAL.sheet);
    expect(formats).toEqual([{ ranges: [userRule.range], formula: userRule.formula }]);
    await s.screenshot('2-marks-cleared');
    expectCleanPage(s);
  });

  test('校验 with 表3’s sheet protected: the error is listed, nothing is marked there, and the pane names the sheet and says what to do', async () => {
    const s = await open(jsonWorkbook(SEED));
    const { page } = s;
    await page.getByRole('tab', { name: '校验' }).click();
    await withGateway(page, (g, e) => g.setCellValue!(e.sheet, e.address, 2912.06), T3_TOTAL);
    // The live check lists the error first (it writes nothing, protected or not).
    await page.getByTestId('check-status').filter({ hasText: /^[1-9]\d* 个错误/ }).waitFor({ timeout: 20000 });
    await withGateway(page, (g, name) => (g.sheets.find((x) => x.name === name)!.protected = true), T3_TOTAL.sheet);
    await page.getByRole('button', { name: '校验', exact: true }).click();
    const notice = page.getByText(`工作表“${T3_TOTAL.sheet}”受保护，未在其中标记`);
    await notice.waitFor({ timeout: 20000 });
    expect(await notice.textContent()).toContain('请先在“审阅”选项卡中点“撤销工作表保护”，再点“校验”');
    await page.getByRole('region', { name: '表3', exact: true }).getByRole('button', { name: addressPattern(T3_TOTAL.address) }).first().waitFor({ timeout: 5000 });
    expect((await withGateway(page, (g) => g.marks())).filter((m) => m.sheet === T3_TOTAL.sheet)).toEqual([]);
    await s.screenshot('2-protected-sheet');
    expectCleanPage(s);
  });

  test('校验 button: the status line and the 显示 filter agree with the engine; 写入校验报告 adds a sheet with every finding', async () => {
    const s = await open(jsonWorkbook(SEED));
    const { page } = s;
    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByLabel('边输入边校验').uncheck(); // this test runs the check by hand
    await withGateway(page, (g, e) => g.setCellValue!(e.sheet, e.address, 2912.06), T3_TOTAL);
    await page.getByRole('button', { name: '校验', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: '个错误' }).first();
    await status.waitFor({ timeout: 10000 });

    // The same workbook checked in Node: the pane shows the engine's counts.
    const findings = checkWorkbook(await workbookInPage(page)).findings;
    const errors = findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    expect(await status.textContent()).toContain(`${errors} 个错误`);

    await page.getByLabel('显示').selectOption({ label: '只看错误' });
    // Each suspect leads its table with the findings it explains folded under it: unfold them all.
    const suspect = page.getByTestId('findings').locator('button[data-finding="suspect"]').first();
    await suspect.waitFor({ timeout: 5000 });
    expect(await suspect.textContent()).toContain(`最可能出错：表3 ${T3_TOTAL.address}`);
    const toggles = page.getByTestId('findings').getByRole('button', { name: /^展开它解释的/ });
    while ((await toggles.count()) > 0) await toggles.first().click();
    const shown = page.getByTestId('findings').locator('button[data-finding]');
    // One entry per cell: a cell failing two checks is one button counting both (data-count).
    const listed = () => page.evaluate(() => [...document.querySelectorAll('[data-testid="findings"] button[data-finding]')].reduce((n, b) => n + Number(b.getAttribute('data-count')), 0));
    expect(await eventually(listed, (n) => n === errors)).toBe(errors);
    for (const text of await shown.allTextContents()) expect(text).toMatch(/^(最?可能出错：|错误)/);
    // 错误 stands out: a filled red badge and a red left edge (issue 18 item 4).
    const look = await page.getByTestId('findings').locator('button[data-finding="error"]').first().evaluate((b) => {
      const badge = b.querySelector('.fui-Badge');
      return { edge: getComputedStyle(b).borderLeftColor, edgeWidth: getComputedStyle(b).borderLeftWidth, badge: badge ? getComputedStyle(badge).backgroundColor : '' };
    });
    const rgb = (c: string) => (/rgba?\((\d+), (\d+), (\d+)/.exec(c) ?? []).slice(1).map(Number);
    for (const c of [look.edge, look.badge]) {
      const [r, g, b] = rgb(c);
      expect({ c, red: r > 150 && g < 100 && b < 100 }).toEqual({ c, red: true });
    }
    expect(parseFloat(look.edgeWidth)).toBeGreaterThanOrEqual(3);
    await s.screenshot('2-filter-errors');

    await page.getByRole('button', { name: '写入校验报告' }).click();
    await page.waitForFunction(() => (window as unknown as { __budgetGateway: { sheets: { name: string }[] } }).__budgetGateway.sheets.some((x) => x.name === '校验报告'));
    const report = (await workbookInPage(page)).sheets.find((x) => x.name === '校验报告')!;
    const text = report.values.flat().filter((v): v is string => typeof v === 'string');
    expect(text.some((t) => t.startsWith('校验时间：'))).toBe(true);
    expect(text.some((t) => t.includes(`${errors} 个错误`))).toBe(true);
    // One row per finding (all of them, not only the filtered ones), the wrong cell among them.
    const rows = report.values.filter((r) => typeof r[0] === 'number');
    expect(rows).toHaveLength(findings.length);
    expect(rows.map((r) => r[3])).toContain(`${T3_TOTAL.sheet}!${T3_TOTAL.address}`);
    expectCleanPage(s);
  });

  test('校验 on the published seed: 尾数差异 fold to one line per table, unfold on a click or with 只看尾数差异; the status line leads with errors in the four words', async () => {
    const s = await open(jsonWorkbook(SEED));
    const { page } = s;
    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByLabel('边输入边校验').uncheck();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    const status = page.getByTestId('check-status');
    await page.waitForFunction(() => /个错误/.test(document.querySelector('[data-testid="check-status"]')?.textContent ?? ''), undefined, { timeout: 10000 });
    const rounding = checkWorkbook(SEED).findings.filter((f) => f.severity === 'warning' && (f.detail?.kind === 'sum' || f.detail?.kind === 'identity') && f.detail.rounding).length;
    expect(await status.textContent()).toBe(`0 个错误 · ${rounding} 个尾数差异 · 0 个提示 · 1 个信息`);
    const folds = page.getByTestId('rounding-fold');
    const texts = await folds.allTextContents();
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) expect(t).toMatch(/^\d+ 个尾数差异，均在四舍五入允许范围内 ▸$/);
    expect(texts.reduce((n, t) => n + Number(/^\d+/.exec(t)![0]), 0)).toBe(rounding);
    expect(await page.locator('button[data-finding="rounding"]').count()).toBe(0);
    await s.screenshot('8-check-rounding-folded');
    await folds.first().click();
    expect(await page.locator('button[data-finding="rounding"]').count()).toBeGreaterThan(0);
    await s.screenshot('8-check-rounding-unfolded');
    await page.getByLabel('显示').selectOption({ label: '只看尾数差异' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="rounding-fold"]').length === 0);
    const listed = await page.evaluate(() => [...document.querySelectorAll('button[data-finding="rounding"]')].reduce((n, b) => n + Number(b.getAttribute('data-count')), 0));
    expect(listed).toBe(rounding);
    expectCleanPage(s);
  });

  test('填充: a blank 表3 total is previewed and written; an overtyped 表3 total is held back with its reason; a mistyped 表1 figure is a conflict sentence written only when ticked; 撤销 puts it back', async () => {
    const s = await open(jsonWorkbook(SEED));
    const { page } = s;
    const cellValue = () => cellInPage(page, T3_TOTAL);
    await page.getByRole('tab', { name: '填充' }).click();

    // Blank: the total is computed from its parts (基本支出 450.96 + 项目支出 2460.09, or 表1's 2911.06).
    await withGateway(page, (g, c) => g.setCellValue!(c.sheet, c.address, null), T3_TOTAL);
    await page.getByRole('button', { name: '预览填充' }).click();
    const writes = page.getByRole('region', { name: '将写入的单元格' });
    await writes.getByText(addressPattern(T3_TOTAL.address)).first().waitFor({ timeout: 10000 });
    // The buttons come back once the preview has settled.
    expect(await eventually(() => page.getByRole('button', { name: '写入', exact: true }).isEnabled(), (v) => v)).toBe(true);
    await s.screenshot('6-fill-preview');
    await page.getByRole('button', { name: '写入', exact: true }).click();
    const filled = await eventually(cellValue, (v) => v !== null);
    expect(typeof filled).toBe('number');
    expect(Math.abs((filled as number) - 2911.06)).toBeLessThanOrEqual(0.011);
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await eventually(cellValue, (v) => v === null)).toBeNull();

    // 表3's total overtyped: it now breaks 表3's own sums, so fill does not offer to copy it into
    // 表1/表4 (issue 18 item 7): no conflict, the source held back with the reason.
    await withGateway(page, (g, c) => g.setCellValue!(c.sheet, c.address, 2999.99), T3_TOTAL);
    await page.getByRole('button', { name: '预览填充' }).click();
    const held = page.getByRole('region', { name: '未填充：来源本身有错误' }).getByRole('listitem');
    await held.first().waitFor({ timeout: 10000 });
    expect(await held.count()).toBe(1);
    expect(await held.first().innerText()).toMatch(/^未将表3 合计 行“合计”列（.+!C6）的 2,999\.99 填入表1、表4（4 个单元格）：这个数本身有错误——/);
    expect(await page.getByRole('region', { name: '冲突' }).count()).toBe(0);
    await held.first().scrollIntoViewIfNeeded();
    await s.screenshot('7-fill-held-back');

    // 表1's 208 line mistyped (2858.26 → 2858.00) with 表3 right again: a conflict, said as a sentence
    // naming table, row, column, both values and the difference; unticked, written only when ticked.
    await withGateway(page, (g, c) => g.setCellValue!(c.sheet, c.address, 2911.06), T3_TOTAL);
    await withGateway(page, (g, c) => g.setCellValue!(c.sheet, c.address, 2858), T1_208);
    await page.getByRole('button', { name: '预览填充' }).click();
    const conflicts = page.getByRole('region', { name: '冲突' }).getByRole('listitem');
    await conflicts.first().waitFor({ timeout: 10000 });
    expect(await conflicts.allInnerTexts()).toEqual([
      expect.stringContaining('表1 208 八、社会保障和就业支出 行“2025年合计”列：实为 2,858.00，按表3 208 社会保障和就业支出 行“合计”列应为 2,858.26，差额 -0.26'),
    ]);
    const box = page.getByRole('region', { name: '冲突' }).getByRole('checkbox');
    expect(await box.isChecked()).toBe(false);
    await s.screenshot('7-fill-conflict');
    const valueOf = () => cellInPage(page, T1_208);
    await box.check();
    await page.getByRole('button', { name: '写入', exact: true }).click();
    expect(await eventually(valueOf, (v) => v === 2858.26)).toBe(2858.26);
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await eventually(valueOf, (v) => v === 2858)).toBe(2858);
    expectCleanPage(s);
  });

  test('填充 without 表1, 表4, 表5: names them, offers them from the template, lists what it adds, and adds them only on 写入', async () => {
    const without = withoutTables(SEED, [1, 4, 5]);
    const s = await open(jsonWorkbook(without));
    const { page } = s;
    await page.getByRole('tab', { name: '填充' }).click();
    await page.getByRole('button', { name: '预览填充' }).click();
    const offer = page.getByRole('region', { name: '缺少的表' });
    await offer.waitFor({ timeout: 10000 });
    expect(await offer.innerText()).toContain('缺少表1、表4、表5。');
    await offer.getByRole('button', { name: '从模板添加并填入可推算的行' }).click();
    const added = page.getByRole('region', { name: '将添加的表' }).getByRole('listitem');
    await added.first().waitFor({ timeout: 10000 });
    expect((await added.allInnerTexts()).map((t) => /^添加工作表“([^”]+)”/.exec(t)![1])).toEqual(['表1 预算收支总表', '表4 财政拨款收支总表', '表5 一般公共预算支出表']);
    // Nothing is added by the offer itself.
    expect((await workbookInPage(page)).sheets.length).toBe(without.sheets.length);
    await s.screenshot('9-fill-add-missing');
    await page.getByRole('button', { name: '添加 3 张表并写入' }).click();
    const after = await eventually(() => workbookInPage(page), (wb) => wb.sheets.length === without.sheets.length + 3);
    expect(after.sheets.slice(-3).map((x) => x.name)).toEqual(['表1 预算收支总表', '表4 财政拨款收支总表', '表5 一般公共预算支出表']);
    expect(recreatedByRow(SEED, after, [1, 4, 5]).missed).toEqual([]);
    expectCleanPage(s);
  });

  test('说明: 生成情况说明 previews the narrative with the seed figures; a figure selects its source cell', async () => {
    const s = await open(jsonWorkbook(SEED));
    const { page } = s;
    await page.getByRole('tab', { name: '说明' }).click();
    await page.getByRole('button', { name: '生成情况说明' }).click();
    // seed 000: 收入总计 / 支出总计 2,911.06 万元 (表1), as the published 情况说明 prints it.
    const figure = page.getByRole('button', { name: '2,911.06' }).or(page.getByRole('link', { name: '2,911.06' })).first();
    await figure.waitFor({ timeout: 10000 });
    await s.screenshot('3-narrative-top');
    await figure.scrollIntoViewIfNeeded();
    await s.screenshot('3-narrative-figure');
    await figure.click();
    const selected = await page.waitForFunction(() => {
      const g = (window as unknown as { __budgetGateway: { selection: { sheet: string; address: string }[] } }).__budgetGateway;
      return g.selection.length > 0 ? g.selection : null;
    });
    const [ref] = (await selected.jsonValue()) as { sheet: string; address: string }[];
    // The selected cell holds the figure (in 万元, as the tables print it).
    const wb = await workbookInPage(page);
    const sheet = wb.sheets.find((x) => x.name === ref.sheet)!;
    const { row, col } = parseAddress(ref.address);
    expect(sheet.values[row][col]).toBe(2911.06);

    // 下载 Word 文件: a .docx (zip) whose document carries the same figure.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 文件' }).click()]);
    const file = path.join(ARTIFACTS, 'narrative.docx');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('2,911.06');

    // 上年工作簿: last year's .xlsx gives the 上年 figures the 说明参数 sheet leaves blank.
    const preview = page.getByTestId('narrative-preview');
    expect(await preview.innerText()).toContain('请填写上年预算收入总计');
    const lastYear = await layoutsToBuffer(SEED.sheets.map(layoutFromSnapshot), null);
    await page.getByLabel('选择上年工作簿').setInputFiles({ name: '2024年预算公开.xlsx', mimeType: 'application/octet-stream', buffer: lastYear });
    await page.getByText('已读取上年工作簿“2024年预算公开.xlsx”').waitFor();
    await page.getByRole('button', { name: '生成情况说明' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="narrative-preview"]')?.textContent?.includes('请填写上年预算收入总计'));
    expect(await preview.innerText()).toContain('与上年相同');
    await s.screenshot('3-narrative-prior');

    // Editing a source cell after generating marks the paragraph that prints it; 重新生成 clears the mark.
    await withGateway(page, (g, e) => g.setCellValue!(e.sheet, e.address, 3000), T3_TOTAL);
    const stale = page.locator('[data-stale="stale"]');
    await stale.first().waitFor({ timeout: 5000 });
    expect(await stale.count()).toBe(1);
    expect(await stale.innerText()).toContain('2,911.06');
    await page.getByRole('status').filter({ hasText: '请重新生成' }).first().waitFor();
    await stale.first().scrollIntoViewIfNeeded();
    await s.screenshot('3-narrative-stale');
    await page.getByRole('button', { name: '重新生成' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-stale]').length === 0 && document.querySelector('[data-testid="narrative-preview"]')?.textContent?.includes('3,000.00'));
    expectCleanPage(s);
  });

  test('说明 on an empty workbook: one line saying what is missing and what to do; on the seed, 待填写 is one short line per input with 填写', async () => {
    const s = await open(EMPTY_WORKBOOK);
    const { page } = s;
    await page.getByRole('tab', { name: '说明' }).click();
    await page.getByRole('button', { name: '生成情况说明' }).click();
    const line = page.getByTestId('narrative-no-tables');
    await line.waitFor({ timeout: 10000 });
    expect(await line.innerText()).toContain('插入模板');
    expect(await page.getByTestId('narrative-preview').count()).toBe(0);
    expect(await page.getByText('没有找到或无法读取').count()).toBe(0);
    await s.screenshot('9-narrative-empty');
    expectCleanPage(s);

    const seed = await open(jsonWorkbook(SEED), { width: 320, height: 640, deviceScaleFactor: 2 });
    await seed.page.getByRole('tab', { name: '说明' }).click();
    await seed.page.getByRole('button', { name: '生成情况说明' }).click();
    const inputs = seed.page.locator('details[aria-label="待填写的参数"]');
    await inputs.waitFor({ timeout: 10000 });
    await inputs.locator('summary').click();
    const items = inputs.locator('li');
    expect(await items.count()).toBeGreaterThan(0);
    for (const li of await items.all()) {
      const text = (await li.locator('span').first().innerText()).trim();
      expect(text).not.toMatch(/^情况说明需要|请在说明参数表填写/);
      // One short line: the name and its 填写 button side by side.
      const h = await li.evaluate((e) => e.getBoundingClientRect().height);
      expect(h).toBeLessThan(60);
    }
    await seed.screenshot('9-narrative-inputs');
    // No 万元 or % starts a line: each sits on its figure's line.
    const orphans = await seed.page.getByTestId('narrative-preview').evaluate((root) => {
      const bad: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n.textContent ?? '';
        for (const m of t.matchAll(/万元|%/g)) {
          const r = document.createRange();
          r.setStart(n, m.index!);
          r.setEnd(n, m.index! + m[0].length);
          const unit = r.getBoundingClientRect();
          // The character before, in reading order (this node or the previous text).
          const before = document.createRange();
          if (m.index! > 0) {
            before.setStart(n, m.index! - 1);
            before.setEnd(n, m.index!);
          } else continue;
          if (!/\d/.test(t[m.index! - 1])) continue;
          const b = before.getBoundingClientRect();
          if (Math.abs(b.top - unit.top) > 2) bad.push(t.slice(Math.max(0, m.index! - 8), m.index! + 2));
        }
      }
      return bad;
    });
    expect(orphans).toEqual([]);
    expectCleanPage(seed);
  });

  test('说明 → 校验已有说明: a chosen .txt is checked against the tables; its findings join the 校验 list under its own heading; a click selects the table cell', async () => {
    const s = await open(jsonWorkbook(seedWorkbook('004')));
    const { page } = s;
    await page.getByRole('tab', { name: '说明' }).click();
    await page.getByRole('region', { name: '校验已有说明' }).waitFor();
    await s.screenshot('3-narrative-audit-choose');
    // Seed 004's published 情况说明: 绩效工资112.76 where 公开06表 prints 112.75 (among eight slips).
    await page.getByLabel('选择情况说明文件').setInputFiles({ name: '情况说明.txt', mimeType: 'text/plain', buffer: Buffer.from(publishedNarrative('004'), 'utf8') });
    const group = page.getByRole('region', { name: '情况说明“情况说明.txt”' });
    await group.waitFor({ timeout: 15000 });
    expect(await page.getByRole('tab', { name: '校验' }).getAttribute('aria-selected')).toBe('true');
    const slip = group.getByRole('button').filter({ hasText: '112.76' }).first();
    await slip.scrollIntoViewIfNeeded();
    await s.screenshot('3-narrative-audit-list');
    expect(await slip.innerText()).toContain('Sheet6!C14');
    await slip.click();
    const selected = await page.waitForFunction(() => {
      const g = (window as unknown as { __budgetGateway: { selection: { sheet: string; address: string }[] } }).__budgetGateway;
      return g.selection.length > 0 ? g.selection : null;
    });
    expect(await selected.jsonValue()).toEqual([{ sheet: 'Sheet6', address: 'C14' }]);
    // A slip of the text itself names its paragraph.
    expect(await group.getByRole('button').filter({ hasText: '用于用于' }).first().innerText()).toMatch(/第\d+段/);
    expectCleanPage(s);
  });

  test('the off-origin guard: a request to another host is blocked and recorded (so the checks above can fail)', async () => {
    const s = await open(EMPTY_WORKBOOK);
    const outcome = await s.page.evaluate(() =>
      fetch('https://appsforoffice.microsoft.com/lib/1/hosted/office.js').then(
        () => 'loaded',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    // The page's Content-Security-Policy refuses it first; the violation reaches the harness a moment later.
    await eventually(async () => s.offOrigin.length, (n) => n > 0);
    expect(s.offOrigin).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  });

  test('说明 填写 on a 说明参数 sheet from an earlier version: the missing rows are appended below, nothing of the user moves, and the cell is selected', async () => {
    // The sheet as this version writes it, minus the 十一 vehicle-kind rows an earlier version did not have.
    const { values } = layoutSnapshot(parameterSheetLayout({ kind: 'budget', year: 2025, unit: '汾阳市社会保险中心', unitType: '事业单位' }));
    const old = values.filter((r) => !/^其中：.*用车（辆）$/.test(String(r[0] ?? ''))).map((r) => [...r]);
    old.push([], ['备注：王会计 11月20日填写', null, null]);
    const wb: WorkbookSnapshot = { ...SEED, sheets: [...SEED.sheets, { name: '说明参数', values: old }] };
    const s = await open(jsonWorkbook(wb));
    const { page } = s;
    await page.getByRole('tab', { name: '说明' }).click();
    await page.getByRole('button', { name: '生成情况说明' }).click();
    await page.locator('details[aria-label="待填写的参数"]').waitFor({ timeout: 10000 });
    await page.locator('details[aria-label="待填写的参数"] summary').click();
    const item = page.locator('details[aria-label="待填写的参数"] li').filter({ hasText: '执法执勤用车' }).first();
    await item.getByRole('button', { name: '填写' }).click();
    await page.getByText(/已在“说明参数”表末尾补上 7 个新增项目/).waitFor({ timeout: 10000 });

    const after = (await workbookInPage(page)).sheets.find((x) => x.name === '说明参数')!;
    // Everything that was there is where it was; the new rows start two rows below the user's note.
    old.forEach((r, i) => r.forEach((v, j) => expect(after.values[i]?.[j] ?? null).toBe(v ?? null)));
    const added = after.values.slice(old.length).map((r) => String(r?.[0] ?? ''));
    expect(added.filter((l) => /^其中：.*用车（辆）$/.test(l))).toHaveLength(7);
    const row = after.values.findIndex((r) => r?.[0] === '其中：执法执勤用车（辆）');
    const selection = await withGateway(page, (g) => g.selection);
    expect(selection).toEqual([{ sheet: '说明参数', address: `B${row + 1}` }]);
    await s.screenshot('3-narrative-added-rows');
    expectCleanPage(s);
  });

  test('320 px at 200 % scaling: no horizontal scrolling on any tab; Tab reaches the tabs and the 校验 button', async () => {
    const s = await open(jsonWorkbook(SEED), { width: 320, height: 640, deviceScaleFactor: 2 });
    const { page } = s;
    const overflow = () => horizontalOverflow(page);
    const present: string[] = [];
    for (const name of [...CONTRACT_TABS, ...OTHER_TABS]) if ((await page.getByRole('tab', { name, exact: true }).count()) > 0) present.push(name);
    expect(present).toEqual(expect.arrayContaining(CONTRACT_TABS));
    for (const name of present) {
      await page.getByRole('tab', { name, exact: true }).click();
      // The check tab is widest with its findings listed.
      if (name === '校验') await page.getByRole('button', { name: '校验', exact: true }).click();
      if (name === '填充') await page.getByRole('button', { name: '预览填充' }).click();
      if (name === '说明') await page.getByRole('button', { name: '生成情况说明' }).click();
      await page.waitForTimeout(500);
      await s.screenshot(`4-narrow-${name}`);
      expect({ tab: name, ...(await overflow()) }).toEqual({ tab: name, body: 0, page: 0, tablist: 0 });
    }

    // Keyboard only, from a fresh load: Tab into the tab list, arrows to 校验, Enter, Tab to the button.
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __budgetPaneReady?: boolean }).__budgetPaneReady === true);
    const isFocused = (l: Locator) => l.evaluateAll((els) => els.some((e) => e === document.activeElement));
    const anyTab = page.getByRole('tab');
    const checkTab = page.getByRole('tab', { name: '校验', exact: true });
    const checkButton = page.getByRole('button', { name: '校验', exact: true });
    for (let i = 0; i < 10 && !(await isFocused(anyTab)); i++) await page.keyboard.press('Tab');
    expect(await isFocused(anyTab)).toBe(true);
    for (let i = 0; i < 5 && !(await isFocused(checkTab)); i++) await page.keyboard.press('ArrowRight');
    expect(await isFocused(checkTab)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(checkTab.getAttribute('aria-selected')).resolves.toBe('true');
    for (let i = 0; i < 10 && !(await isFocused(checkButton)); i++) await page.keyboard.press('Tab');
    expect(await isFocused(checkButton)).toBe(true);
    await s.screenshot('4-keyboard-check-button');
    expectCleanPage(s);
  });

  test('320 px at 200 % browser zoom (CSS zoom 2, 160 CSS px): no tab scrolls sideways', async () => {
    const s = await open(EMPTY_WORKBOOK, { width: 320, height: 640 });
    const { page } = s;
    await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.zoom = '2')));
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __budgetPaneReady?: boolean }).__budgetPaneReady === true);
    for (const name of CONTRACT_TABS) {
      await page.getByRole('tab', { name, exact: true }).click();
      await page.waitForTimeout(300);
      await s.screenshot(`5-zoom-${name}`);
      expect({ tab: name, ...(await horizontalOverflow(page)) }).toEqual({ tab: name, body: 0, page: 0, tablist: 0 });
    }
    expectCleanPage(s);
  });
});
