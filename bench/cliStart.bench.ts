import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { writeSeedXlsx } from '../test/cli/seedFiles';
import { CLI, ensureBuiltCli } from './builtCli';
import { printTable } from './measure';

/**
 * What one command costs before it does anything: a CI step or a script that runs `check` once per
 * file pays the CLI's start every time, and `check --jobs N` pays it once per worker. Median of 7
 * runs of dist/cli.js, each its own process: `--version` (the start alone), `check` on one seed
 * workbook, and bare `node -e 0` for the part that is Node's own.
 */
const RUNS = 7;
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function median(args: readonly string[]): { wall: number; cpu: number | null; code: number | null } {
  const runs = Array.from({ length: RUNS }, () => {
    const t = performance.now();
    const r = GNU_TIME ? spawnSync(GNU_TIME, ['-f', 'CPU %U %S', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
    const wall = performance.now() - t;
    const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
    return { wall, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null, code: r.status };
  });
  const mid = <T>(xs: T[], key: (x: T) => number) => [...xs].sort((a, b) => key(a) - key(b))[Math.floor(xs.length / 2)];
  const cpus = runs.filter((r) => r.cpu !== null);
  return { wall: mid(runs, (r) => r.wall).wall, cpu: cpus.length ? mid(cpus, (r) => r.cpu!).cpu : null, code: runs[0].code };
}

describe('the CLI start (npm run bench)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('node -e 0, --version, check one workbook', async () => {
    ensureBuiltCli();
    const seed = await writeSeedXlsx('000', dir, '000.xlsx');
    const lines = [
      ['node -e 0', median(['-e', '0'])],
      ['budget-disclosure --version', median([CLI, '--version'])],
      ['check 000.xlsx --json', median([CLI, 'check', seed, '--json'])],
    ] as const;
    printTable(
      `the CLI's start (dist/cli.js, median of ${RUNS}; CPU = user + system; load avg ${os.loadavg()[0].toFixed(1)})`,
      ['run', 'wall ms', 'CPU ms'],
      lines.map(([name, r]) => [name, r.wall.toFixed(0), r.cpu === null ? '—' : r.cpu.toFixed(0)]),
    );
    expect(lines[1][1].code).toBe(0);
    // Checked (0 or 1 with findings), not a failure to run (2).
    expect([0, 1]).toContain(lines[2][1].code);
  });
});
