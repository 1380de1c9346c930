import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkAll, type WorkerMode } from '../../src/cli/checkPool';
import type { CheckTask } from '../../src/cli/checkFile';
import { cli } from './runCli';
import { writeSeedXlsx } from './seedFiles';

/**
 * `check DIR --jobs N`: files checked by N workers (threads, or processes), the output the same as
 * with one, in the sorted order of paths. The CLI runs as a real process from its sources
 * (test/support/tsRequire.js), so its workers are real threads and processes.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const FROM_SOURCES = ['-r', path.join(ROOT, 'test', 'support', 'tsRequire.js'), path.join(ROOT, 'src', 'cli', 'index.ts')];

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bd-jobs-'));
  for (const [id, name] of [['000', '汾阳/社保中心'], ['001', '汾阳/人社局'], ['002', '忻州/社保中心'], ['004', '汾阳/社保中心决算']] as const) {
    await writeSeedXlsx(id, dir, `各单位/${name}.xlsx`);
  }
  await fs.writeFile(path.join(dir, '各单位', '汾阳', '坏文件.xlsx'), '不是工作簿');
  await fs.writeFile(path.join(dir, '各单位', '旧版.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
}, 60000);
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

function run(args: string[], mode: WorkerMode = 'thread'): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...FROM_SOURCES, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, BUDGET_DISCLOSURE_WORKERS: mode } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('check --jobs', () => {
  it('prints the same JSON, report and stderr with 1, 3 threads and 3 processes, files in path order', () => {
    const one = run(['check', '各单位', '--json', '--jobs', '1']);
    const files = JSON.parse(one.stdout).files.map((f: { file: string }) => f.file);
    expect(files).toEqual([...files].sort());
    expect(files).toHaveLength(6);
    expect(one.code).toBe(2);
    for (const [jobs, mode] of [['3', 'thread'], ['3', 'process']] as const) {
      expect(run(['check', '各单位', '--json', '--jobs', jobs], mode)).toEqual(one);
    }
    const human = run(['check', '各单位', '--jobs', '1']);
    expect(run(['check', '各单位', '--jobs', '2'])).toEqual(human);
    expect(human.stdout).toContain('共 6 个文件：已检查 4 个，无法读取 2 个');
  }, 240000);

  it('without a worker script (in-process), any --jobs checks here with the same result', async () => {
    const one = await cli(['check', '各单位', '--json', '--jobs', '1'], dir);
    expect(await cli(['check', '各单位', '--json', '--jobs', '4'], dir)).toEqual(one);
  }, 60000);

  it.each(['0', '65', 'x', '1.5'])('--jobs %s is refused', async (jobs) => {
    const r = await cli(['check', '各单位', '--jobs', jobs], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--jobs 应为 1 到 64 的整数（收到“${jobs}”）`);
  });
});

describe('a worker that dies', () => {
  const checked = '{ file: m.task.file, kind: null, year: null, unit: null, profile: null, tables: [], missing: [], findings: [] }';
  const scripts: Record<WorkerMode, string> = {
    // A worker of the pool's protocol that dies on a file named 崩溃 (as one that exhausts its memory would).
    thread: `const { parentPort } = require('worker_threads');
parentPort.on('message', (m) => { if (m.task.file.includes('崩溃')) process.exit(3); parentPort.postMessage({ index: m.index, check: ${checked} }); });`,
    process: `let started = false;
process.on('message', (m) => { if (!started) { started = true; return; } if (m.task.file.includes('崩溃')) process.exit(3); process.send({ index: m.index, check: ${checked} }); });
process.on('disconnect', () => process.exit(0));`,
  };

  // The pool's own thread takes the first file (a real seed workbook, really checked); the worker
  // takes the next two, dies on 崩溃, and the file it held ahead goes to whoever is free next.
  it.each(['thread', 'process'] as const)('fails that file only, as %s; the rest are checked, in order', async (mode) => {
    const script = path.join(dir, `fake-${mode}.js`);
    await fs.writeFile(script, scripts[mode]);
    const seed = path.join(dir, '各单位', '汾阳', '社保中心.xlsx');
    const tasks: CheckTask[] = ['甲', '崩溃', '乙', '丙', '丁'].map((n) => ({ file: `${n}.xlsx`, abs: n === '崩溃' ? path.join(dir, '无此文件.xlsx') : seed }));
    const out = await checkAll(tasks, {}, { jobs: 2, workerScript: script, mode });
    expect(out.map((c) => c.file)).toEqual(tasks.map((t) => t.file));
    expect(out.map((c) => c.error ?? null)).toEqual([null, expect.stringContaining('程序异常退出'), null, null, null]);
    // 甲 was checked here (the seed is a 预算); every file after the crash was checked by someone.
    expect(out[0].kind).toBe('budget');
    expect(out.filter((c) => c.kind === null && !c.error).length + out.filter((c) => c.kind === 'budget').length).toBe(4);
  }, 60000);
});
