import { runCli } from './main';

runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`处理失败：${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
