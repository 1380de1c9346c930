/**
 * Browser tests run against the production build. Build it here when dist/taskpane.html is missing or
 * older than the sources it is made from (CI builds before testing, so there this is a no-op).
 * The intranet package test needs `npm run package` output too: made here into build/browser-package
 * when missing or older than its sources (package.browser.test.ts reads PACKAGE_ORIGIN from here).
 * The test host script (memory workbook, fake Excel) is built outside dist/ (buildTestHost).
 * BROWSER_TESTS_NO_BUILD=1 skips these checks (tests then use whatever dist/ and the package hold).
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
// Everything the web build reads; the CLI and ExcelJS sources do not end up in the pane.
const INPUTS = ['src', 'assets', 'webpack.config.js', 'package-lock.json', 'tsconfig.json', 'manifest.xml', 'scripts/contentSecurityPolicy.js'];
/** What `npm run package` adds to the web build. */
const PACKAGE_INPUTS = [...INPUTS, 'package.json', 'scripts/package.js', 'scripts/packageManifest.js', 'scripts/deploymentNotes.js', 'scripts/check-manifest.js'];
const PACKAGE_OUT = path.join(ROOT, 'build', 'browser-package');
/** The example: a Chinese host name (punycode in the manifest) and a path. */
const PACKAGE_ORIGIN = 'https://预算.intranet.example/addin';
const NOT_WEB = [path.join('src', 'cli'), path.join('src', 'xlsx')];

function newestMtime(p) {
  const full = path.join(ROOT, p);
  if (!fs.existsSync(full)) return 0;
  const st = fs.statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const e of fs.readdirSync(full)) {
    const rel = path.join(p, e);
    if (NOT_WEB.includes(rel)) continue;
    newest = Math.max(newest, newestMtime(rel));
  }
  return newest;
}

/** The package folder in build/browser-package, or null. */
function packageFolder() {
  if (!fs.existsSync(PACKAGE_OUT)) return null;
  const name = fs.readdirSync(PACKAGE_OUT).find((n) => /^budget-disclosure-addin-[\d.]+$/.test(n));
  return name ? path.join(PACKAGE_OUT, name) : null;
}

function buildPackage() {
  const folder = packageFolder();
  const html = folder && path.join(folder, 'web', 'taskpane.html');
  const built = html && fs.existsSync(html) ? fs.statSync(html).mtimeMs : 0;
  if (built >= Math.max(...PACKAGE_INPUTS.map(newestMtime))) return;
  process.stdout.write(`\n[browser tests] the intranet package is ${built ? 'older than its sources' : 'missing'}: npm run package…\n`);
  fs.rmSync(PACKAGE_OUT, { recursive: true, force: true });
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'package.js'), '--origin', PACKAGE_ORIGIN, '--new-id', '--out', PACKAGE_OUT], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

/**
 * The host script the harness injects (memory workbook, fake Excel): built outside dist/, so the
 * production pane never contains it; rebuilt when older than what it is made from.
 */
function buildTestHost() {
  const out = path.join(ROOT, 'build', 'browser-test', 'test-host.js');
  const built = fs.existsSync(out) ? fs.statSync(out).mtimeMs : 0;
  const sources = Math.max(...['src', path.join('test', 'browser'), path.join('test', 'support'), 'package-lock.json', 'tsconfig.json'].map(newestMtime));
  if (built >= sources) return;
  process.stdout.write('\n[browser tests] building the test host script (test/browser/host/webpack.config.js)…\n');
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] }), '--config', path.join('test', 'browser', 'host', 'webpack.config.js')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

module.exports = async function globalSetup() {
  if (!fs.existsSync('/usr/bin/chromium')) {
    throw new Error('浏览器测试需要 /usr/bin/chromium：apt-get install -y chromium');
  }
  if (process.env.BROWSER_TESTS_NO_BUILD === '1') return;
  buildTestHost();
  buildPackage();
  const html = path.join(ROOT, 'dist', 'taskpane.html');
  const built = fs.existsSync(html) ? fs.statSync(html).mtimeMs : 0;
  const sources = Math.max(...INPUTS.map(newestMtime));
  if (built >= sources) return;
  process.stdout.write(`\n[browser tests] dist/taskpane.html ${built ? 'is older than src/' : 'is missing'}: building the pane (webpack --config-name web --config-name worker)…\n`);
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] }), '--mode', 'production', '--config-name', 'web', '--config-name', 'worker'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
};
module.exports.buildTestHost = buildTestHost;
