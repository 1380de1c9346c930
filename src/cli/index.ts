import { availableParallelism } from 'os';
import { failure, runCli } from './main';
import { terminalFor } from './report/terminal';
import { isCheckWorker, serveChecks } from './checkWorker';

// The same file is the command line and, started by `check --jobs`, a worker that checks files.
if (isCheckWorker()) serveChecks();
else {
  runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    terminal: terminalFor(process.stdout, process.env),
    // Threads; child processes when BUDGET_DISCLOSURE_WORKERS=process (npm run bench compares the two).
    workers: { script: process.argv[1], mode: process.env.BUDGET_DISCLOSURE_WORKERS === 'process' ? 'process' : 'thread' },
    cores: availableParallelism(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`处理失败：${failure(e)}\n`);
      process.exitCode = 2;
    },
  );
}
