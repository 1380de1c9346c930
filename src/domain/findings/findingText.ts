import Decimal from 'decimal.js';
import { formatWan } from '../money/format';
import { ROUNDING_NOTE, type Finding, type FindingPart } from './finding';

/**
 * A finding's `detail` in words, for the CLI's one-line report and the pane's finding list alike: what
 * the check compared (the parts of a sum, the other side of an identity) without repeating the location
 * and the figures, which both show from the finding's own fields.
 */

/** A sum of more parts than this is written "N 项之和" (a 类 of 20 项 would fill the line). */
export const LISTED_PARTS = 6;

/** "2,858.26" from a finding's exact amount string. */
export function wan(amount: string): string {
  return formatWan(new Decimal(amount));
}

/** A finding's figures in the one order every surface uses: ["实为 2,918.06", "应为 2,911.05", "差额 7.01"], those it has. */
export function figureList(f: Pick<Finding, 'actual' | 'expected' | 'difference'>): string[] {
  const out: string[] = [];
  // Amounts come with two decimals (plain); a whole number is a count ("公开项目绩效目标22个"): "22", not "22.00".
  const fig = (v: string) => (/^-?\d+$/.test(v) ? v : wan(v));
  if (f.actual !== null) out.push(`实为 ${fig(f.actual)}`);
  if (f.expected !== null) out.push(`应为 ${fig(f.expected)}`);
  if (f.difference !== null) out.push(`差额 ${fig(f.difference)}`);
  return out;
}

/** Every “quoted” cell content in a sentence, cut when long (messages quote what cells hold). */
export function clipQuoted(text: string, max = 40): string {
  return text.replace(/“([^”]*)”/g, (_m, inner: string) => `“${clip(inner, max)}”`);
}

/** Text a cell holds, cut for a report line when long: "前 40 个字…（共 40,000 个字符）". */
export function clip(text: string, max = 40): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, max).join('')}…（共 ${String(chars.length).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} 个字符）`;
}

/** "基本支出 398.16 + 项目支出 2,460.09 = 2,858.25", "下级科目 12 项之和 2,460.10", one part alone, or the sum alone. */
export function sumOfParts(parts: readonly FindingPart[], expected: string, partsAre?: string): string {
  if (parts.length === 0) return wan(expected);
  if (parts.length === 1) return `${parts[0].label} ${wan(parts[0].value)}`;
  const listed = parts.length > LISTED_PARTS ? `${parts.length} 项之和` : `${parts.map((p) => `${p.label} ${wan(p.value)}`).join(' + ')} =`;
  return `${partsAre ? `${partsAre} ` : ''}${listed} ${wan(expected)}`;
}

/** "表3 合计“合计” 2,918.06（Sheet3!C6）": an item of an identity, its cell written relative to `here`. */
export function identityItem(p: FindingPart, here: string | null): string {
  return `${p.label} ${wan(p.value)}${p.cell ? `（${p.cell.sheet !== here ? `${p.cell.sheet}!` : ''}${p.cell.address}）` : ''}`;
}

/** "（尾数差异，在四舍五入允许范围内）" for a difference rounding explains. */
export function roundingNote(rounding: boolean | undefined): string {
  return rounding ? `（${ROUNDING_NOTE}）` : '';
}

/**
 * What the check compared, in one sentence: "应为 基本支出 450.96 + 项目支出 2,460.09 = 2,911.05（尾数差异…）",
 * "表间关系“表1 本年支出合计 = 表3 合计”：应为 表3 合计“合计” 2,918.06（Sheet3!C6）", the statement of a
 * finding without figures, or — for a finding without detail — its message.
 */
export function findingExplanation(f: Finding, options: { readonly roundingNote?: boolean } = {}): string {
  const d = f.detail;
  // Where a badge already says 尾数差异 (the pane), the note would say it twice.
  const note = (rounding: boolean | undefined) => (options.roundingNote === false ? '' : roundingNote(rounding));
  if (d?.kind === 'sum' && f.expected !== null) {
    const compared = `应为 ${sumOfParts(d.parts, f.expected, d.partsAre)}${note(d.rounding)}`;
    return d.relation ? `${d.relation}：${compared}` : compared;
  }
  if (d?.kind === 'identity' && f.expected !== null) {
    const right = d.right.length === 1 ? identityItem(d.right[0], f.sheet) : `${d.right.map((p) => identityItem(p, f.sheet)).join(' + ')} = ${wan(f.expected)}`;
    return `表间关系“${d.relation}”：应为 ${right}${note(d.rounding)}`;
  }
  if (d?.kind === 'unmatched') return `表间关系“${d.relation}”：${d.reason}`;
  if (d?.kind === 'statement') return d.text;
  if (d?.kind === 'suspect') return `${suspectLead(f)}：${suspectChange(f)}`;
  return f.message;
}

/**
 * A suspect as the pane's and the 校验报告's heading: "最可能出错：表3 E7 208 社会保障和就业支出 行“项目支出”列
 * —— 改为 2,460.09 可使 3 处不一致同时成立" (`table`: the table's short name).
 */
export function suspectHeadline(f: Finding, table: string): string {
  const row = f.row && (f.row.code || f.row.name) ? `${f.row.code ? `${f.row.code} ` : ''}${f.row.name} 行` : '';
  const where = [table, f.cell, `${row}${f.column ? `“${f.column}”列` : ''}`].filter(Boolean).join(' ');
  return `${suspectLead(f)}：${where} —— ${suspectChange(f)}`;
}

/** "最可能出错" when the evidence singles the cell out, "可能出错" when it is one of a tie or of a pair. */
export function suspectLead(f: Finding): string {
  const d = f.detail;
  return d?.kind === 'suspect' && d.tiedCells === 1 && !d.pairedWith ? '最可能出错' : '可能出错';
}

/**
 * What a suspect's value would do: "改为 2,460.09 可使 3 处不一致同时成立", with the other cell of a
 * pair ("改为 12.00、并将 D9 改为 5.00，可使 …") and, when cells tie, that the evidence cannot choose.
 */
export function suspectChange(f: Finding, amount: (a: string) => string = wan): string {
  const d = f.detail;
  if (d?.kind !== 'suspect' || f.expected === null) return f.message;
  const other = d.pairedWith ? `、并将 ${d.pairedWith.cell.sheet !== f.sheet ? `${d.pairedWith.cell.sheet}!` : ''}${d.pairedWith.cell.address} 改为 ${amount(d.pairedWith.expected)}，` : ' ';
  const tie = d.tiedCells > 1 ? `（另有 ${d.tiedCells - 1} 个单元格同样可以解释，无法确定是哪一个）` : '';
  return `改为 ${amount(f.expected)}${other}可使 ${f.explains ?? d.explains.length} 处不一致同时成立${tie}`;
}
