import { fork, type ChildProcess } from 'child_process';
import { Worker } from 'worker_threads';
import { checkFile, type CheckSettings, type CheckTask } from './checkFile';
import { unreadableFile, type FileCheck } from './fileCheck';

/**
 * `check --jobs N` on a folder: the files are checked by N workers at once, each its own copy of the
 * engine (a thread by default, a child process on request), and the results come back in the
 * tasks' order, so the output does not depend on N. One worker per file at a time; a worker that
 * dies (a file that exhausts its memory) fails that file only, and a new one takes its place.
 */
export interface PoolOptions {
  readonly jobs: number;
  /** The script a worker runs: the CLI's own (dist/cli.js). Without it every file is checked here. */
  readonly workerScript?: string;
  readonly mode?: WorkerMode;
}

export type WorkerMode = 'thread' | 'process';

/** What a worker receives first, then tasks one by one. */
export interface WorkerStart {
  readonly settings: CheckSettings;
}

export interface TaskMessage {
  readonly index: number;
  readonly task: CheckTask;
}

export interface ResultMessage {
  readonly index: number;
  readonly check: FileCheck;
}

/** Marks the process or thread as a check worker (index.ts dispatches on it). */
export const WORKER_FLAG = 'BUDGET_DISCLOSURE_CHECK_WORKER';

export async function checkAll(tasks: readonly CheckTask[], settings: CheckSettings, options: PoolOptions): Promise<FileCheck[]> {
  const n = Math.min(options.jobs, tasks.length);
  if (n <= 1 || !options.workerScript) {
    const out: FileCheck[] = [];
    for (const task of tasks) out.push(await checkFile(task, settings));
    return out;
  }
  const results: FileCheck[] = new Array(tasks.length);
  let next = 0;
  await new Promise<void>((resolve) => {
    let running = 0;
    const start = () => {
      const worker = spawn(options.workerScript!, options.mode ?? 'thread', settings);
      running++;
      let current: number | null = null;
      const feed = () => {
        if (next >= tasks.length) {
          current = null;
          worker.stop();
          return;
        }
        current = next++;
        worker.send({ index: current, task: tasks[current] });
      };
      worker.onResult((m) => {
        results[m.index] = m.check;
        feed();
      });
      worker.onExit(() => {
        running--;
        if (current !== null && results[current] === undefined) {
          results[current] = unreadableFile(tasks[current].file, '检查这个文件时程序异常退出（文件可能过大或已损坏），请在 Excel 中打开检查，或单独检查这个文件');
          current = null;
        }
        if (next < tasks.length) start();
        else if (running === 0) resolve();
      });
      feed();
    };
    for (let i = 0; i < n; i++) start();
  });
  return results;
}

/** A worker, thread or process, behind the same three calls. */
interface PoolWorker {
  send(m: TaskMessage): void;
  stop(): void;
  onResult(fn: (m: ResultMessage) => void): void;
  onExit(fn: () => void): void;
}

function spawn(script: string, mode: WorkerMode, settings: CheckSettings): PoolWorker {
  const start: WorkerStart = { settings };
  if (mode === 'process') {
    const child: ChildProcess = fork(script, [], { env: { ...process.env, [WORKER_FLAG]: '1' }, serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    child.send(start);
    let exited = false;
    const once = (fn: () => void) => () => (exited ? undefined : ((exited = true), fn()));
    return {
      send: (m) => child.send(m),
      stop: () => child.disconnect(),
      onResult: (fn) => child.on('message', (m) => fn(m as ResultMessage)),
      // A process that could not start reports 'error' and maybe no 'exit'.
      onExit: (fn) => {
        child.on('exit', once(fn));
        child.on('error', once(fn));
      },
    };
  }
  // Its own output is not the report's: read and dropped (a library's warning must not land in the JSON).
  const worker = new Worker(script, { workerData: { [WORKER_FLAG]: start }, stdout: true, stderr: true });
  worker.stdout.resume();
  worker.stderr.resume();
  let exited = false;
  const exit = (fn: () => void) => () => (exited ? undefined : ((exited = true), fn()));
  return {
    send: (m) => worker.postMessage(m),
    stop: () => void worker.terminate(),
    onResult: (fn) => worker.on('message', (m) => fn(m as ResultMessage)),
    onExit: (fn) => {
      worker.on('exit', exit(fn));
      worker.on('error', () => undefined);
    },
  };
}
