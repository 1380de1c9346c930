import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import { checkSummary, type CheckReply, type CheckSummary } from './checkMessages';
import { loadChecks } from '../shared/engine';

/**
 * Runs the checks in dist/check-worker.js so the pane does not freeze on a large workbook; where a
 * worker cannot start (an old host, a dev server without the worker build) it runs them here.
 */
let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (s: CheckSummary) => void; reject: (e: Error) => void }>();

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(new URL('check-worker.js', document.baseURI));
  } catch {
    worker = null;
  }
  if (worker) {
    worker.onmessage = (e: MessageEvent<CheckReply>) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      pending.delete(e.data.id);
      if ('error' in e.data) p.reject(new Error(e.data.error));
      else p.resolve({ findings: e.data.findings, kind: e.data.kind, profile: e.data.profile, tables: e.data.tables });
    };
    // The worker script could not load: give up on it and run the waiting checks here.
    worker.onerror = () => {
      worker = null;
      const waiting = [...pending.values()];
      pending.clear();
      for (const p of waiting) p.reject(new WorkerUnavailable());
    };
  }
  return worker;
}

class WorkerUnavailable extends Error {}

async function inThread(wb: WorkbookSnapshot): Promise<CheckSummary> {
  const { checkWorkbook } = await loadChecks();
  return checkSummary(checkWorkbook(wb));
}

export async function checkOffThread(wb: WorkbookSnapshot): Promise<CheckSummary> {
  const w = startWorker();
  if (!w) return inThread(wb);
  const id = nextId++;
  try {
    return await new Promise<CheckSummary>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.postMessage({ id, wb });
    });
  } catch (e) {
    if (e instanceof WorkerUnavailable) return inThread(wb);
    throw e;
  }
}
