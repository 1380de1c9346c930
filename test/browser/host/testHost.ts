/**
 * Loaded into the page before the pane's own scripts (page.addInitScript, never part of dist/): turns
 * the test's workbook (window.__BUDGET_TEST_WORKBOOK__, plain JSON) into what the pane runs on, and
 * hands it over as window.__BUDGET_TEST_HOST__. So the in-memory gateway and the fake Excel stay out of
 * the production bundle. Built by ./webpack.config.js (globalSetup builds it).
 *
 * With window.__BUDGET_TEST_EXCEL__ (an ExcelApi version) the workbook becomes the strict fake Excel
 * of the Node tests (test/support/fakeExcel.ts) instead, installed as the global `Excel` that the
 * production Office.js gateway calls: the pane then runs its real Office.js code, and the test reads
 * the fake's writes and undo stack through window.__budgetFakeExcel.
 *
 * With window.__BUDGET_TEST_SELF_TEST_API__ ("1.14"…) it also gives the pane a 自检 that runs through the
 * real Office.js gateway over the strict fake Excel at that ExcelApi version (a copy of the same
 * workbook), as window.__BUDGET_TEST_SELF_TEST__; the fake is window.__budgetSelfTestExcel for the test.
 */
import { MemoryGateway } from '../../../src/excel/memoryGateway';
import { OfficeGateway } from '../../../src/excel/officeGateway';
import { FakeWorkbook, fakeHost } from '../../support/fakeExcel';
import { FakeOfficeContext } from '../../support/fakeOfficeContext';
import type { JsonWorkbook } from '../jsonWorkbook';
import { snapshotFromJson } from '../jsonWorkbook';

declare global {
  interface Window {
    __BUDGET_TEST_WORKBOOK__?: JsonWorkbook;
    __BUDGET_TEST_EXCEL__?: string;
    __budgetFakeExcel?: FakeWorkbook;
    __BUDGET_TEST_SELF_TEST_API__?: string;
    __budgetSelfTestExcel?: FakeWorkbook;
  }
}

const json = window.__BUDGET_TEST_WORKBOOK__;
const apiVersion = window.__BUDGET_TEST_EXCEL__;
if (json && apiVersion) {
  const fake = FakeWorkbook.fromSnapshot(snapshotFromJson(json));
  const host = fakeHost(fake, apiVersion);
  window.__budgetFakeExcel = fake;
  // Excel.run(options, batch), as the production officeHost calls it.
  (window as unknown as { Excel: unknown }).Excel = {
    run: (options: { mergeUndoGroup?: boolean }, batch: (ctx: Excel.RequestContext) => Promise<unknown>) => host.run(batch, { mergeUndoGroup: options.mergeUndoGroup === true }),
  };
  window.__BUDGET_TEST_HOST__ = 'office';
} else if (json) window.__BUDGET_TEST_HOST__ = MemoryGateway.fromSnapshot(snapshotFromJson(json));

const selfTestApi = window.__BUDGET_TEST_SELF_TEST_API__;
if (json && selfTestApi) {
  const excel = FakeWorkbook.fromSnapshot(snapshotFromJson(json));
  const gateway = new OfficeGateway(fakeHost(excel, selfTestApi));
  const context = new FakeOfficeContext(excel);
  window.__budgetSelfTestExcel = excel;
  window.__BUDGET_TEST_SELF_TEST__ = () => gateway.runSelfTest(context, { eventWaitMs: 2000 });
}
