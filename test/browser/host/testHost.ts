/**
 * Loaded into the page before the pane's own scripts (page.addInitScript, never part of dist/): turns
 * the test's workbook (window.__BUDGET_TEST_WORKBOOK__, plain JSON) into what the pane runs on, and
 * hands it over as window.__BUDGET_TEST_HOST__. So the in-memory gateway and the fake Excel stay out of
 * the production bundle. Built by ./webpack.config.js (globalSetup builds it).
 */
import { MemoryGateway } from '../../../src/excel/memoryGateway';
import type { JsonWorkbook } from '../jsonWorkbook';
import { snapshotFromJson } from '../jsonWorkbook';

declare global {
  interface Window {
    __BUDGET_TEST_WORKBOOK__?: JsonWorkbook;
  }
}

const json = window.__BUDGET_TEST_WORKBOOK__;
if (json) window.__BUDGET_TEST_HOST__ = MemoryGateway.fromSnapshot(snapshotFromJson(json));
