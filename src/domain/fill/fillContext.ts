import Decimal from 'decimal.js';
import type { Catalog } from '../catalog/catalog';
import { normalizeCatalogName } from '../catalog/builtinCatalog';
import type { Finding, Severity } from '../findings/finding';
import type { FormDef, Kind } from '../forms/formTypes';
import { tableOfForm } from '../relations/tables';
import { NOT_FINITE, parseAmount, printed, type ParsedAmount } from '../money/amount';
import type { RecognitionResult, RecognizedTable } from '../recognition/recognizedTable';
import { address } from '../workbook/a1';
import { cellAt, isCellError, type CellValue, type WorkbookSnapshot } from '../workbook/snapshot';
import type { CellWrite, FillConflict, FillPlace, FillPlan, FillSource, RowInsertion } from './fillTypes';
import { formName, formNameWithTitle, recognizedTableName } from './tableNames';

/** A row fill will insert, kept with its code and amounts so later derivations can see it. */
export interface PlannedRow {
  readonly sheet: string;
  /** Insert before this 0-based row of the original sheet. */
  readonly beforeRow: number;
  readonly code: string | null;
  readonly values: (string | number | null)[];
  readonly reason: string;
}

type Outcome = 'write' | 'equal' | 'conflict' | 'zero';

/** What a proposed value is, in the tables' words: the cell, where it comes from, on what condition. */
export interface Provenance {
  readonly target?: FillPlace;
  readonly sources?: readonly FillSource[];
  readonly because?: string;
}

/**
 * The plan being built. Derivations read cells through it (so a value planned by one derivation is
 * seen by the next), propose values, and give up with a note. Everything is in the coordinates
 * of the original sheets; result() moves writes below insertions.
 */
export class FillContext {
  readonly kind: Kind | null;
  private readonly planned = new Map<string, CellWrite>();
  private readonly conflicts = new Map<string, FillConflict>();
  private readonly unknown = new Set<string>();
  private readonly rows: PlannedRow[] = [];
  private readonly notes: Finding[] = [];

  constructor(
    readonly wb: WorkbookSnapshot,
    readonly recognition: RecognitionResult,
    readonly catalog: Catalog,
  ) {
    this.kind = recognition.kind;
  }

  /** The first recognised table of this form (the workbook's profile decides which forms there are). */
  table(form: FormDef): RecognizedTable | undefined {
    return tableOfForm(this.recognition, form.id);
  }

  /** The table of that form (the first the set has) as the workbook's set names it: 公开05表 | 表5. */
  tableName(...forms: readonly FormDef[]): string {
    return formName(this.recognition, ...forms);
  }

  /** The same with the set's title: "公开02表（收入决算表）". */
  tableTitle(...forms: readonly FormDef[]): string {
    return formNameWithTitle(this.recognition, ...forms);
  }

  /** A recognised table as its set names it. */
  nameOf(table: RecognizedTable): string {
    return recognizedTableName(this.recognition, table);
  }

  value(sheet: string, row: number, col: number): CellValue {
    const w = this.planned.get(key(sheet, row, col));
    if (w) return w.value;
    const s = this.wb.sheets.find((x) => x.name === sheet);
    return s ? cellAt(s, row, col) : null;
  }

  amount(sheet: string, row: number, col: number): ParsedAmount {
    return parseAmount(this.value(sheet, row, col));
  }

  /** Blank in the workbook and not planned: a cell fill may write. */
  isBlank(sheet: string, row: number, col: number): boolean {
    return this.amount(sheet, row, col).state === 'empty';
  }

  /** A cell whose value fill declined to derive: totals over it are not derived either. */
  markUnknown(sheet: string, row: number, col: number): void {
    this.unknown.add(key(sheet, row, col));
  }

  isUnknown(sheet: string, row: number, col: number): boolean {
    return this.unknown.has(key(sheet, row, col));
  }

  /**
   * Proposes an amount. Zero is written as nothing (published tables leave zero blank). A blank
   * cell gets a write; an equal one (to the cent) nothing; a differing one a conflict.
   */
  setAmount(sheet: string, row: number, col: number, value: Decimal, reason: string, about: Provenance = {}): Outcome {
    const v = printed(value);
    const cur = this.amount(sheet, row, col);
    const k = key(sheet, row, col);
    if (this.planned.has(k) || this.conflicts.has(k)) return 'equal';
    if (cur.state === 'empty') {
      if (v.isZero()) return 'zero';
      this.planned.set(k, { sheet, address: address(row, col), value: v.toNumber(), previous: previousOf(this.value(sheet, row, col)), reason, ...provenance(about) });
      return 'write';
    }
    // A printed dash reads as "none": equal to zero, a figure there is the user's call.
    if (cur.state === 'na') return v.isZero() ? 'equal' : this.conflict(sheet, row, col, v.toNumber(), reason, about);
    if (cur.state === 'amount' && cur.value && printed(cur.value).equals(v)) return 'equal';
    return this.conflict(sheet, row, col, v.toNumber(), reason, about);
  }

  /** Proposes a text (code or name); names compare without wrap spaces and bracket width. */
  setText(sheet: string, row: number, col: number, value: string, reason: string, about: Provenance = {}): Outcome {
    const k = key(sheet, row, col);
    if (this.planned.has(k) || this.conflicts.has(k)) return 'equal';
    const cur = this.value(sheet, row, col);
    const text = cur === null || isCellError(cur) ? '' : String(cur).trim();
    if (text === '') {
      this.planned.set(k, { sheet, address: address(row, col), value, previous: previousOf(cur), reason, ...provenance(about) });
      return 'write';
    }
    if (normalizeCatalogName(text) === normalizeCatalogName(value)) return 'equal';
    return this.conflict(sheet, row, col, value, reason, about);
  }

  private conflict(sheet: string, row: number, col: number, value: string | number, reason: string, about: Provenance): Outcome {
    const cur = this.value(sheet, row, col);
    const current = typeof cur === 'number' ? shownNumber(cur) : typeof cur === 'string' ? cur : isCellError(cur) ? cur.error : String(cur);
    this.conflicts.set(key(sheet, row, col), {
      sheet,
      address: address(row, col),
      value,
      previous: previousOf(cur),
      current,
      reason,
      ...provenance(about),
    });
    // The workbook keeps its own figure, so sums over this cell would rest on a disputed value.
    this.markUnknown(sheet, row, col);
    return 'conflict';
  }

  insertRow(row: PlannedRow): void {
    this.rows.push(row);
  }

  plannedRows(sheet: string): readonly PlannedRow[] {
    return this.rows.filter((r) => r.sheet === sheet);
  }

  note(
    severity: Exclude<Severity, 'error'>,
    table: RecognizedTable | null,
    message: string,
    at?: { readonly row: number; readonly col: number; readonly code?: string | null; readonly name?: string },
  ): void {
    this.notes.push({
      severity,
      rule: 'fill',
      table: table ? table.no : null,
      sheet: table ? table.sheet : null,
      cell: at ? address(at.row, at.col) : null,
      row: at && at.name !== undefined ? { code: at.code ?? null, name: at.name } : null,
      column: null,
      expected: null,
      actual: null,
      difference: null,
      message,
    });
  }

  /**
   * The plan in the adapter's terms: insertions (rows of one beforeRow listed bottom-up, because
   * each is inserted at the same index and pushes the earlier ones down), then writes at the
   * addresses they have after insertion.
   */
  result(): FillPlan {
    const insertions: RowInsertion[] = [];
    const bySheet = new Map<string, PlannedRow[]>();
    for (const r of this.rows) bySheet.set(r.sheet, [...(bySheet.get(r.sheet) ?? []), r]);
    for (const [sheet, list] of bySheet) {
      const groups = new Map<number, PlannedRow[]>();
      for (const r of list) groups.set(r.beforeRow, [...(groups.get(r.beforeRow) ?? []), r]);
      for (const [beforeRow, group] of [...groups].sort((a, b) => a[0] - b[0])) {
        for (const r of [...group].reverse()) insertions.push({ sheet, beforeRow, values: r.values, reason: r.reason });
      }
    }
    const shift = (w: CellWrite): CellWrite => {
      const m = /^([A-Z]+)(\d+)$/.exec(w.address)!;
      const row = Number(m[2]) - 1;
      const n = this.rows.filter((r) => r.sheet === w.sheet && r.beforeRow <= row).length;
      return n === 0 ? w : { ...w, address: `${m[1]}${row + 1 + n}` };
    };
    return {
      writes: [...this.planned.values()].map(shift),
      conflicts: [...this.conflicts.values()].map((c) => ({ ...shift(c), current: c.current })),
      insertions,
      notes: this.notes,
    };
  }
}

/** Only the fields a derivation gave (a write without them stays as it was). */
function provenance(about: Provenance): Provenance {
  return {
    ...(about.target ? { target: about.target } : {}),
    ...(about.sources && about.sources.length > 0 ? { sources: about.sources } : {}),
    ...(about.because ? { because: about.because } : {}),
  };
}

function key(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row},${col}`;
}

function previousOf(v: CellValue): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number') return shownNumber(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.error;
}

/** A number as a cell holds it, or #NUM! for one no cell can hold (never "Infinity" or "NaN"). */
function shownNumber(n: number): number | string {
  return Number.isFinite(n) ? n : NOT_FINITE;
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((a, b) => a.plus(b), new Decimal(0));
}
