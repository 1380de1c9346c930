import type { ChangedRange } from '../../domain/narrative/staleParagraphs';
import type { WorkbookChange, WorkbookGateway } from '../../excel/workbookGateway';
import { isOwnWrite } from '../../excel/ownWriteCounter';

/** Office.js reports worksheet ids in change events; sheetIds() names them. */
export type WatchGateway = Pick<WorkbookGateway, 'onChanged' | 'ownWrites' | 'sheetIds'>;

/** What the 说明 tab shows against the narrative of one generation. */
export interface WatchState {
  /** Which generation (track call) these edits belong to: the pane ignores states of older ones. */
  readonly generation: number;
  /** Edits since that generation read the workbook; sheet null when the event's sheet cannot be named. */
  readonly changes: readonly ChangedRange[];
  /** The sheets the narrative was generated from (figures from last year's file are not among them). */
  readonly sheets: ReadonlySet<string>;
  /** False when subscribing to change events failed: the pane cannot tell when the text goes stale. */
  readonly watching: boolean;
}

interface RawChange {
  readonly reported: string;
  readonly address: string;
}

/**
 * Collects the user's edits after a narrative is generated, so the 说明 tab can mark the paragraphs
 * they invalidate. Subscribes on the first generation and stays subscribed until stop(). Edits that
 * arrive while a generation reads the workbook count against the new narrative: they may or may not be
 * in what it read, and marking one paragraph too many is better than showing a stale figure as current.
 */
export class NarrativeWatch {
  /** Generations started, and the one whose narrative is on screen. */
  private started = 0;
  private shown = 0;
  private committed: RawChange[] = [];
  /** Edits since the running generation began; null when none is running. */
  private collecting: RawChange[] | null = null;
  private sheets: ReadonlySet<string> = new Set();
  private ids: ReadonlyMap<string, string> = new Map();
  private watching = false;
  private subscribed: Promise<void> | null = null;
  private unsubscribe: (() => Promise<void>) | null = null;
  private stopped = false;

  constructor(
    private readonly gateway: WatchGateway,
    /** Called after every edit that counts (not for own writes). */
    private readonly onUpdate: (state: WatchState) => void,
  ) {}

  /**
   * Generates under watch: `read` reads the workbook and builds the narrative; edits from the moment
   * it starts count against the result. The returned state goes with the returned value. Failing to
   * subscribe does not fail the generation; the state then says watching: false.
   */
  async track<T>(
    read: () => Promise<{ readonly value: T; readonly sheets: readonly string[] }>,
  ): Promise<{ readonly value: T; readonly state: WatchState }> {
    const generation = ++this.started;
    this.collecting = [];
    this.subscribed ??= this.subscribe();
    try {
      await this.subscribed;
      const [r, ids] = await Promise.all([read(), this.sheetIds()]);
      if (generation === this.started && this.collecting) {
        this.committed = this.collecting;
        this.sheets = new Set(r.sheets);
        this.ids = ids;
        this.shown = generation;
      }
      return { value: r.value, state: this.state() };
    } finally {
      // Done or failed: from now on edits go to the narrative on screen only.
      if (generation === this.started) this.collecting = null;
    }
  }

  state(): WatchState {
    const changes = this.committed.map((c) => ({ sheet: this.sheetName(c.reported), address: c.address }));
    return { generation: this.shown, changes, sheets: this.sheets, watching: this.watching };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.subscribed;
    const u = this.unsubscribe;
    this.unsubscribe = null;
    if (u) await u();
  }

  /** A change event: our own writes are dropped, everything else counts. */
  notify(change: WorkbookChange): void {
    if (this.stopped || isOwnWrite(change, this.gateway.ownWrites)) return;
    const raw = { reported: change.sheet, address: change.address };
    this.committed.push(raw);
    this.collecting?.push(raw);
    this.onUpdate(this.state());
  }

  /**
   * The name of the sheet an event reports: the memory gateway reports names, Office.js worksheet ids,
   * named through the sheetIds() listing read with the narrative. Anything else (a sheet added since) is
   * unknown (null), never guessed.
   */
  private sheetName(reported: string): string | null {
    return this.ids.get(reported) ?? (this.sheets.has(reported) ? reported : null);
  }

  private async sheetIds(): Promise<ReadonlyMap<string, string>> {
    try {
      return new Map((await this.gateway.sheetIds()).map((s) => [s.id, s.name]));
    } catch {
      // Without ids every edit is still caught, only as "possibly stale".
      return new Map();
    }
  }

  private async subscribe(): Promise<void> {
    try {
      const u = await this.gateway.onChanged((c) => this.notify(c));
      if (this.stopped) await u();
      else {
        this.unsubscribe = u;
        this.watching = true;
      }
    } catch {
      this.watching = false;
    }
  }
}
