import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { seedWorkbook } from '../support/seedWorkbook';
import { jsonWorkbook, paneServer } from './paneHarness';
import { serveDirectory } from './staticServer';

/**
 * The intranet package (`npm run package`), as globalSetup.js makes it into build/browser-package with
 * --origin https://预算.intranet.example/addin --new-id: what is in it, what its manifest says, and the pane
 * loaded from it, served under the manifest's own path (/addin/) from an origin of its own.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'build', 'browser-package');
const FOLDER = (() => {
  const name = fs.existsSync(OUT) ? fs.readdirSync(OUT).find((n) => /^budget-disclosure-addin-[\d.]+$/.test(n)) : undefined;
  if (!name) throw new Error(`no package in ${OUT}: globalSetup runs npm run package (unless BROWSER_TESTS_NO_BUILD=1)`);
  return path.join(OUT, name);
})();
const WEB = path.join(FOLDER, 'web');
const MANIFEST = fs.readFileSync(path.join(FOLDER, 'manifest.xml'), 'utf8');
const BASE = 'https://xn--lzz850d.intranet.example/addin/';
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function filesUnder(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? filesUnder(dir, r) : [r];
  });
}

/** Every URL in the manifest: DefaultValue/Value attributes and <AppDomain> text. */
const manifestUrls = () => [
  ...[...MANIFEST.matchAll(/\b(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1]),
  ...[...MANIFEST.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]),
];

describe('npm run package: the folder and the zip', () => {
  const files = filesUnder(FOLDER);

  it('holds the manifest, 部署说明.txt and the built pane, with no source map and no CLI', () => {
    expect(files).toEqual(expect.arrayContaining(['manifest.xml', '部署说明.txt', 'web/taskpane.html', 'web/result-dialog.html', 'web/help.html', 'web/check-worker.js', 'web/office-js/office.js', 'web/assets/icon-80.png']));
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /(^|\/)cli\.js$/.test(f))).toEqual([]);
    const ownScripts = files.filter((f) => /^web\/[^/]+\.js$/.test(f));
    expect(ownScripts.length).toBeGreaterThan(5);
    for (const f of ownScripts) expect(fs.readFileSync(path.join(FOLDER, f), 'utf8')).not.toContain('sourceMappingURL');
    // Nothing of the repository beyond the build: no TypeScript, no tests, no node_modules.
    expect(files.filter((f) => /\.tsx?$|node_modules|(^|\/)test\//.test(f))).toEqual([]);
  });

  it('zips the same folder', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(`${FOLDER}.zip`));
    const inZip = Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name)
      .sort();
    expect(inZip).toEqual(files.map((f) => `${path.basename(FOLDER)}/${f}`).sort());
  });

  it('has a manifest whose every URL is on the intranet folder, in punycode, with a new Id and package.json’s version', () => {
    const urls = manifestUrls();
    expect(urls.length).toBeGreaterThanOrEqual(9);
    for (const u of urls) expect(u.startsWith(BASE)).toBe(true);
    expect(MANIFEST).not.toContain('localhost');
    expect(MANIFEST).toContain(`<Version>${VERSION}.0</Version>`);
    const id = /<Id>([^<]*)<\/Id>/.exec(MANIFEST)![1];
    const devId = /<Id>([^<]*)<\/Id>/.exec(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'))![1];
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe(devId);
    expect(fs.readFileSync(path.join(WEB, 'manifest.xml'), 'utf8')).toBe(MANIFEST);
  });

  it('has a manifest that passes the offline manifest check against its web folder', () => {
    /* eslint-disable-next-line @typescript-eslint/no-require-imports -- the check is a plain Node script */
    const { checkManifest } = require('../../scripts/check-manifest') as { checkManifest(xml: string, dir: string): string[] };
    expect(checkManifest(MANIFEST, WEB)).toEqual([]);
  });

  it('explains the deployment in Chinese with the readable address and the Id', () => {
    const notes = fs.readFileSync(path.join(FOLDER, '部署说明.txt'), 'utf8');
    expect(notes).toContain('https://预算.intranet.example/addin/taskpane.html');
    expect(notes).toContain(/<Id>([^<]*)<\/Id>/.exec(MANIFEST)![1]);
    expect(notes).toContain('受信任的加载项目录');
  });
});

describe('the packaged pane, served under /addin/ on its own origin', () => {
  const open = paneServer(WEB, '/addin/');

  it('finds every file the manifest names under the path it names', async () => {
    const server = await serveDirectory(WEB, '/addin/');
    try {
      for (const u of manifestUrls().filter((x) => x !== BASE.replace(/\/addin\/$/, ''))) {
        const local = `${server.origin}/addin/${u.slice(BASE.length)}`;
        const res = await fetch(local);
        expect([u, res.status]).toEqual([u, 200]);
      }
      // The folder is served only under its path: nothing at the root.
      expect((await fetch(`${server.origin}/taskpane.html`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('loads, checks seed 000 and shows its findings, asking nothing outside /addin/ and breaking no policy', async () => {
    const s = await open(jsonWorkbook(seedWorkbook('000')));
    const { page } = s;
    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: '个错误' }).first();
    await status.waitFor({ timeout: 15000 });
    expect(await status.textContent()).toMatch(/\d+ 个错误/);
    // The checks ran in the worker, loaded from the package's folder.
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toContain('/addin/check-worker.js');
    const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(requested.length).toBeGreaterThan(3);
    expect(requested.filter((p) => !p.startsWith('/addin/'))).toEqual([]);
    expect(s.offOrigin).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    await s.screenshot('package-pane');
  });
});
