import { EXIT_UNUSABLE, Refusal, UsageError, type CliIo } from './cliIo';
import { USAGE } from './usage';
import { WorkbookReadError } from '../xlsx/workbookReadError';
import { isSystemError, systemErrorReason } from '../xlsx/systemError';
import { OutputWriteError } from './outputFile';
import { runTemplate } from './commands/template';
import { runCheck } from './commands/check';
import { runNarrative } from './commands/narrative';
import { runFill } from './commands/fill';
import { VERSION } from './version';

export type { CliIo } from './cliIo';

const COMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  template: runTemplate,
  check: runCheck,
  narrative: runNarrative,
  fill: runFill,
};

/** Runs one command and returns the exit status; never exits the process and never prints a stack. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout)(USAGE);
    return command === undefined ? EXIT_UNUSABLE : 0;
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    io.stdout(`budget-disclosure ${VERSION}\n`);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`不认识的命令：${command}\n\n${USAGE}`);
    return EXIT_UNUSABLE;
  }
  try {
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n\n${USAGE}`);
      return EXIT_UNUSABLE;
    }
    if (e instanceof WorkbookReadError || e instanceof OutputWriteError || e instanceof Refusal) {
      io.stderr(`${e.message}\n`);
      return EXIT_UNUSABLE;
    }
    io.stderr(`处理失败：${failure(e)}\n`);
    return EXIT_UNUSABLE;
  }
}

/** What failed, in Chinese: a system error as what to do (its own text is English with a full path). */
export function failure(e: unknown): string {
  if (isSystemError(e)) return systemErrorReason(e, 'read');
  return `程序内部错误（${e instanceof Error ? e.message : String(e)}），请把所用的文件和这行文字报告给开发者`;
}
