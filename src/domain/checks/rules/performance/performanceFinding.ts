import Decimal from 'decimal.js';
import type { Finding, Severity } from '../../../findings/finding';
import type { AmountRef, PerformanceTable } from '../../../recognition/performance/performanceTable';

/**
 * Findings about a performance table: `table` is null (the table has no number), `form` and
 * `project` say which table (cli.md "Performance tables"); the message names the table, the line
 * and both figures compared.
 */
export interface PerformanceFindingInput {
  readonly rule: string;
  readonly severity: Severity;
  readonly table: PerformanceTable;
  /** A1 on the table's sheet; null for the table as a whole (its title cell is used). */
  readonly cell: string | null;
  /** The line: 年度资金总额, 成本指标“法律服务费用”, 填报日期… */
  readonly line: string | null;
  /** 实施期 / 年度 / 全年执行数…, when the line has several figures. */
  readonly column?: string | null;
  /** What was found, without the table's name: the message is "<table>：<text>". */
  readonly text: string;
  readonly expected?: Decimal | null;
  readonly actual?: Decimal | null;
  /** Other cells involved, on the same sheet. */
  readonly cells?: readonly string[];
}

/** "项目支出绩效目标表“在职人员职业年金做实”" — how messages name a table. */
export function tableName(t: PerformanceTable): string {
  return t.project ? `${t.form.name}“${t.project}”` : `${t.form.name}（工作表“${t.sheet}”${t.titleAddress}）`;
}

export function performanceFinding(f: PerformanceFindingInput): Finding {
  const t = f.table;
  const cell = f.cell ?? t.titleAddress;
  const amounts =
    f.expected && f.actual
      ? { expected: f.expected.toFixed(2), actual: f.actual.toFixed(2), difference: f.actual.minus(f.expected).toFixed(2) }
      : { expected: null, actual: null, difference: null };
  const cells = [cell, ...(f.cells ?? [])].filter((c, i, all) => all.indexOf(c) === i).map((address) => ({ sheet: t.sheet, address }));
  return {
    severity: f.severity,
    rule: f.rule,
    table: null,
    form: t.form.id,
    project: t.project,
    sheet: t.sheet,
    cell,
    row: f.line ? { code: null, name: f.line } : null,
    column: f.column ?? null,
    ...amounts,
    message: `${tableName(t)}（工作表“${t.sheet}”${cell}）：${f.text}`,
    cells,
    detail: { kind: 'statement', text: f.text },
  };
}

/** 1,731,707.84 / 23,040 — an amount as the performance tables print it (no forced decimals). */
export function yuan(d: Decimal): string {
  const [int, frac] = d.abs().toFixed().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${d.isNegative() ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** "23,040元" or "14.256万元": an amount with the table's unit. */
export function withUnit(d: Decimal, unit: '元' | '万元'): string {
  return `${yuan(d)}${unit}`;
}

/** The figure of an amount cell, or null when blank, a dash or unreadable. */
export function valueOf(a: AmountRef | null | undefined): Decimal | null {
  return a && a.amount.state === 'amount' ? a.amount.value : null;
}

/** An amount in 元 from a figure in the table's unit. */
export function inYuan(d: Decimal, unit: '元' | '万元'): Decimal {
  return unit === '元' ? d : d.times(10000);
}

/** "90.000" in a 元 cell: a period typed (or scanned) for the thousands comma. */
export function periodAsThousands(raw: string): boolean {
  return /^\d{1,3}(\.\d{3})+$/.test(raw.trim());
}

export const SCOPE_WORD: Readonly<Record<'period' | 'annual', string>> = { period: '实施期', annual: '年度' };
