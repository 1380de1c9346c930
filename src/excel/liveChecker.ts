import type { Finding } from '../domain/findings/finding';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import { findingMarks } from './findingMarks';
import { isOwnWrite } from './ownWriteCounter';
import type { MarkOutcome, WorkbookChange, WorkbookGateway } from './workbookGateway';

/** The engine, passed in so this module does not depend on it (and tests can count runs). */
export type RunCheck = (snapshot: WorkbookSnapshot) => readonly Finding[] | Promise<readonly Finding[]>;

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/**
 * What the checker needs: events, the own-write counter, readChanged for the runs that follow the
 * user's edits (what changed only, never a write), and readForMarks for 校验 (one read and one write sync).
 */
export type LiveGateway = Pick<WorkbookGateway, 'onChanged' | 'ownWrites' | 'readChanged' | 'readForMarks'>;

export interface LiveCheckerOptions {
  readonly gateway: LiveGateway;
  /** 校验's check: the whole workbook. */
  readonly runCheck: RunCheck;
  /**
   * The check after the user's edits, when it differs from runCheck: one that keeps what it learnt
   * between runs and finds again only what the edits can change (domain/checks/liveCheck.ts).
   */
  readonly checkEdits?: RunCheck;
  /** Each run's findings; `marked` is what 校验 left unmarked (protected sheets), null for an edit's run. */
  readonly onResult?: (findings: readonly Finding[], marked: MarkOutcome | null) => void;
  readonly onError?: (error: unknown) => void;
  /** Quiet time after the last edit before checking (default 400 ms): typing a column does not start 20 checks. */
  readonly delayMs?: number;
  readonly timers?: Timers;
}

const DEFAULT_TIMERS: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Re-checks the workbook after the user's edits: debounced, never two runs at once (an edit during a run
 * schedules exactly one more), and blind to the add-in's own writes. A run that follows an edit only
 * reads and reports findings: it never writes to the workbook, at any ExcelApi version. Before 1.20 an
 * API write clears Excel's undo stack; from 1.20 it becomes an entry of it, so Ctrl+Z would undo our
 * marks instead of the user's typing. Marks are written by `runNow` only (校验, the ribbon), as one undo
 * group where ExcelApi 1.20 exists. An edit's run reads what changed, formula results included (they
 * change without events of their own), and checkEdits finds again what those cells can change.
 */
export class LiveChecker {
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  /** Runs asked for while one is running (or about to start): a 校验 covers an edit's run. */
  private wanted: { edit: boolean; mark: boolean } = { edit: false, mark: false };
  /** The user's edits since the last read, for readChanged. */
  private changes: WorkbookChange[] = [];
  private unsubscribe: (() => Promise<void>) | null = null;
  private runCount = 0;
  private markCount = 0;
  private readonly delayMs: number;
  private readonly timers: Timers;

  constructor(private readonly options: LiveCheckerOptions) {
    this.delayMs = options.delayMs ?? 400;
    this.timers = options.timers ?? DEFAULT_TIMERS;
  }

  /** Number of checks run so far. */
  get runs(): number {
    return this.runCount;
  }

  /** Number of those runs that wrote marks (校验): never one for an edit. */
  get markingRuns(): number {
    return this.markCount;
  }

  async start(): Promise<void> {
    if (this.unsubscribe) return;
    this.unsubscribe = await this.options.gateway.onChanged((c) => this.notify(c));
  }

  async stop(): Promise<void> {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    const u = this.unsubscribe;
    this.unsubscribe = null;
    if (u) await u();
    await this.running;
  }

  /** A change event. Our own writes are recognised by triggerSource (ExcelApi 1.14) or the in-flight counter. */
  notify(change: WorkbookChange): void {
    if (isOwnWrite(change, this.options.gateway.ownWrites)) return;
    this.changes.push(change);
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.request('edit');
    }, this.delayMs);
  }

  /**
   * 校验: a check that writes its marks (one read sync, one write sync), now, or once more after the
   * current run when one is running.
   */
  runNow(): Promise<void> {
    return this.request('mark');
  }

  private request(kind: 'edit' | 'mark'): Promise<void> {
    this.wanted[kind] = true;
    if (this.running) return this.running;
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async loop(): Promise<void> {
    while (this.wanted.edit || this.wanted.mark) {
      const mark = this.wanted.mark;
      this.wanted = { edit: false, mark: false };
      try {
        const outcome = mark ? await this.checkAndMark() : { findings: await this.checkOnly(), marked: null };
        this.options.onResult?.(outcome.findings, outcome.marked);
      } catch (e) {
        this.options.onError?.(e);
      }
    }
  }

  /** After an edit: read and check, nothing written. */
  private async checkOnly(): Promise<readonly Finding[]> {
    const changes = this.changes;
    this.changes = [];
    let snapshot: WorkbookSnapshot;
    try {
      snapshot = await this.options.gateway.readChanged(changes);
    } catch (e) {
      this.changes = [...changes, ...this.changes]; // still to be read
      throw e;
    }
    this.runCount++;
    return (this.options.checkEdits ?? this.options.runCheck)(snapshot);
  }

  /** 校验: one read sync and one write sync for the whole run (after the sheet listing). */
  private async checkAndMark(): Promise<{ findings: readonly Finding[]; marked: MarkOutcome }> {
    this.changes = []; // a whole read
    const read = await this.options.gateway.readForMarks();
    this.runCount++;
    this.markCount++;
    let findings: readonly Finding[];
    try {
      findings = await this.options.runCheck(read.snapshot);
    } catch (e) {
      await read.cancel();
      throw e;
    }
    return { findings, marked: await read.replaceMarks(findingMarks(findings)) };
  }
}
