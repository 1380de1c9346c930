import { useState } from 'react';
import { errorText } from './errorText';

/**
 * A tab's busy state, last error and last notice, and the runner of its actions: busy while one runs
 * (the tab's buttons are off), the previous error (and, unless kept, notice) cleared, and its failure
 * shown as a sentence (`failure` of the error's text, e.g. “校验失败：…”).
 */
export function useTabTask<K extends string>() {
  const [busy, setBusy] = useState<K | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function perform(kind: K, failure: (why: string) => string, action: () => Promise<void>, keepNotice: boolean): Promise<void> {
    setBusy(kind);
    setError(null);
    if (!keepNotice) setNotice(null);
    try {
      await action();
    } catch (e) {
      setError(failure(errorText(e)));
    } finally {
      setBusy(null);
    }
  }

  /** Runs an action; the last notice goes. */
  const run = (kind: K, failure: (why: string) => string, action: () => Promise<void>) => perform(kind, failure, action, false);
  /** Runs an action that leaves the last notice up until it sets its own (清除标记, 写入, 撤销). */
  const runKeepingNotice = (kind: K, failure: (why: string) => string, action: () => Promise<void>) => perform(kind, failure, action, true);

  return { busy, error, notice, setError, setNotice, run, runKeepingNotice };
}

/** “<what>失败：<why>”, the usual failure sentence. */
export const failed =
  (what: string) =>
  (why: string): string =>
    `${what}失败：${why}`;
