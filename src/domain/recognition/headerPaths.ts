import { cellAt, cellText, type SheetSnapshot } from '../workbook/snapshot';
import { parseRange } from '../workbook/a1';

/**
 * The header path of every column of a table: the header cells from the top header row down.
 * A header spanning several columns is written once (in its first cell) in a paste, and merged
 * in a template; both are spread over the columns below it, so "收入 | (blank)" above
 * "项目 | 2025年" gives 收入/项目 and 收入/2025年.
 */
export function headerPaths(sheet: SheetSnapshot, rows: readonly number[], firstCol: number, lastCol: number): string[][] {
  const grid: string[][] = rows.map((r) => {
    const line: string[] = [];
    for (let c = firstCol; c <= lastCol; c++) line.push(cellText(cellAt(sheet, r, c)));
    return line;
  });
  spreadMerges(sheet, rows, firstCol, lastCol, grid);
  // Spread a spanning header to the right over blank cells that have sub-headers below them.
  for (let i = 0; i < grid.length - 1; i++) {
    for (let j = 1; j < grid[i].length; j++) {
      if (grid[i][j] !== '' || grid[i][j - 1] === '') continue;
      const hasBelow = grid.slice(i + 1).some((line) => line[j] !== '');
      const leftHasBelow = grid.slice(i + 1).some((line) => line[j - 1] !== '');
      if (hasBelow && leftHasBelow) grid[i][j] = grid[i][j - 1];
    }
  }
  const paths: string[][] = [];
  for (let j = 0; j <= lastCol - firstCol; j++) {
    const path: string[] = [];
    for (const line of grid) {
      const t = line[j];
      if (t !== '' && path[path.length - 1] !== t) path.push(t);
    }
    paths.push(path);
  }
  return paths;
}

function spreadMerges(sheet: SheetSnapshot, rows: readonly number[], firstCol: number, lastCol: number, grid: string[][]): void {
  if (!sheet.merges) return;
  const rowIndex = new Map(rows.map((r, i) => [r, i]));
  for (const m of sheet.merges) {
    let range;
    try {
      range = parseRange(m);
    } catch {
      continue;
    }
    const top = rowIndex.get(range.start.row);
    if (top === undefined) continue;
    const value = cellText(cellAt(sheet, range.start.row, range.start.col));
    for (let r = range.start.row; r <= range.end.row; r++) {
      const i = rowIndex.get(r);
      if (i === undefined) continue;
      for (let c = Math.max(range.start.col, firstCol); c <= Math.min(range.end.col, lastCol); c++) {
        if (grid[i][c - firstCol] === '') grid[i][c - firstCol] = value;
      }
    }
  }
}
