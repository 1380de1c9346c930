import { isMainThread, parentPort, workerData } from 'worker_threads';
import { checkFile } from './checkFile';
import { WORKER_FLAG, type ResultMessage, type TaskMessage, type WorkerStart } from './checkPool';

/**
 * The other side of checkPool: this process or thread was started to check files. It receives
 * the settings first, then one task at a time, and answers each with its FileCheck.
 */
export function isCheckWorker(): boolean {
  if (!isMainThread) return (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] !== undefined;
  return process.env[WORKER_FLAG] === '1' && typeof process.send === 'function';
}

export function serveChecks(): void {
  if (!isMainThread) {
    const start = (workerData as Record<string, WorkerStart>)[WORKER_FLAG];
    parentPort!.on('message', (m: TaskMessage) => {
      void checkFile(m.task, start.settings).then((check) => parentPort!.postMessage({ index: m.index, check } satisfies ResultMessage));
    });
    return;
  }
  let start: WorkerStart | null = null;
  process.on('message', (m: WorkerStart | TaskMessage) => {
    if (start === null) {
      start = m as WorkerStart;
      return;
    }
    const task = m as TaskMessage;
    void checkFile(task.task, start.settings).then((check) => process.send!({ index: task.index, check } satisfies ResultMessage));
  });
  process.on('disconnect', () => process.exit(0));
}
