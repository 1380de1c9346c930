import { parseAmount, ZERO } from '../../../src/domain/money/amount';
import { recognize } from '../../../src/domain/recognition/recognize';
import { address, parseRange } from '../../../src/domain/workbook/a1';
import { cellAt, cellText, type WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';

/**
 * Cells of the given tables (their recognised range in `expected`) that differ between two
 * workbooks, read as a person reads them: amounts to the cent (blank = 0.00), text as written.
 */
export function differingCells(expected: WorkbookSnapshot, actual: WorkbookSnapshot, nos: readonly number[]): string[] {
  const out: string[] = [];
  for (const t of recognize(expected).tables.filter((x) => nos.includes(x.no))) {
    const e = expected.sheets.find((s) => s.name === t.sheet)!;
    const a = actual.sheets.find((s) => s.name === t.sheet)!;
    const { start, end } = parseRange(t.range);
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.col; c <= end.col; c++) {
        const ev = cellAt(e, r, c);
        const av = cellAt(a, r, c);
        const ea = parseAmount(ev);
        const aa = parseAmount(av);
        const amounts = (ea.state === 'amount' || ea.state === 'empty') && (aa.state === 'amount' || aa.state === 'empty');
        const same = amounts ? (ea.value ?? ZERO).equals(aa.value ?? ZERO) : cellText(ev) === cellText(av);
        if (!same) out.push(`${t.sheet}!${address(r, c)}: ${JSON.stringify(ev)} ≠ ${JSON.stringify(av)}`);
      }
    }
  }
  return out;
}
