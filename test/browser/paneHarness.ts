import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import type { JsonWorkbook } from './jsonWorkbook';
import { launchChromium, type LaunchOptions } from './chromium';
import { serveDirectory, type StaticServer } from './staticServer';

export const DIST = path.resolve(__dirname, '..', '..', 'dist');
export const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts', 'browser');

export { jsonWorkbook, type JsonWorkbook } from './jsonWorkbook';

/** The test host script (test/browser/host/testHost.ts), built by globalSetup outside dist/. */
export const TEST_HOST_SCRIPT = path.resolve(__dirname, '..', '..', 'build', 'browser-test', 'test-host.js');

/**
 * Gives the page (before any of its scripts) the test's workbook and the host script that turns it into
 * window.__BUDGET_TEST_HOST__; the production pane then runs on it instead of Office.js.
 */
export async function installTestHost(target: Page | BrowserContext, workbook: JsonWorkbook, hosts: { excel?: string; selfTestApi?: string } = {}): Promise<void> {
  await target.addInitScript(
    ({ wb, excel, selfTest }) => {
      const w = window as unknown as { __BUDGET_TEST_WORKBOOK__: unknown; __BUDGET_TEST_EXCEL__?: string; __BUDGET_TEST_SELF_TEST_API__?: string };
      w.__BUDGET_TEST_WORKBOOK__ = wb;
      if (excel) w.__BUDGET_TEST_EXCEL__ = excel;
      if (selfTest) w.__BUDGET_TEST_SELF_TEST_API__ = selfTest;
    },
    { wb: workbook, excel: hosts.excel, selfTest: hosts.selfTestApi },
  );
  await target.addInitScript({ path: TEST_HOST_SCRIPT });
}

export const EMPTY_WORKBOOK: JsonWorkbook = { sheets: [] };

/** What the tests read from the memory gateway in the page (src/excel/memoryGateway.ts). */
export interface PageGateway {
  sheetNames(): Promise<string[]>;
  selection: { sheet: string; address: string }[];
  marks(): { sheet: string; address: string; severity: string }[];
  sheets: { name: string; conditionalFormats: { ranges: string[]; formula: string }[]; protected?: boolean }[];
  addUserConditionalFormat(sheet: string, range: string, formula: string): void;
  /** The contract's "user edit" (fires a change event with a user trigger). */
  setCellValue?(sheet: string, address: string, value: string | number | null): void;
}

export interface PaneSession {
  readonly page: Page;
  /** Requests the page tried to make to any other origin (they are also aborted). */
  readonly offOrigin: string[];
  /** Uncaught exceptions and console errors in the page. */
  readonly pageErrors: string[];
  /** test-artifacts/browser/NAME.png: the viewport, or the whole page with fullPage. */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

function sameOrigin(url: string, origin: string): boolean {
  // data:/blob: URLs are the page's own memory (Fluent's inline SVG, the .docx download), not network.
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** What the fake Office records in the page (window.__ribbon). */
export interface RibbonRecord {
  readonly actions: Record<string, (event: { completed(): void }) => void>;
  shown: number;
  completed: number;
  dialogs: string[];
  /** Office.addin's startup behavior for this document ('None' or 'Load'). */
  startup: string;
}

/**
 * A stand-in for Office.js, enough for the ribbon command: Office.onReady (host Excel), actions.associate,
 * requirements.isSetSupported('SharedRuntime') as the test says, addin.showAsTaskpane and
 * ui.displayDialogAsync, each recorded in window.__ribbon. `hidden` makes the page report itself hidden,
 * the way Excel loads a function file it never shows.
 */
export interface FakeOffice {
  readonly sharedRuntime: boolean;
  readonly hidden?: boolean;
  /** The ExcelApi version requirements.isSetSupported answers for (the strict fake Excel's, with OpenOptions.excel). */
  readonly excelApi?: string;
}

function installFakeOffice(fake: FakeOffice): void {
  const rec = { actions: {} as Record<string, unknown>, shown: 0, completed: 0, dialogs: [] as string[], startup: 'None' };
  const w = window as unknown as Record<string, unknown>;
  w.__ribbon = rec;
  if (fake.hidden) {
    let state = 'hidden';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    w.__showPage = () => {
      state = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
    };
  }
  w.Office = {
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived' },
    StartupBehavior: { none: 'None', load: 'Load' },
    onReady(cb?: (info: unknown) => void) {
      const info = { host: 'Excel', platform: 'PC' };
      return Promise.resolve().then(() => {
        cb?.(info);
        return info;
      });
    },
    context: {
      // Dialogs (DialogApi 1.1) exist in every Excel the manifest admits; the shared runtime as the test says.
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          if (name === 'ExcelApi') {
            if (!fake.excelApi) return false;
            const [a, b] = [fake.excelApi, version ?? '1.1'].map((v) => v.split('.').map(Number));
            return a[0] > b[0] || (a[0] === b[0] && (a[1] ?? 0) >= (b[1] ?? 0));
          }
          return name === 'DialogApi' || (fake.sharedRuntime && name === 'SharedRuntime');
        },
      },
      ui: {
        displayDialogAsync(url: string, _options: unknown, cb: (r: unknown) => void) {
          rec.dialogs.push(new URL(url).searchParams.get('result') ?? '');
          cb({ status: 'succeeded', value: { addEventHandler() {}, close() {} } });
        },
      },
    },
    actions: {
      associate(name: string, fn: unknown) {
        rec.actions[name] = fn;
      },
    },
    addin: {
      showAsTaskpane() {
        rec.shown++;
        return Promise.resolve();
      },
      getStartupBehavior: () => Promise.resolve(rec.startup),
      setStartupBehavior(behavior: string) {
        rec.startup = behavior;
        return Promise.resolve();
      },
    },
  };
}

export interface OpenOptions extends LaunchOptions {
  /** Run with a fake Office.js (ribbon tests); without it the pane runs on the memory workbook alone. */
  readonly office?: FakeOffice;
  /** Wait for the pane's first render (default true; a hidden function-file page never renders). */
  readonly waitForPane?: boolean;
  /**
   * Run the production Office.js gateway on the strict fake Excel (test/support/fakeExcel.ts) at this
   * ExcelApi version, with a fake Office.js around it, instead of the memory workbook: the page's
   * window.__budgetFakeExcel holds its undo stack and write count.
   */
  readonly excel?: string;
  /** Give the pane a 自检 over the strict fake Excel at this ExcelApi version (test/browser/host/testHost.ts). */
  readonly selfTestApi?: string;
}

/**
 * Opens dist/taskpane.html on the test server with a memory workbook instead of Office.js, and waits
 * until the pane says it is interactive (window.__budgetPaneReady).
 */
export async function openPane(server: StaticServer, workbook: JsonWorkbook, options: OpenOptions = {}): Promise<PaneSession> {
  const chromium = await launchChromium(options);
  const { context } = chromium;
  const offOrigin: string[] = [];
  const pageErrors: string[] = [];
  // Both the route and the request event see a blocked request: record each URL once.
  const record = (url: string) => {
    if (!offOrigin.includes(url)) offOrigin.push(url);
  };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (sameOrigin(url, server.origin)) await route.continue();
    else {
      record(url);
      await route.abort('blockedbyclient');
    }
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('request', (r) => {
    if (!sameOrigin(r.url(), server.origin)) record(r.url());
  });
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    pageErrors.push(`console: ${m.text()}`);
    // The page's own policy stops an off-origin request before the route above sees it: record it too.
    const blocked = /^securitypolicyviolation: \S+ blocked (https?:\S+)/.exec(m.text());
    if (blocked && !sameOrigin(blocked[1], server.origin)) record(blocked[1]);
  });
  // A Content-Security-Policy violation is a page error in every test (the policy: scripts/contentSecurityPolicy.js).
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  await installTestHost(page, workbook, { excel: options.excel, selfTestApi: options.selfTestApi });
  const office = options.excel ? { sharedRuntime: true, ...options.office, excelApi: options.excel } : options.office;
  if (office) await page.addInitScript(installFakeOffice, office);
  await page.goto(`${server.origin}${server.base}taskpane.html`);
  if (options.waitForPane !== false) {
    await page.waitForFunction(() => (window as unknown as { __budgetPaneReady?: boolean }).__budgetPaneReady === true, undefined, { timeout: 15000 });
  }
  return {
    page,
    offOrigin,
    pageErrors,
    screenshot: async (name, shot = {}) => {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: shot.fullPage ?? false });
      return file;
    },
    close: () => chromium.close(),
  };
}

/**
 * Runs `fn` on the page's memory gateway (window.__budgetGateway) and returns its JSON result. Playwright
 * passes fn as text and compiles it through the DevTools protocol, which the page's Content-Security-Policy
 * (no eval) does not govern; fn may use only its arguments, nothing from the test's scope.
 */
export async function withGateway<T, A = undefined>(page: Page, fn: (g: PageGateway, arg: A) => T | Promise<T>, arg?: A): Promise<T> {
  const gateway = await page.evaluateHandle(() => (window as unknown as { __budgetGateway: PageGateway }).__budgetGateway);
  try {
    // Playwright types the argument as "unboxed"; ours is plain JSON, which unboxes to itself.
    const run = fn as (g: PageGateway, a: unknown) => Promise<unknown>;
    return (await gateway.evaluate(run, arg as unknown)) as T;
  } finally {
    await gateway.dispose();
  }
}

/**
 * For a test file: serves dist/ (or another build, under a path) for the file's tests and closes each
 * test's Chromium after it. Returns `open`, which opens the pane for the current test.
 */
export function paneServer(root = DIST, mount = '/'): (workbook: JsonWorkbook, options?: OpenOptions) => Promise<PaneSession> {
  let server: StaticServer | undefined;
  // Every Chromium a test opened (a test may open two panes): one left open keeps jest from exiting.
  let sessions: PaneSession[] = [];
  beforeAll(async () => {
    server = await serveDirectory(root, mount);
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async () => {
    const open = sessions;
    sessions = [];
    for (const s of open) await s.close();
  });
  return async (workbook, options = {}) => {
    if (!server) throw new Error('paneServer: the server did not start');
    const session = await openPane(server, workbook, options);
    sessions.push(session);
    return session;
  };
}
