import type { CellRef, Finding } from '../findings/finding';
import type { Kind } from '../forms/formTypes';
import { inputLabel, inputLabels, inputPhrase } from '../parameters/parameterInputs';
import type { Parameters } from '../parameters/parameters';
import { inputAmount, inputCount, inputNumber } from '../parameters/parameterSheet';
import type { RecognitionResult } from '../recognition/recognizedTable';
import { address } from '../workbook/a1';
import { cellText, type UnitType, type WorkbookSnapshot } from '../workbook/snapshot';
import { fig, type Fig } from './figure';
import type { NarrativeChart, NarrativeRun } from './narrativeTypes';
import type { Para } from './paragraph';
import { priorFromWorkbook } from './priorFigures';
import { TableReader } from './tableReader';
import { wordingProfile, type WordingProfile } from './wordingProfile';

/**
 * What every section function gets: the tables by number, the parameter inputs, the prior-year
 * figures, and the means to say "missing" (a visible 【请填写…】 plus a finding, never a guess).
 */
export class NarrativeContext {
  readonly findings: Finding[] = [];
  readonly charts: NarrativeChart[] = [];
  readonly tables: TableReader;
  /** The phrasing switches chosen on the 说明参数 sheet (表述风格); 标准 by default. */
  readonly wording: WordingProfile;
  private readonly priorTables: TableReader | null;

  constructor(
    readonly kind: Kind,
    private readonly wb: WorkbookSnapshot,
    private readonly recognition: RecognitionResult,
    readonly params: Parameters,
    prior?: { wb: WorkbookSnapshot; recognition: RecognitionResult },
  ) {
    this.tables = new TableReader(recognition);
    this.priorTables = prior ? new TableReader(prior.recognition, '〔上年〕') : null;
    const w = wordingProfile(params);
    this.wording = w.profile;
    if (w.unknown !== undefined) {
      this.addFinding({
        rule: 'narrative-input',
        cell: params.inputs['style.wording']?.cell ?? null,
        message: `说明参数“情况说明表述风格”填的是“${w.unknown}”，只能选“标准”或“简式”；现按“标准”生成。`,
      });
    }
  }

  /** Everything recognition found: 十 reads the performance tables and 表12's project lines from it. */
  get recognized(): RecognitionResult {
    return this.recognition;
  }

  get year(): number | null {
    return this.recognition.facts.year;
  }

  get unit(): string | null {
    return this.recognition.facts.unit;
  }

  get unitType(): UnitType | null {
    return this.recognition.facts.unitType;
  }

  /** Where the year was read: the first table's title, else the parameter sheet. */
  private yearSources(): CellRef[] {
    const t = this.recognition.tables[0];
    if (this.recognition.year !== null && t) return [{ sheet: t.sheet, address: t.titleAddress }];
    const cell = this.locateInput('basic.year');
    return cell ? [cell] : [];
  }

  /** The year (or the year before, offset -1) as a sourced run; a placeholder when unknown. */
  yearRun(offset = 0): NarrativeRun {
    const y = this.year;
    if (y === null) return this.missing('basic.year');
    return { text: String(y + offset), sources: this.yearSources() };
  }

  unitRun(): NarrativeRun {
    const u = this.unit;
    return u ? { text: u } : this.missing('basic.unit');
  }

  /** A 【请填写…】 run for an input, and the finding that lists it. */
  missing(id: string, why: 'blank' | 'invalid' = 'blank'): NarrativeRun {
    // "其中：外事接待费" reads as 【请填写外事接待费】 inside a sentence.
    const label = inputPhrase(id, this.kind);
    const cell = this.params.inputs[id]?.cell ?? this.locateInput(id);
    const message =
      why === 'invalid'
        ? `说明参数“${label}”不是有效的数字，情况说明中留作【请填写${label}】。`
        : `情况说明需要“${label}”：请在说明参数表填写，现留作【请填写${label}】。`;
    this.addFinding({ rule: 'narrative-input', cell, message });
    return { text: `【请填写${label}】`, missing: true };
  }

  /** A figure a table should hold but the workbook lacks (table not found or cell unreadable). */
  missingTable(what: string): NarrativeRun {
    this.addFinding({ rule: 'narrative-table', cell: null, message: `情况说明需要${what}，但工作簿中没有找到或无法读取，现留作【请填写${what}】。` });
    return { text: `【请填写${what}】`, missing: true };
  }

  addFinding(f: { rule: string; cell: CellRef | null; message: string; severity?: Finding['severity'] }): void {
    if (this.findings.some((x) => x.rule === f.rule && x.message === f.message)) return;
    this.findings.push({
      severity: f.severity ?? 'warning',
      rule: f.rule,
      table: null,
      sheet: f.cell?.sheet ?? null,
      cell: f.cell?.address ?? null,
      row: null,
      column: null,
      expected: null,
      actual: null,
      difference: null,
      message: f.message,
      ...(f.cell ? { cells: [f.cell] } : {}),
    });
  }

  /** Writes a table figure, or a placeholder naming it when the workbook does not hold it. */
  put(p: Para, f: Fig | undefined, what: string): this {
    if (f) p.wan(f);
    else p.run(this.missingTable(what));
    return this;
  }

  /** An amount input; undefined when blank; a placeholder is the caller's choice via `amountOr`. */
  amount(id: string): Fig | undefined | 'invalid' {
    const a = inputAmount(this.params, id);
    if (a === undefined || a === 'invalid') return a;
    return fig(a.value, [a.cell]);
  }

  /** Writes an amount input or its placeholder; returns the figure when there is one. */
  amountOr(p: Para, id: string): Fig | undefined {
    const a = this.amount(id);
    if (a === undefined || a === 'invalid') {
      p.run(this.missing(id, a === 'invalid' ? 'invalid' : 'blank'));
      return undefined;
    }
    p.wan(a);
    return a;
  }

  countOr(p: Para, id: string): number | undefined {
    const c = inputCount(this.params, id);
    if (c === undefined || c === 'invalid') {
      p.run(this.missing(id, c === 'invalid' ? 'invalid' : 'blank'));
      return undefined;
    }
    p.count(c.value, [c.cell]);
    return c.value;
  }

  /** A measured quantity (平方米) or its placeholder; printed as typed, without thousands separators. */
  numberOr(p: Para, id: string): number | undefined {
    const n = inputNumber(this.params, id);
    if (n === undefined || n === 'invalid') {
      p.run(this.missing(id, n === 'invalid' ? 'invalid' : 'blank'));
      return undefined;
    }
    p.count(n.value.toString(), [n.cell]);
    return n.value.toNumber();
  }

  text(id: string): { text: string; cell: CellRef } | undefined {
    const v = this.params.inputs[id];
    return v && v.value.trim() !== '' ? { text: v.value.trim(), cell: v.cell } : undefined;
  }

  textOr(p: Para, id: string): boolean {
    const t = this.text(id);
    // The sentence supplies its own punctuation after the typed text.
    if (t) p.input(t.text.replace(/[。；;，,]+$/u, ''), t.cell);
    else p.run(this.missing(id));
    return t !== undefined;
  }

  /** A prior-year figure: the parameter sheet first (what the user typed wins), then last year's workbook. */
  prior(id: string): Fig | undefined | 'invalid' {
    const a = this.amount(id);
    if (a !== undefined) return a;
    return this.priorTables ? priorFromWorkbook(this.kind, this.priorTables, id) : undefined;
  }

  /**
   * The cell of an input on the parameter sheet even when it is blank (Parameters keeps only filled
   * inputs): the value cell right of the row whose label is the input's label.
   */
  locateInput(id: string): CellRef | null {
    const sheetName = this.params.sheet;
    const label = inputLabel(id, this.kind);
    if (!sheetName || !label) return null;
    const sheet = this.wb.sheets.find((s) => s.name === sheetName);
    if (!sheet) return null;
    const key = (s: string) => s.replace(/\s+/g, '');
    const labels = inputLabels(id, this.kind).map(key);
    for (let r = 0; r < sheet.values.length; r++) {
      const row = sheet.values[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        if (labels.includes(key(cellText(row[c])))) return { sheet: sheetName, address: address(r, c + 1) };
      }
    }
    return null;
  }
}
