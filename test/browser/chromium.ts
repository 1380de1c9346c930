import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core. Playwright's own browser downloads are never used:
 * the tests must run offline on the CI image, which installs `chromium` from Debian.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless and quiet: no sandbox (containers), no GPU, and no background traffic to Google. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

export interface LaunchOptions {
  readonly width?: number;
  readonly height?: number;
  /** 2 = Windows display scaling at 200 %, the way Office shows a task pane on a high-DPI screen. */
  readonly deviceScaleFactor?: number;
}

export interface LaunchedChromium {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A browser with a fresh, throw-away profile (--user-data-dir), so no test sees another's storage. */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedChromium> {
  if (!chromiumAvailable()) throw new Error(`找不到 ${CHROMIUM_PATH}：请先安装 Debian 的 chromium（apt-get install -y chromium）`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-pane-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: options.width ?? 360, height: options.height ?? 720 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: 'zh-CN',
    serviceWorkers: 'block',
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
