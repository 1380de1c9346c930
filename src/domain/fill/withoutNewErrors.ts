import { checkRecognized, checkWorkbook } from '../checks/checkWorkbook';
import type { Catalog } from '../catalog/catalog';
import type { Finding } from '../findings/finding';
import type { RecognitionResult } from '../recognition/recognizedTable';
import { cellAt, type WorkbookSnapshot } from '../workbook/snapshot';
import { parseAddress } from '../workbook/a1';
import { parseAmount } from '../money/amount';
import type { CellWrite, FillPlan } from './fillTypes';
import { applyPlanToSnapshot } from './undo';
import { basisText, cellText, fillValueText, placeText } from './fillText';
import { SUSPECT_RULE } from '../findings/finding';

const key = (f: Finding) => `${f.rule}|${f.sheet}|${f.cell}|${f.row?.code ?? f.row?.name ?? ''}|${f.column ?? ''}`;

/**
 * Fill copies figures from the tables it trusts; when a source is itself wrong (表3's 合计 overtyped),
 * the copy would carry the mistake into 表1 and 表4 and break their sums. So the plan is applied to a
 * copy and checked: a write that takes part in an error the workbook did not have before is not
 * written, and a note says why. Repeats until no write is blamed (each round removes at least one).
 */
export function withoutNewErrors(
  wb: WorkbookSnapshot,
  recognition: RecognitionResult,
  catalog: Catalog,
  plan: FillPlan,
  /** The workbook's findings as it is, when the caller has checked it already. */
  findingsBefore: readonly Finding[] = checkRecognized(wb, recognition, { catalog }).findings,
): FillPlan {
  const before = new Set(findingsBefore.filter((f) => f.severity === 'error').map(key));
  let writes = [...plan.writes];
  const notes = [...plan.notes];
  for (let round = 0; round < 5 && writes.length > 0; round++) {
    const filled = applyPlanToSnapshot(wb, { ...plan, writes }).wb;
    const after = checkWorkbook(filled, { catalog }).findings;
    // A blank total, or a sum of blanks, is unfinished (it waits for an input), not contradicted.
    const written = new Set(writes.map((w) => `${w.sheet}!${w.address}`));
    // A suspect-cell restates the errors it explains: blame rests on those, never on the suspect's guess.
    const fresh = after.filter((f) => f.severity === 'error' && f.rule !== SUSPECT_RULE && !before.has(key(f)) && contradicts(filled, f, written));
    const blamed = new Map<string, Finding>();
    for (const f of fresh) for (const c of f.cells ?? []) if (!blamed.has(`${c.sheet}!${c.address}`)) blamed.set(`${c.sheet}!${c.address}`, f);
    const dropped = writes.filter((w) => blamed.has(`${w.sheet}!${w.address}`));
    if (dropped.length === 0) break;
    for (const w of dropped) notes.push(note(w, blamed.get(`${w.sheet}!${w.address}`)!));
    writes = writes.filter((w) => !blamed.has(`${w.sheet}!${w.address}`));
  }
  return { ...plan, writes, notes };
}

/**
 * An error that contradicts figures, rather than waiting for them: its own cell (the total, or a
 * cross-table rule's left side) holds a figure, and so does another of its cells — or its own cell
 * is one fill would write, which then rests on nothing printed.
 */
function contradicts(wb: WorkbookSnapshot, f: Finding, written: ReadonlySet<string>): boolean {
  const filled = (c: { sheet: string; address: string }) => {
    const sheet = wb.sheets.find((s) => s.name === c.sheet);
    if (!sheet) return false;
    const { row, col } = parseAddress(c.address);
    return parseAmount(cellAt(sheet, row, col)).state === 'amount';
  };
  const cells = f.cells ?? [];
  const own = cells.find((c) => c.address === f.cell && c.sheet === f.sheet);
  if (!own || !filled(own)) return false;
  return written.has(`${own.sheet}!${own.address}`) || cells.some((c) => c !== own && filled(c));
}

function note(w: CellWrite, cause: Finding): Finding {
  return {
    severity: 'warning',
    rule: 'fill',
    table: cause.table,
    sheet: w.sheet,
    cell: w.address,
    row: cause.row,
    column: cause.column,
    expected: null,
    actual: null,
    difference: null,
    message: `未填写 ${w.target ? `${placeText(w.target)}（${cellText(w)}）` : cellText(w)}的 ${fillValueText(w.value)}（${basisText(w)}）：写入后会出现新的错误——${cause.message}。请先核对来源表中的数字`,
  };
}
