import { spawn, spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { writeSeedXlsx } from '../test/cli/seedFiles';
import { CLI, ensureBuiltCli } from './builtCli';
import { printTable } from './measure';

/**
 * Issue 18 item 10: `check` on a folder of 300 workbooks (the four seeds, 75 copies each, in 15
 * subfolders), `--jobs 2` against `--jobs 1`, with the workers as threads (the default) and as child
 * processes. Each run is dist/cli.js in its own process, wall time from start to exit; every run
 * must print the same JSON. Goal: --jobs 2 at most 0.6× the time of --jobs 1 (on two free cores).
 * Beside the wall time: the CPU the run used (its workers included) and CPU ÷ wall, how many cores it
 * actually got, and the load average — on a shared machine they say what was left to run on.
 *
 * One more line is the ceiling of any --jobs 2 on this machine: two separate `--jobs 1` processes
 * started together, each on half of the subfolders, nothing shared and nothing to coordinate; the
 * wall time is until both have finished. A single engine already keeps more than one core busy (V8
 * compiles hot code and collects garbage on background threads), so two engines on two cores
 * cannot halve the time; --jobs 2 cannot beat this line.
 */
const FILES = 300;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);

interface Run {
  readonly s: number;
  /** User + system CPU seconds of the run, its workers included (GNU time), when measurable. */
  readonly cpu: number | null;
  readonly stdout: string;
  readonly code: number | null;
}

/** GNU time reports the CPU of the process and of every worker process it waited for. */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Two `--jobs 1` runs at once on disjoint folders; wall time until both exit, CPU of both. */
async function twoAtOnce(dirs: readonly [string, string]): Promise<Run> {
  const t = performance.now();
  const one = (dir: string) =>
    new Promise<{ cpu: number | null; stdout: string; code: number | null }>((resolve) => {
      const args = [CLI, 'check', dir, '--json', '--jobs', '1'];
      const child = GNU_TIME ? spawn(GNU_TIME, ['-f', 'CPU %U %S', process.execPath, ...args]) : spawn(process.execPath, args);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => {
        const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(stderr);
        resolve({ cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : null, stdout, code });
      });
    });
  const [a, b] = await Promise.all(dirs.map(one));
  const s = (performance.now() - t) / 1000;
  const files = [a, b].reduce((n, r) => n + (JSON.parse(r.stdout) as { summary: { files: number } }).summary.files, 0);
  return { s, cpu: a.cpu === null || b.cpu === null ? null : a.cpu + b.cpu, stdout: String(files), code: Math.max(a.code ?? 0, b.code ?? 0) };
}

function check(dir: string, jobs: number, mode: 'thread' | 'process'): Run {
  const args = [CLI, 'check', dir, '--json', '--jobs', String(jobs)];
  const t = performance.now();
  const r = GNU_TIME
    ? spawnSync(GNU_TIME, ['-f', 'CPU %U %S', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, BUDGET_DISCLOSURE_WORKERS: mode } })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, BUDGET_DISCLOSURE_WORKERS: mode } });
  const s = (performance.now() - t) / 1000;
  const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  return { s, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : null, stdout: r.stdout, code: r.status };
}

describe('check on a folder (npm run bench)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-folder-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`${FILES} workbooks: --jobs 2 against --jobs 1`, async () => {
    ensureBuiltCli();
    const seeds = await Promise.all((['000', '001', '002', '004'] as const).map((id) => writeSeedXlsx(id, path.join(dir, 'seeds'), `${id}.xlsx`)));
    const folder = path.join(dir, '各单位');
    // The same files, split in two folders of whole subfolders, for the ceiling line.
    const halves = [path.join(dir, '前半'), path.join(dir, '后半')] as const;
    for (let i = 0; i < FILES; i++) {
      const name = `区县${String(i % 15).padStart(2, '0')}`;
      const file = `单位${String(i).padStart(3, '0')}.xlsx`;
      for (const sub of [path.join(folder, name), path.join(halves[i % 15 < 8 ? 0 : 1], name)]) {
        mkdirSync(sub, { recursive: true });
        copyFileSync(seeds[i % seeds.length], path.join(sub, file));
      }
    }
    const runs: { name: string; run: Run; load: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, jobs, mode] of [
        ['--jobs 1', 1, 'thread'],
        ['--jobs 2 (threads)', 2, 'thread'],
        ['--jobs 2 (processes)', 2, 'process'],
      ] as const) {
        runs.push({ name, run: check(folder, jobs, mode), load: os.loadavg()[0] });
      }
      runs.push({ name: 'ceiling: 2 × --jobs 1 on halves', run: await twoAtOnce(halves), load: os.loadavg()[0] });
    }
    const base = runs.filter((r) => r.name === '--jobs 1').reduce((a, r) => a + r.run.s, 0) / ROUNDS;
    printTable(
      `check ${FILES} workbooks --json (dist/cli.js; ${os.cpus().length} cores, ${ROUNDS} round(s); CPU = user + system of the run and its workers)`,
      ['run', 'wall s', '× --jobs 1', 'CPU s', 'CPU ÷ wall', 'files/s', 'load avg (1 min)'],
      runs.map(({ name, run, load }) => [
        name,
        run.s.toFixed(1),
        (run.s / base).toFixed(2),
        run.cpu === null ? '—' : run.cpu.toFixed(1),
        run.cpu === null ? '—' : (run.cpu / run.s).toFixed(2),
        (FILES / run.s).toFixed(1),
        load.toFixed(1),
      ]),
    );
    // Same output whatever the number of workers, and every file checked.
    const ceiling = runs.filter((r) => r.name.startsWith('ceiling'));
    for (const r of ceiling) expect([r.run.stdout, r.run.code]).toEqual([String(FILES), runs[0].run.code]);
    for (const r of runs.filter((x) => !ceiling.includes(x))) {
      expect(r.run.stdout).toBe(runs[0].run.stdout);
      expect(r.run.code).toBe(runs[0].run.code);
    }
    expect(JSON.parse(runs[0].run.stdout).summary.files).toBe(FILES);
  });
});
