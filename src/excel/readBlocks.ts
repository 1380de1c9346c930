/**
 * Plans the blockwise read of used ranges too large for one sync: each sheet's used range is cut
 * into blocks of whole rows (all its used columns), and blocks are packed — across sheets — into
 * syncs of at most `cellsPerSync` cells. Pure: the Office.js side is blockwiseRead.ts.
 */

/** A used range's position and size (as loaded: rowIndex, columnIndex, rowCount, columnCount). */
export interface UsedArea {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Rows `row … row+rows-1` of sheet `sheet`'s used range (rows counted from the used range's first row). */
export interface ReadBlock {
  readonly sheet: number;
  readonly row: number;
  readonly rows: number;
}

/** The syncs, each a list of blocks. A row wider than a whole sync gets a sync of its own. */
export function planReadBlocks(areas: readonly (UsedArea | null)[], cellsPerSync: number): ReadBlock[][] {
  const syncs: ReadBlock[][] = [];
  let current: ReadBlock[] = [];
  let room = cellsPerSync;
  const flush = (): void => {
    if (current.length > 0) syncs.push(current);
    current = [];
    room = cellsPerSync;
  };
  areas.forEach((area, sheet) => {
    if (!area) return;
    let row = 0;
    while (row < area.rowCount) {
      const fit = Math.floor(room / area.columnCount);
      if (fit === 0) {
        if (current.length > 0) {
          flush();
          continue;
        }
        syncs.push([{ sheet, row, rows: 1 }]);
        row++;
        continue;
      }
      const rows = Math.min(fit, area.rowCount - row);
      current.push({ sheet, row, rows });
      room -= rows * area.columnCount;
      row += rows;
    }
  });
  flush();
  return syncs;
}

/**
 * A sync that still failed for its size (the estimate was low: long texts), split smaller: its
 * blocks one sync each, or one block's rows halved. Null when it is a single row: nothing smaller.
 */
export function splitReadSync(sync: readonly ReadBlock[]): ReadBlock[][] | null {
  if (sync.length > 1) return sync.map((b) => [b]);
  const [b] = sync;
  if (b.rows <= 1) return null;
  const half = Math.ceil(b.rows / 2);
  return [[{ ...b, rows: half }], [{ ...b, row: b.row + half, rows: b.rows - half }]];
}
