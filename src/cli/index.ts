import { failure, runCli } from './main';
import { terminalFor } from './report/terminal';

runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  terminal: terminalFor(process.stdout, process.env),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`处理失败：${failure(e)}\n`);
    process.exitCode = 2;
  },
);
