import { execFileSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import * as path from 'path';

/** The benches time the CLI people run: dist/cli.js, in its own process. */
export const ROOT = path.join(__dirname, '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds dist/cli.js when it is missing or older than a source file (BENCH_BUILD=0 never builds). */
export function ensureBuiltCli(): void {
  if (process.env.BENCH_BUILD === '0' && existsSync(CLI)) return;
  if (existsSync(CLI) && statSync(CLI).mtimeMs > Math.max(newest(path.join(ROOT, 'src')), statSync(path.join(ROOT, 'package.json')).mtimeMs)) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--config-name', 'cli'], { cwd: ROOT, stdio: 'ignore' });
}
