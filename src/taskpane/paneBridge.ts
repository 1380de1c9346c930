import type { CheckSummary } from './check/checkMessages';
import type { NarrativeAudit } from './narrative/narrativeAudit';

export type PaneCheck = () => Promise<CheckSummary>;

/**
 * In a shared runtime the ribbon's 校验 and the pane are one page. The ribbon asks the pane to check, so
 * the result lands in the pane's list and goes through live checking's queue (never two checks at once)
 * instead of a second, separate run. The pane's parts connect here when they mount; when Excel starts
 * the page only to run the ribbon command, the command waits briefly for them.
 */
export class PaneBridge {
  private check: PaneCheck | null = null;
  private showChecks: (() => void) | null = null;
  private waiting: (() => void)[] = [];
  private narrativeAudit: ((a: NarrativeAudit) => void) | null = null;

  /** The 校验 tab's check; returns the disconnect for the component's cleanup. */
  connectCheck(check: PaneCheck): () => void {
    this.check = check;
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w();
    return () => {
      if (this.check === check) this.check = null;
    };
  }

  /** How the pane brings its 校验 tab to the front. */
  connectTabs(showChecks: () => void): () => void {
    this.showChecks = showChecks;
    return () => {
      if (this.showChecks === showChecks) this.showChecks = null;
    };
  }

  /** The pane's check once it is connected, or null after `timeoutMs` (the caller then checks on its own). */
  whenConnected(timeoutMs: number): Promise<PaneCheck | null> {
    if (this.check) return Promise.resolve(this.check);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve(this.check);
      };
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((w) => w !== done);
        resolve(null);
      }, timeoutMs);
      this.waiting.push(done);
    });
  }

  showCheckTab(): void {
    this.showChecks?.();
  }

  /** Where the 说明 tab's 校验已有说明 sends its findings: the 校验 tab's list. */
  connectNarrativeAudit(show: (a: NarrativeAudit) => void): () => void {
    this.narrativeAudit = show;
    return () => {
      if (this.narrativeAudit === show) this.narrativeAudit = null;
    };
  }

  /** Puts a 情况说明's findings into the 校验 list and brings that tab to the front; false when no list is there. */
  showNarrativeAudit(a: NarrativeAudit): boolean {
    if (!this.narrativeAudit) return false;
    this.narrativeAudit(a);
    this.showCheckTab();
    return true;
  }
}

/** The page's one bridge: the pane and the ribbon command run in the same JavaScript runtime when shared. */
export const paneBridge = new PaneBridge();
