import type { WorkbookChange } from './workbookGateway';

/**
 * Counts the add-in's own writes that are in flight. Before ExcelApi 1.14 a change event does not say
 * who made the change, and Excel delivers the events of a batch after its sync resolves, so a write
 * stays "in flight" for a short settle time after it finishes; events seen meanwhile are ours.
 */
export class OwnWriteCounter {
  private count = 0;

  constructor(
    private readonly settleMs = 300,
    private readonly schedule: (fn: () => void, ms: number) => unknown = (fn, ms) => setTimeout(fn, ms),
  ) {}

  get active(): boolean {
    return this.count > 0;
  }

  /** Runs an own write, counting it until `settleMs` after it ends (also when it fails). */
  async around<T>(write: () => Promise<T>): Promise<T> {
    this.count++;
    try {
      return await write();
    } finally {
      this.schedule(() => {
        this.count--;
      }, this.settleMs);
    }
  }
}

/**
 * Was this change event the add-in's own write (marks, fill, an inserted sheet)? By triggerSource where
 * ExcelApi 1.14 reports it, else by the in-flight counter. Live checking and the stale-paragraph watch
 * both ignore these.
 */
export function isOwnWrite(change: WorkbookChange, ownWrites: Pick<OwnWriteCounter, 'active'>): boolean {
  if (change.triggerSource !== undefined) return change.triggerSource === 'ThisLocalAddin';
  return ownWrites.active;
}
