import type { Narrative } from '../../domain/narrative/narrativeTypes';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import { loadNarrative } from '../shared/engine';
import type { NarrativeWatch, WatchState } from './narrativeWatch';

/** The narrative on screen and the edits made since it read the workbook. */
export interface ShownNarrative {
  readonly narrative: Narrative;
  readonly watch: WatchState;
  /** 公开表 recognised in the workbook read (none: the pane says so in one line instead of a text of placeholders). */
  readonly tables?: number;
}

export type Prior = { readonly name: string; readonly wb: WorkbookSnapshot } | null;

const UNWATCHED: WatchState = { generation: -1, changes: [], sheets: new Set(), watching: false };

/**
 * Reads the workbook and builds the 情况说明; with a watch, edits from the moment it starts reading
 * count against the result (the 说明 tab's 生成, 重新生成 and every path that rebuilds).
 */
export async function generateNarrative(gateway: WorkbookGateway, watch: NarrativeWatch | null, prior: Prior): Promise<ShownNarrative> {
  let tables = 0;
  const read = async () => {
    const [lib, wb] = await Promise.all([loadNarrative(), gateway.readSnapshot()]);
    const recognition = lib.recognize(wb);
    tables = recognition.tables.length;
    const value = lib.buildNarrative(
      wb,
      recognition,
      lib.readParameters(wb),
      prior ? { prior: { wb: prior.wb, recognition: lib.recognize(prior.wb) } } : undefined,
    );
    return { value, sheets: wb.sheets.map((x) => x.name) };
  };
  if (!watch) return { narrative: (await read()).value, watch: UNWATCHED, tables };
  const { value, state } = await watch.track(read);
  return { narrative: value, watch: state, tables };
}
