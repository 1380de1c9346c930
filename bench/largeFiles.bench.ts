import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, statSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeMillionRowWorkbook } from '../test/support/millionRows';
import { writeZipBomb } from '../test/support/rawXlsx';
import { printTable } from './measure';
import { CLI, ensureBuiltCli } from './builtCli';

/**
 * Issue 12 items 6 and 7: `check` on a 1,048,576 × 10 sheet (seed 000's 表3 on top, figures to
 * Excel's last row) and on a zip bomb (a 2 GiB sheet in about 2 MB), each in a child process
 * running the built CLI: wall time and the process's peak memory (RSS high-water mark).
 * Goals: the big sheet under 30 s and 1 GB; the bomb refused within a second.
 */

interface Run {
  readonly ms: number;
  readonly maxRssMb: number;
  readonly code: number | null;
  readonly firstLine: string;
}

/** Runs the CLI in a fresh Node process that reports its own peak RSS when it exits. */
function runCli(args: string[]): Run {
  const wrapper =
    "process.on('exit',()=>process.stderr.write('\\nMAXRSS_KB '+process.resourceUsage().maxRSS+'\\n'));" +
    `process.argv=[process.argv[0],${JSON.stringify(CLI)},...process.argv.slice(1)];require(${JSON.stringify(CLI)});`;
  const t = Date.now();
  const r = spawnSync(process.execPath, ['-e', wrapper, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Date.now() - t;
  const kb = Number(/MAXRSS_KB (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const out = `${r.stdout}${r.stderr.replace(/\n?MAXRSS_KB \d+\n/, '')}`;
  return { ms, maxRssMb: Math.round(kb / 1024), code: r.status, firstLine: out.split('\n').find((l) => /错误|无法读取|提示/.test(l))?.slice(0, 100) ?? '' };
}

describe('large files (npm run bench)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-large-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('check on a 1,048,576-row sheet and on a zip bomb', async () => {
    ensureBuiltCli();
    const million = path.join(dir, 'million.xlsx');
    let t = Date.now();
    await writeMillionRowWorkbook(million);
    const made = Date.now() - t;
    const bomb = path.join(dir, 'bomb.xlsx');
    t = Date.now();
    const { uncompressed } = await writeZipBomb(bomb, 2);
    const bombMade = Date.now() - t;
    // What any run costs before reading a file: starting Node and loading the CLI bundle.
    const startup = runCli(['check', path.join(dir, 'missing.xlsx')]);
    const big = runCli(['check', million]);
    const refused = runCli(['check', bomb]);
    const mb = (f: string) => (statSync(f).size / 2 ** 20).toFixed(1);
    printTable(
      'check on large files (child process running dist/cli.js; peak RSS = its high-water mark)',
      ['file', 'on disk MB', 'built in s', 'check s', 'peak RSS MB', 'exit', 'first finding or refusal'],
      [
        ['(start-up: a missing file)', '', '', (startup.ms / 1000).toFixed(2), startup.maxRssMb, String(startup.code), startup.firstLine],
        ['1,048,576 × 10 sheet', mb(million), (made / 1000).toFixed(1), (big.ms / 1000).toFixed(1), big.maxRssMb, String(big.code), big.firstLine],
        [`zip bomb (${(uncompressed / 2 ** 30).toFixed(1)} GiB unpacked)`, mb(bomb), (bombMade / 1000).toFixed(1), (refused.ms / 1000).toFixed(2), refused.maxRssMb, String(refused.code), refused.firstLine],
      ],
    );
  });
});
