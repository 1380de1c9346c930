import Decimal from 'decimal.js';
import type { CellRef, Finding, Severity } from '../../findings/finding';
import type { Kind } from '../../forms/formTypes';
import { formatWan } from '../../money/format';
import { inputLabel } from '../../parameters/parameterInputs';
import type { Parameters } from '../../parameters/parameters';
import type { RecognitionResult, RecognizedTable } from '../../recognition/recognizedTable';
import { parseAddress, parseRange } from '../../workbook/a1';
import type { AuditParagraph, ReferenceDocument, RefStatement, WrittenDocument } from './auditDocument';
import type { Attachments } from './attachments';
import type { Ties } from './ties';
import type { WrittenNarrative } from './writtenNarrative';

/** Where a compared figure stands: a table cell (with its row and column) or a 说明参数 input. */
export interface FigurePlace {
  readonly table: number | null;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly row: { readonly code: string | null; readonly name: string } | null;
  readonly column: string | null;
  /** "公开06表（Sheet6!C10）“绩效工资”" or "说明参数“上年预算收入总计”（说明参数!B8）", for messages. */
  readonly words: string;
  /** The same without the cell, where the cell is shown beside it: "公开06表“绩效工资”". */
  readonly short: string;
}

/** What every audit rule reads: both documents side by side, the ties, and the means to report. */
export class AuditContext {
  constructor(
    readonly kind: Kind,
    readonly year: number | null,
    readonly unit: string | null,
    readonly raw: WrittenNarrative,
    readonly written: WrittenDocument,
    readonly ref: ReferenceDocument,
    readonly ties: Ties,
    readonly attachments: Attachments,
    private readonly recognition: RecognitionResult,
    private readonly params: Parameters,
  ) {}

  /** The written heading a paragraph stands under ("六、一般公共预算基本支出情况说明"), for messages. */
  headingOf(index: number): string | null {
    let h: string | null = null;
    for (const x of this.written.headings) if (x.index < index) h = x.text;
    return h;
  }

  /**
   * Where the first cell behind a reference figure is, in table terms. A figure made of several cells
   * (表4 一般公共预算拨款 = 当年 + 上年结转; 表12's number of projects) names no single row.
   */
  place(ref: RefStatement): FigurePlace | null {
    const c = ref.sources[0];
    if (!c) return null;
    const p = this.placeOf(c);
    if (ref.sources.length === 1) return p;
    const label = p.short.replace(/“[^”]*”$/u, '');
    return { ...p, row: null, column: null, words: `${label}（${c.sheet}!${c.address} 等 ${ref.sources.length} 个单元格）`, short: label };
  }

  placeOf(c: CellRef): FigurePlace {
    const t = this.tableAt(c);
    if (t) {
      const label = t.form.label;
      for (const panel of t.panels) {
        for (let i = 0; i < panel.rows.length; i++) {
          for (const col of panel.columns) {
            if (col.key === null || panel.amount(i, col.key)?.address !== c.address) continue;
            const r = panel.rows[i];
            return {
              table: t.no,
              sheet: c.sheet,
              cell: c.address,
              row: { code: r.code, name: r.name },
              column: col.label,
              words: `${label}（${c.sheet}!${c.address}）“${r.name}”`,
              short: `${label}“${r.name}”`,
            };
          }
        }
      }
      return { table: t.no, sheet: c.sheet, cell: c.address, row: null, column: null, words: `${label}（${c.sheet}!${c.address}）`, short: label };
    }
    const input = Object.entries(this.params.inputs).find(([, v]) => v.cell.sheet === c.sheet && v.cell.address === c.address);
    const name = input ? inputLabel(input[0], this.kind) : undefined;
    return {
      table: null,
      sheet: c.sheet,
      cell: c.address,
      row: null,
      column: null,
      words: name ? `说明参数“${name}”（${c.sheet}!${c.address}）` : `${c.sheet}!${c.address}`,
      short: name ? `说明参数“${name}”` : '该单元格',
    };
  }

  private tableAt(c: CellRef): RecognizedTable | undefined {
    return this.recognition.tables.find((t) => {
      if (t.sheet !== c.sheet) return false;
      const range = parseRange(t.range);
      const cell = parseAddress(c.address);
      return cell.row >= range.start.row && cell.row <= range.end.row && cell.col >= range.start.col && cell.col <= range.end.col;
    });
  }

  /**
   * A finding about a written paragraph: located at the table cell compared (if any), quoting the
   * figure as written, its message naming the paragraph and its heading.
   */
  finding(f: {
    readonly rule: string;
    readonly severity: Severity;
    readonly paragraph: number;
    readonly quote: string;
    readonly text: string;
    /** What the one-line report prints after the cell and before the figures; the text when absent. */
    readonly brief?: string;
    readonly place?: FigurePlace | null;
    readonly cells?: readonly CellRef[];
    readonly expected?: Decimal | null;
    readonly actual?: Decimal | null;
    readonly decimals?: number;
  }): Finding {
    const heading = this.headingOf(f.paragraph);
    const where = `第${f.paragraph}段${heading ? `（${heading}）` : ''}`;
    const dp = f.decimals ?? 2;
    const str = (d: Decimal | null | undefined) => (d === null || d === undefined ? null : d.toFixed(dp));
    const difference = f.expected && f.actual ? f.actual.minus(f.expected).abs() : null;
    const p = f.place ?? null;
    return {
      severity: f.severity,
      rule: f.rule,
      table: p?.table ?? null,
      sheet: p?.sheet ?? null,
      cell: p?.cell ?? null,
      row: p?.row ?? null,
      column: p?.column ?? null,
      expected: str(f.expected),
      actual: str(f.actual),
      difference: str(difference),
      message: `${where}${f.text}`,
      paragraph: f.paragraph,
      quote: f.quote,
      ...(f.cells && f.cells.length > 0 ? { cells: [...f.cells] } : p?.sheet && p.cell ? { cells: [{ sheet: p.sheet, address: p.cell }] } : {}),
      // The one-line report adds 实为 / 应为 / 差额 after it: no full stop before them.
      detail: { kind: 'statement', text: `第${f.paragraph}段${(f.brief ?? f.text).replace(/。$/u, '')}` },
    };
  }
}

/** "2,911.06" for an amount, "22" for a count, "93.01" for a percentage: as the documents print them. */
export function printed(d: Decimal, kind: 'amount' | 'percent' | 'count'): string {
  if (kind === 'count') return d.toString();
  if (kind === 'percent') return d.toFixed(2);
  return formatWan(d);
}

/** The words before a figure and the figure, as one quote: "绩效工资112.76万元". */
export function statementWords(p: AuditParagraph, s: { readonly start: number; readonly end: number; readonly label: string }): string {
  return `${s.label.replace(/^[\s\u3000]+/u, '')}${p.text.slice(s.start, s.end)}`;
}

export const ZERO = new Decimal(0);
