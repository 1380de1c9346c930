import type { Finding } from '../domain/findings/finding';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import { findingMarks } from './findingMarks';
import { isOwnWrite } from './ownWriteCounter';
import type { WorkbookChange, WorkbookGateway } from './workbookGateway';

/** The engine, passed in so this module does not depend on it (and tests can count runs). */
export type RunCheck = (snapshot: WorkbookSnapshot) => readonly Finding[] | Promise<readonly Finding[]>;

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/**
 * What the checker needs: events, the own-write counter, and either readForMarks (one read and one
 * write sync per run) or, for wrappers that time the phases, readSnapshot and applyMarks.
 */
export type LiveGateway = Pick<WorkbookGateway, 'onChanged' | 'ownWrites'> &
  (Pick<WorkbookGateway, 'readForMarks'> | Pick<WorkbookGateway, 'readSnapshot' | 'applyMarks'>);

export interface LiveCheckerOptions {
  readonly gateway: LiveGateway;
  readonly runCheck: RunCheck;
  readonly onResult?: (findings: readonly Finding[]) => void;
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
 * Re-checks the whole workbook after the user's edits: debounced, never two runs at once (an edit during
 * a run schedules exactly one more), and blind to the add-in's own writes (marks, fill), which would
 * otherwise trigger endless re-checks. Whole tables are re-checked, not the dirty cells: formula results
 * change without events.
 */
export class LiveChecker {
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private again = false;
  private unsubscribe: (() => Promise<void>) | null = null;
  private runCount = 0;
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
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.runNow();
    }, this.delayMs);
  }

  /** Runs a check now, or once more after the current one when a check is already running. */
  runNow(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        const g = this.options.gateway;
        let findings: readonly Finding[];
        if ('readForMarks' in g) {
          // One read sync and one write sync for the whole run (after the sheet listing).
          const read = await g.readForMarks();
          this.runCount++;
          try {
            findings = await this.options.runCheck(read.snapshot);
          } catch (e) {
            await read.cancel();
            throw e;
          }
          await read.replaceMarks(findingMarks(findings));
        } else {
          const snapshot = await g.readSnapshot();
          this.runCount++;
          findings = await this.options.runCheck(snapshot);
          await g.applyMarks(findingMarks(findings));
        }
        this.options.onResult?.(findings);
      } catch (e) {
        this.options.onError?.(e);
      }
    } while (this.again);
  }
}
