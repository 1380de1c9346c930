/** A1 addresses, 0-based internally. */

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function address(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeAddress(r1: number, c1: number, r2: number, c2: number): string {
  const a = address(r1, c1);
  const b = address(r2, c2);
  return a === b ? a : `${a}:${b}`;
}

export interface CellPos {
  readonly row: number;
  readonly col: number;
}

export function parseAddress(a1: string): CellPos {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`不是单元格地址: ${a1}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export interface RangePos {
  readonly start: CellPos;
  readonly end: CellPos;
}

export function parseRange(a1: string): RangePos {
  const [a, b] = a1.split(':');
  const start = parseAddress(a);
  const end = b ? parseAddress(b) : start;
  return { start, end };
}

/** Quote a sheet name for an Excel formula or address when it needs it. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
