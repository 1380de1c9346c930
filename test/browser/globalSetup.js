/**
 * Browser tests run against the production build. Build it here when dist/taskpane.html is missing or
 * older than the sources it is made from (CI builds before testing, so there this is a no-op).
 * BROWSER_TESTS_NO_BUILD=1 skips the check (tests then use whatever dist/ holds).
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
// Everything the web build reads; the CLI and ExcelJS sources do not end up in the pane.
const INPUTS = ['src', 'assets', 'webpack.config.js', 'package-lock.json', 'tsconfig.json', 'manifest.xml'];
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
