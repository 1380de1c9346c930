import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

/** The CLI from its sources (test/support/tsRequire.js), as `npm run demo` runs dist/cli.js. */
const FROM_SOURCES = JSON.stringify(['-r', path.join(ROOT, 'test', 'support', 'tsRequire.js'), path.join(ROOT, 'src', 'cli', 'index.ts')]);

describe('npm run demo', () => {
  it('runs template, check and narrative on the example and leaves nothing in the temporary folder', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-demo-'));
    try {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'demo.js')], {
        encoding: 'utf8',
        cwd: ROOT,
        env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp, DEMO_NODE_ARGS: FROM_SOURCES },
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('已生成 demo-output/汾阳市社会保险中心-2025年预算公开模板.xlsx');
      expect(r.stdout).toContain('== examples/汾阳市社会保险中心-2025年预算公开.xlsx');
      expect(r.stdout).toContain('已写入情况说明：demo-output/情况说明.txt');
      // Written where it says, replaced on every run; nothing new in the system's temporary folder.
      expect(fs.existsSync(path.join(ROOT, 'demo-output', '情况说明.txt'))).toBe(true);
      expect(fs.readdirSync(tmp)).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
