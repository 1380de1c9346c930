import type { Terminal } from './report/terminal';
import type { WorkerMode } from './checkPool';

/** What the CLI talks to, so tests run it in-process: no process.exit, no console. */
export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readonly cwd: string;
  /** Where stdout goes (width, colour); plain 120 columns when not given (tests, pipes). */
  readonly terminal?: Terminal;
  /** What `check --jobs` starts: the CLI's own file as threads or processes; without it, files are checked in this thread. */
  readonly workers?: { readonly script: string; readonly mode: WorkerMode };
  /** The default of `--jobs`: the number of cores. */
  readonly cores?: number;
}

/** Bad arguments: the message is printed with the usage text and the exit code is 2. */
export class UsageError extends Error {}

/** A command that declines to go on (an existing --out without --force): the message alone, exit 2. */
export class Refusal extends Error {}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;
