import { EXIT_UNUSABLE, Refusal, UsageError, type CliIo } from './cliIo';
import { USAGE } from './usage';
import { WorkbookReadError } from '../xlsx/workbookReadError';
import { isSystemError, systemErrorReason } from '../xlsx/systemError';
import { OutputWriteError } from './outputFile';
import { runCheck } from './commands/check';
import { VERSION } from './version';

export type { CliIo } from './cliIo';

type Command = (argv: string[], io: CliIo) => Promise<number>;

/**
 * `check` is in the main file (it is what a folder's workers run); the others, which write
 * workbooks and documents, are loaded when asked for, so that a check does not load ExcelJS and docx.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  template: () => import(/* webpackChunkName: "template" */ './commands/template').then((m) => m.runTemplate),
  check: () => Promise.resolve(runCheck),
  narrative: () => import(/* webpackChunkName: "narrative" */ './commands/narrative').then((m) => m.runNarrative),
  fill: () => import(/* webpackChunkName: "fill" */ './commands/fill').then((m) => m.runFill),
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
  const load = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    io.stderr(`不认识的命令：${command}\n\n${USAGE}`);
    return EXIT_UNUSABLE;
  }
  try {
    return await (await load())(rest, io);
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
