import { fork, type ChildProcess } from 'child_process';
import { Worker } from 'worker_threads';
import { checkFile, type CheckSettings, type CheckTask } from './checkFile';
import { unreadableFile, type FileCheck } from './fileCheck';

/**
 * `check --jobs N` on a folder: the files are checked N at once, by this thread and N − 1 workers,
 * each its own copy of the engine (a thread by default, a child process on request), and the
 * results come back in the tasks' order, so the output does not depend on N. A worker that dies (a
 * file that exhausts its memory) fails that file only, and a new one takes its place.
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
  const results: FileCheck[] = new Array(tasks.length);
  // Tasks not yet given out; a dead worker's unstarted task goes back to the front.
  const queue: number[] = tasks.map((_, i) => i);
  const take = (): number | undefined => queue.shift();
  /** This thread checks files too: one engine fewer to start, and its core is not left idle. */
  const here = async () => {
    for (let i = take(); i !== undefined; i = take()) results[i] = await checkFile(tasks[i], settings);
  };
  if (n <= 1 || !options.workerScript) {
    await here();
    return results;
  }
  // This thread takes the first file before any worker starts (the order tests rely on).
  const local = here();
  const workers = Array.from({ length: n - 1 }, () => runWorker(options.workerScript!, options.mode ?? 'thread', settings, tasks, results, queue));
  await Promise.all([local, ...workers]);
  return results;
}

/**
 * One worker until the queue is empty. It holds one task ahead of the one it is checking, so it
 * never waits for this thread (busy with a file of its own) to hand it the next. If it dies, the
 * task it was checking fails (that file exhausted it); the one held ahead goes back to the queue
 * for a new worker.
 */
function runWorker(script: string, mode: WorkerMode, settings: CheckSettings, tasks: readonly CheckTask[], results: FileCheck[], queue: number[]): Promise<void> {
  return new Promise<void>((resolve) => {
    const start = () => {
      const worker = spawn(script, mode, settings);
      const inFlight: number[] = [];
      const feed = () => {
        while (inFlight.length < 2 && queue.length > 0) {
          const i = queue.shift()!;
          inFlight.push(i);
          worker.send({ index: i, task: tasks[i] });
        }
        if (inFlight.length === 0) worker.stop();
      };
      worker.onResult((m) => {
        results[m.index] = m.check;
        inFlight.splice(inFlight.indexOf(m.index), 1);
        feed();
      });
      worker.onExit(() => {
        const [checking, ...ahead] = inFlight.filter((i) => results[i] === undefined);
        if (checking !== undefined) {
          results[checking] = unreadableFile(tasks[checking].file, '检查这个文件时程序异常退出（文件可能过大或已损坏），请在 Excel 中打开检查，或单独检查这个文件');
        }
        queue.unshift(...ahead);
        if (queue.length > 0) start();
        else resolve();
      });
      feed();
    };
    start();
  });
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
