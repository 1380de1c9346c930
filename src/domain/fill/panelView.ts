import type Decimal from 'decimal.js';
import type { FormDef, PanelDef } from '../forms/formTypes';
import type { RecognizedPanel, RecognizedTable, RowLevel } from '../recognition/recognizedTable';
import { parseAmount, printed, ZERO } from '../money/amount';
import { address } from '../workbook/a1';
import type { FillContext, PlannedRow } from './fillContext';
import type { FillPlace, FillSource } from './fillTypes';
import { panelCodes } from '../checks/panelCodes';

/** A cell a derivation reads: a row of a panel and a column key. */
export interface Cited {
  readonly view: PanelView;
  readonly row: ViewRow;
  readonly key: string;
}

/** A copied figure: the cell(s) it repeats, and the condition that makes the copy right. */
export interface Copied {
  readonly from: Cited | readonly Cited[];
  readonly because?: string;
}

/** A row of a panel as fill sees it: a recognised row, or one fill plans to insert. */
export interface ViewRow {
  readonly code: string | null;
  readonly name: string;
  readonly level: RowLevel;
  readonly key: string | null;
  /** 0-based sheet row; for a planned row, the row it is inserted before. */
  readonly row: number;
  readonly planned?: PlannedRow;
}

/**
 * One panel of a recognised table, read through the plan: amounts already planned count as
 * written, rows planned for insertion are listed in place. Derivations address cells by row and
 * FormDef column key.
 */
export class PanelView {
  readonly def: PanelDef;
  readonly panel: RecognizedPanel;
  readonly sheet: string;

  constructor(
    readonly ctx: FillContext,
    readonly table: RecognizedTable,
    panelKey: string,
  ) {
    const p = table.form.panels.findIndex((d) => d.key === panelKey);
    this.def = table.form.panels[p];
    this.panel = table.panels[p];
    this.sheet = table.sheet;
  }

  static of(ctx: FillContext, form: FormDef, panelKey = 'main'): PanelView | undefined {
    const t = ctx.table(form);
    if (!t) return undefined;
    const p = t.form.panels.findIndex((d) => d.key === panelKey);
    if (p < 0 || !t.panels[p]) return undefined;
    return new PanelView(ctx, t, panelKey);
  }

  col(key: string): number | undefined {
    return this.panel.columns.find((c) => c.key === key)?.col;
  }

  /** The FormDef's amount columns that the workbook's table has. */
  amountKeys(): string[] {
    return this.def.columns
      .filter((c) => c.type === 'amount' && this.col(c.key) !== undefined)
      .map((c) => c.key);
  }

  rows(): ViewRow[] {
    // A row whose code cell is empty is still that subject when its name says which (221 住房保障支出):
    // the checks read it so, and fill must not insert it a second time.
    const codes = this.codesByName();
    const real: ViewRow[] = this.panel.rows.map((r, i) => ({ code: r.code ?? codes[i], name: r.name, level: r.level, key: r.key, row: r.row }));
    const planned = this.ctx.plannedRows(this.sheet).filter((p) => p.beforeRow >= this.firstRow() && p.beforeRow <= this.lastRow() + 1);
    if (planned.length === 0) return real;
    const out: ViewRow[] = [];
    const add = (before: number) => {
      for (const p of planned.filter((x) => x.beforeRow === before)) {
        const code = p.code ?? '';
        out.push({ code: p.code, name: String(p.values[this.col('name') ?? -1] ?? ''), level: levelOf(code), key: null, row: p.beforeRow, planned: p });
      }
    };
    for (const r of real) {
      add(r.row);
      out.push(r);
    }
    add(this.lastRow() + 1);
    return out;
  }

  /** The codes the checks read for this panel's rows (panelCodes), where the table prints codes at all. */
  private codesByName(): (string | null)[] {
    const rows = this.def.rows;
    if (rows.mode !== 'coded' || rows.byName || this.col('code') === undefined) return this.panel.rows.map(() => null);
    return panelCodes(this.def, this.panel, this.ctx.catalog);
  }

  private firstRow(): number {
    return this.panel.rows.length ? this.panel.rows[0].row : this.table.bodyRows.first;
  }

  private lastRow(): number {
    return this.panel.rows.length ? this.panel.rows[this.panel.rows.length - 1].row : this.table.bodyRows.last;
  }

  /** Coded rows (类/款/项) with a numeric code. */
  codedRows(): ViewRow[] {
    return this.rows().filter((r) => r.code !== null && /^\d+$/.test(r.code) && r.level !== 'total');
  }

  byCode(code: string): ViewRow | undefined {
    return this.codedRows().find((r) => r.code === code);
  }

  fixed(key: string): ViewRow | undefined {
    return this.rows().find((r) => r.key === key);
  }

  /** The 合计 line of a coded or list panel. */
  total(): ViewRow | undefined {
    return this.rows().find((r) => r.level === 'total' && !r.planned);
  }

  /** The amount, zero for blank and dash; null when the column is missing. */
  amount(r: ViewRow, key: string): Decimal | null {
    const c = this.col(key);
    if (c === undefined) return null;
    if (r.planned) {
      const v = r.planned.values[c];
      return parseAmount(v === undefined ? null : v).value ?? ZERO;
    }
    return this.ctx.amount(this.sheet, r.row, c).value ?? ZERO;
  }

  /** True when the cell holds something (a figure or a dash) or is planned. */
  filled(r: ViewRow, key: string): boolean {
    const c = this.col(key);
    if (c === undefined) return false;
    if (r.planned) return r.planned.values[c] !== null && r.planned.values[c] !== undefined;
    return !this.ctx.isBlank(this.sheet, r.row, c);
  }

  unknown(r: ViewRow, key: string): boolean {
    const c = this.col(key);
    return c !== undefined && !r.planned && this.ctx.isUnknown(this.sheet, r.row, c);
  }

  markUnknown(r: ViewRow, key: string): void {
    const c = this.col(key);
    if (c !== undefined && !r.planned) this.ctx.markUnknown(this.sheet, r.row, c);
  }

  /**
   * Proposes the cell's amount. `copy` says where a copied figure comes from (the cell it repeats)
   * and on what condition, so that a conflict can be said in the tables' words and a source that
   * is itself wrong can be held back (faultySources).
   */
  set(r: ViewRow, key: string, value: Decimal, reason: string, copy?: Copied): void {
    const c = this.col(key);
    if (c === undefined || r.planned) return;
    const sources = copy ? (Array.isArray(copy.from) ? copy.from : [copy.from as Cited]).map((x) => x.view.source(x.row, x.key)) : [];
    this.ctx.setAmount(this.sheet, r.row, c, value, reason, {
      target: this.place(r, key),
      ...(sources.every((s): s is FillSource => s !== undefined) ? { sources } : {}),
      ...(copy?.because ? { because: copy.because } : {}),
    });
  }

  /** The cell of a row and column in the table's words; undefined for a row fill would insert. */
  place(r: ViewRow, key: string): FillPlace | undefined {
    const c = this.col(key);
    if (c === undefined || r.planned) return undefined;
    return { table: this.label(), sheet: this.sheet, address: address(r.row, c), row: { code: r.code, name: r.name }, column: this.columnLabel(key) };
  }

  /** A cell read as a source, with its figure. */
  source(r: ViewRow, key: string): FillSource | undefined {
    const p = this.place(r, key);
    const v = this.amount(r, key);
    return p && v ? { ...p, value: printed(v).toFixed(2) } : undefined;
  }

  /** "表3" / "公开03表" (表3 in a national 决算), for reasons and notes. */
  label(): string {
    return this.ctx.nameOf(this.table);
  }

  /** The column's lowest header as written ("合计", "基本支出"). */
  columnLabel(key: string): string {
    return this.panel.columns.find((c) => c.key === key)?.label ?? key;
  }
}

function levelOf(code: string): RowLevel {
  if (code.length === 3) return 'class';
  if (code.length === 5) return 'item';
  return 'subitem';
}

