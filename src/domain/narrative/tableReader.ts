import type { CellRef } from '../findings/finding';
import type { FormDef } from '../forms/formTypes';
import { tableOfForm } from '../relations/tables';
import { unitFactor } from '../checks/amountUnits';
import { ZERO } from '../money/amount';
import type { RecognitionResult, RecognizedPanel, RecognizedTable } from '../recognition/recognizedTable';
import { fig, type Fig } from './figure';

/** A 类 (or other coded) line of a table with its amount. */
export interface CodedLine {
  readonly code: string;
  /** The name as printed, without the ordinal of 表1/表4 lines ("八、社会保障和就业支出" → "社会保障和就业支出"). */
  readonly name: string;
  readonly fig: Fig;
}

const ORDINAL = /^[一二三四五六七八九十]+、/u;

/**
 * Reads figures out of recognised tables by form, panel key, row key and column key (the
 * FormDef keys). A prior-year workbook is read the same way; its sources are marked 上年 so the
 * pane does not confuse them with this year's sheets.
 */
export class TableReader {
  constructor(
    private readonly recognition: RecognitionResult,
    private readonly sheetPrefix = '',
  ) {}

  table(form: FormDef): RecognizedTable | undefined {
    return tableOfForm(this.recognition, form.id);
  }

  private panel(no: FormDef, panelKey: string): RecognizedPanel | undefined {
    return this.table(no)?.panels.find((p) => p.key === panelKey);
  }

  private ref(no: FormDef, address: string): CellRef {
    const t = this.table(no);
    return { sheet: `${this.sheetPrefix}${t?.sheet ?? ''}`, address };
  }

  private figAt(no: FormDef, panel: RecognizedPanel, i: number, column: string): Fig | undefined {
    const c = panel.amount(i, column);
    if (!c) return undefined;
    const a = c.amount;
    // An unreadable cell is reported by the checks; the text must not turn it into a zero.
    if (a.state === 'error' || a.state === 'invalid') return undefined;
    // The text speaks 万元: a 元 table's figure is converted here, once, exactly.
    const unit = this.table(no)?.amountUnit ?? '万元';
    const value = a.value ?? ZERO;
    return fig(unit === '万元' ? value : value.times(unitFactor(unit, '万元')), [this.ref(no, c.address)]);
  }

  /** The amount of a fixed row (or 'total' for a coded panel's 合计 line); undefined when absent or unreadable. */
  cell(no: FormDef, panelKey: string, rowKey: string, column: string): Fig | undefined {
    const panel = this.panel(no, panelKey);
    if (!panel) return undefined;
    const i = panel.rows.findIndex((r) => r.key === rowKey);
    // Coded panels name their 合计 line 'total' by level (表12 prints the unit's name there).
    const j = i >= 0 ? i : rowKey === 'total' ? panel.rows.findIndex((r) => r.level === 'total') : -1;
    if (j < 0) {
      // An empty table (blank, zero or dash only) says zero for every line, even one it does not print.
      const t = this.table(no)!;
      return t.empty ? fig(ZERO, [this.ref(no, t.titleAddress)]) : undefined;
    }
    return this.figAt(no, panel, j, column);
  }

  /**
   * 类 lines in table order: coded rows with a 3-digit function code, or fixed lines that stand
   * for a 类 (表1/表4/决算01/04). Lines without a figure are left out only by the caller.
   */
  classes(no: FormDef, panelKey: string, column: string): CodedLine[] {
    const panel = this.panel(no, panelKey);
    if (!panel) return [];
    const out: CodedLine[] = [];
    panel.rows.forEach((r, i) => {
      const isClass = (r.level === 'class' && r.code !== null && /^\d{3}$/.test(r.code)) || (r.key?.startsWith('class-') ?? false);
      if (!isClass) return;
      const f = this.figAt(no, panel, i, column);
      if (!f) return;
      out.push({ code: r.code ?? r.key!.slice('class-'.length), name: r.name.replace(ORDINAL, ''), fig: f });
    });
    return out;
  }

  /** Every row of a panel with its amount in one column (for 表6 items). */
  rows(no: FormDef, panelKey: string, column: string): { key: string | null; code: string | null; name: string; level: string; fig: Fig }[] {
    const panel = this.panel(no, panelKey);
    if (!panel) return [];
    const out: { key: string | null; code: string | null; name: string; level: string; fig: Fig }[] = [];
    panel.rows.forEach((r, i) => {
      const f = this.figAt(no, panel, i, column);
      if (f) out.push({ key: r.key, code: r.code, name: r.name, level: r.level, fig: f });
    });
    return out;
  }
}
