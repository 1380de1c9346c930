import { SUSPECT_RULE, type Finding } from '../findings/finding';
import { suspectChange, suspectLead } from '../findings/findingText';
import { plain, ZERO } from '../money/amount';
import type { RecognizedTable } from '../recognition/recognizedTable';
import { describeRow } from '../checks/sumComparison';
import type { Suspect } from './locateSuspects';

/**
 * A suspect as a finding (cli.md "Suspect cells"): an error at the cell, `expected` the value
 * that makes every identity it explains hold, `explains` how many. It says what would follow from
 * a change; nothing is written.
 */
export function suspectFinding(s: Suspect): Finding {
  const { table, cell } = s.at;
  const actual = cell.amount.value ?? ZERO;
  const expected = plain(actual.plus(s.change));
  const where = locate(table, cell.row, cell.col);
  const pairedWith = s.pairedWith
    ? {
        cell: { sheet: s.pairedWith.at.table.sheet, address: s.pairedWith.at.cell.address },
        expected: plain((s.pairedWith.at.cell.amount.value ?? ZERO).plus(s.pairedWith.change)),
        actual: plain(s.pairedWith.at.cell.amount.value ?? ZERO),
      }
    : undefined;
  const partial: Finding = {
    severity: 'error',
    rule: SUSPECT_RULE,
    table: table.no,
    sheet: table.sheet,
    cell: cell.address,
    row: where.row,
    column: where.column,
    expected,
    actual: plain(actual),
    difference: plain(s.change.neg()),
    message: '',
    cells: [{ sheet: table.sheet, address: cell.address }, ...(pairedWith ? [pairedWith.cell] : [])],
    detail: { kind: 'suspect', explains: s.explains.map((e) => e.id), tiedCells: s.tiedCells, ...(pairedWith ? { pairedWith } : {}) },
    explains: s.explains.length,
  };
  const named = where.row && (where.row.code || where.row.name) ? where.row : null;
  const at = [cell.address, [named ? `${describeRow(named)} 行` : '', where.column ? `“${where.column}”列` : ''].join('')].filter(Boolean).join(' ');
  const blank = cell.amount.state === 'empty';
  return {
    ...partial,
    message: `${table.form.label}（${table.sheet}）${at}：${suspectLead(partial)}，实为 ${blank ? '空白' : plain(actual)}，${suspectChange(partial, (a) => a)}`,
  };
}

/** The row (code and name) and column label of a table cell. */
function locate(table: RecognizedTable, row: number, col: number): { row: { code: string | null; name: string } | null; column: string | null } {
  for (const panel of table.panels) {
    const r = panel.rows.find((x) => x.row === row);
    const c = panel.columns.find((x) => x.col === col && x.key);
    if (r && c) return { row: { code: r.code, name: r.name }, column: c.label };
  }
  return { row: null, column: null };
}
