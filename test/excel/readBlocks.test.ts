import { planReadBlocks, splitReadSync } from '../../src/excel/readBlocks';

describe('planReadBlocks', () => {
  it('packs whole rows of several sheets into syncs of at most the given cells, covering every row once', () => {
    const areas = [
      { rowIndex: 0, columnIndex: 0, rowCount: 45, columnCount: 8 },
      null,
      { rowIndex: 3, columnIndex: 2, rowCount: 10, columnCount: 30 },
    ];
    const syncs = planReadBlocks(areas, 100);
    for (const sync of syncs) {
      expect(sync.reduce((n, b) => n + b.rows * areas[b.sheet]!.columnCount, 0)).toBeLessThanOrEqual(100);
    }
    for (const [i, area] of areas.entries()) {
      const rows = syncs.flat().filter((b) => b.sheet === i).flatMap((b) => Array.from({ length: b.rows }, (_, k) => b.row + k));
      expect(rows).toEqual(area ? Array.from({ length: area.rowCount }, (_, k) => k) : []);
    }
    // 360 + 300 cells: 12 rows of 8 per sync for sheet 0 (96 cells), the rest filled with sheet 2's rows of 30 when they fit.
    expect(syncs[0]).toEqual([{ sheet: 0, row: 0, rows: 12 }]);
    expect(syncs[3]).toEqual([{ sheet: 0, row: 36, rows: 9 }]);
    expect(syncs[4]).toEqual([{ sheet: 2, row: 0, rows: 3 }]);
    expect(syncs).toHaveLength(8);
  });

  it('gives a row wider than a whole sync a sync of its own', () => {
    expect(planReadBlocks([{ rowIndex: 0, columnIndex: 0, rowCount: 2, columnCount: 500 }], 100)).toEqual([
      [{ sheet: 0, row: 0, rows: 1 }],
      [{ sheet: 0, row: 1, rows: 1 }],
    ]);
  });
});

describe('splitReadSync', () => {
  it('splits a refused sync into its blocks, a block into halves, and gives up on one row', () => {
    expect(splitReadSync([{ sheet: 0, row: 0, rows: 3 }, { sheet: 1, row: 0, rows: 2 }])).toEqual([[{ sheet: 0, row: 0, rows: 3 }], [{ sheet: 1, row: 0, rows: 2 }]]);
    expect(splitReadSync([{ sheet: 0, row: 4, rows: 5 }])).toEqual([[{ sheet: 0, row: 4, rows: 3 }], [{ sheet: 0, row: 7, rows: 2 }]]);
    expect(splitReadSync([{ sheet: 0, row: 4, rows: 1 }])).toBeNull();
  });
});
