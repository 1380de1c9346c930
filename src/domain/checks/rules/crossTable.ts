import Decimal from 'decimal.js';
import type { Rule } from '../rule';
import type { CheckContext } from '../checkContext';
import type { Finding, FindingPart } from '../../findings/finding';
import { plain, ZERO } from '../../money/amount';
import type { AmountCell, RecognizedTable } from '../../recognition/recognizedTable';
import type { CellRelation, CodeRelation, FormCellRef } from '../../relations/relation';
import { tableOfForm } from '../../relations/tables';
import { panelCodes } from '../panelCodes';
import { conversionNote, toleranceIn, unitFactor, YUAN_PER_WAN } from '../amountUnits';
import type { AmountUnit } from '../../profiles/profile';

/** Equalities between tables (the profile's relations), by cell or row by row by subject code. */
export const crossTable: Rule = {
  id: 'cross-table',
  title: '表间关系',
  defaultSeverity: 'error',
  run(ctx) {
    const out: Finding[] = [];
    for (const rule of ctx.recognition.profile.relations) {
      for (const f of rule.mode === 'cells' ? cellRule(ctx, rule) : codeRule(ctx, rule)) out.push(f);
    }
    return out;
  },
};

function tableNo(ctx: CheckContext, form: string): RecognizedTable | undefined {
  return tableOfForm(ctx.recognition, form);
}

interface Resolved {
  readonly table: RecognizedTable;
  readonly cell: AmountCell;
  /** "表2 合计“合计”", "表3 208 社会保障和就业支出“合计”". */
  readonly label: string;
  readonly rowName: string;
  readonly column: string;
}

function resolve(ctx: CheckContext, ref: FormCellRef): Resolved | 'absent' | 'blank' {
  const table = tableNo(ctx, ref.form);
  if (!table) return 'absent';
  const p = table.form.panels.findIndex((d) => d.key === ref.panel);
  const panel = table.panels[p];
  if (!panel) return 'absent';
  const col = panel.columns.find((c) => c.key === ref.column);
  if (!col) return 'absent';
  const i = panel.rows.findIndex((r) => (ref.row === 'total' ? r.level === 'total' : r.key === ref.row));
  if (i < 0) return 'blank';
  const cell = panel.amount(i, ref.column)!;
  const rowName = panel.rows[i].name;
  return { table, cell, label: `表${table.no}${rowName ? ` ${rowName}` : ''}“${col.label}”`, rowName, column: col.label };
}

/** Σ of the items in the unit of the finding's table, each converted exactly (1 万元 = 10000 元). */
function sumOf(items: Resolved[], target: AmountUnit): Decimal {
  return items.reduce((a, r) => a.plus((r.cell.amount.value ?? ZERO).times(unitFactor(r.table.amountUnit, target))), ZERO);
}

/** The rounding allowance of the items, each in its own table's unit, converted to the target's. */
function allowance(ctx: CheckContext, items: Resolved[], target: AmountUnit): Decimal {
  return items.reduce((a, r) => a.plus(toleranceIn(r.table, ctx.tolerance).times(unitFactor(r.table.amountUnit, target))), ZERO);
}

function usable(r: Resolved): boolean {
  return r.cell.amount.state === 'amount' || r.cell.amount.state === 'empty' || r.cell.amount.state === 'na';
}

function cellRule(ctx: CheckContext, rule: CellRelation): Finding[] {
  if (rule.appliesTo && (ctx.unitType === null || !rule.appliesTo.includes(ctx.unitType))) return [];
  const left = rule.left.map((r) => resolve(ctx, r));
  const right = rule.right.map((r) => resolve(ctx, r));
  // Every table named must be there; a missing total line in a present table counts as blank.
  const tables = [...rule.left, ...rule.right].map((r) => tableNo(ctx, r.form));
  if (tables.some((t) => !t) || left.concat(right).some((r) => r === 'absent')) return [];
  const l = left.filter((r): r is Resolved => typeof r === 'object');
  const r = right.filter((x): x is Resolved => typeof x === 'object');
  if (l.length === 0 || r.length === 0 || !l.concat(r).every(usable)) return [];
  if (tables.every((t) => t!.empty)) return [];
  return compare(ctx, rule.title, l, r);
}

/** An item as the message and the report show it: label, value, and its cell (in another table). */
function part(x: Resolved): FindingPart {
  return { label: x.label, value: plain(x.cell.amount.value ?? ZERO), cell: { sheet: x.table.sheet, address: x.cell.address } };
}

function itemText(p: FindingPart): string {
  return `${p.label} ${p.value}（${p.cell!.sheet}!${p.cell!.address}）`;
}

/** Σ l = Σ r; by code, `code` names the subject row both sides print. */
function compare(ctx: CheckContext, title: string, l: Resolved[], r: Resolved[], code: string | null = null): Finding[] {
  const at = l[0];
  const unit = at.table.amountUnit;
  const a = sumOf(l, unit);
  const b = sumOf(r, unit);
  const diff = a.minus(b);
  // Each item's allowance in its own table's unit, converted to the finding's.
  const bound = allowance(ctx, l.concat(r), unit);
  const elsewhere = new Map(l.concat(r).filter((x) => x.table !== at.table).map((x) => [x.cell, x.table] as const));
  const equation = ctx.equations.record({
    rule: 'cross-table',
    table: at.table,
    cells: l.concat(r).map((x) => x.cell),
    leftCount: l.length,
    residual: diff,
    bound,
    ...(elsewhere.size > 0 ? { elsewhere } : {}),
  });
  if (diff.isZero()) return [];
  const rounding = diff.abs().lte(bound);
  const converted = conversionNote(unit, l.concat(r).map((x) => x.table));
  const slip = rounding ? undefined : wholeTableSlip(l, r, a, b, bound);
  const left = l.map(part);
  const right = r.map(part);
  const side = (xs: FindingPart[]) => xs.map(itemText).join(' + ');
  return [
    {
      severity: rounding ? 'warning' : 'error',
      rule: 'cross-table',
      table: at.table.no,
      sheet: at.table.sheet,
      cell: at.cell.address,
      // A total line names its row too ("本年支出合计"), so every surface can say which row it is.
      row: code !== null ? { code, name: at.rowName } : at.rowName ? { code: null, name: at.rowName } : null,
      column: at.column,
      expected: plain(b),
      actual: plain(a),
      difference: plain(diff),
      message: `表间关系“${title}”不成立：实为 ${side(left)}，应为 ${side(right)}，差额 ${plain(diff)}${rounding ? '（尾数差异）' : ''}${converted}${slip ? `；${slip.text}` : ''}`,
      cells: l.concat(r).map((x) => ({ sheet: x.table.sheet, address: x.cell.address })),
      detail: {
        kind: 'identity',
        equation,
        relation: title,
        left,
        right,
        ...(rounding ? { rounding } : {}),
        ...(slip ? { unitSlip: slip } : {}),
      },
    },
  ];
}

/**
 * One side 10000 times the other: a whole table in the other unit. The larger side's table is in
 * 元 though it says 万元, or the smaller side's is in 万元 though it says 元.
 */
function wholeTableSlip(l: Resolved[], r: Resolved[], a: Decimal, b: Decimal, bound: Decimal): { table: number; sheet: string; cell: string; text: string } | undefined {
  if (a.isZero() || b.isZero()) return undefined;
  const near = (x: Decimal, y: Decimal) => x.minus(y).abs().lte(bound.times(YUAN_PER_WAN));
  const leftLarger = near(a, b.times(YUAN_PER_WAN));
  if (!leftLarger && !near(b, a.times(YUAN_PER_WAN))) return undefined;
  const [large, small] = leftLarger ? [l[0], r[0]] : [r[0], l[0]];
  const slipped = large.table.amountUnit === '万元' ? large : small.table.amountUnit === '元' ? small : large;
  const typed = slipped === large ? '元' : '万元';
  const text = `${slipped.table.form.label}“${slipped.table.title}”（${slipped.table.sheet}）的数字与${(slipped === large ? small : large).table.form.label}相差正好 10000 倍：像是以${typed}填写，而该表单位行写的是${slipped.table.amountUnit}`;
  return { table: slipped.table.no, sheet: slipped.table.sheet, cell: slipped.cell.address, text };
}

function codeRule(ctx: CheckContext, rule: CodeRelation): Finding[] {
  const lt = tableNo(ctx, rule.left.form);
  const rt = tableNo(ctx, rule.right.form);
  if (!lt || !rt || (lt.empty && rt.empty)) return [];
  const side = (t: RecognizedTable, ref: CodeRelation['left']) => {
    const p = t.form.panels.findIndex((d) => d.key === ref.panel);
    const panel = t.panels[p];
    const map = new Map<string, Resolved>();
    if (!panel || !panel.columns.some((c) => c.key === ref.column)) return null;
    const codes = panelCodes(t.form.panels[p], panel, ctx.catalog);
    panel.rows.forEach((row, i) => {
      const code = codes[i] ?? row.code;
      if (!code || (rule.classesOnly && code.length !== 3) || map.has(code)) return;
      const col = panel.columns.find((c) => c.key === ref.column)!;
      map.set(code, { table: t, cell: panel.amount(i, ref.column)!, label: `表${t.no} ${code} ${row.name}“${col.label}”`, rowName: row.name, column: col.label });
    });
    return map;
  };
  const lm = side(lt, rule.left);
  const rm = side(rt, rule.right);
  if (!lm || !rm) return [];
  const out: Finding[] = [];
  const codes = [...new Set([...lm.keys(), ...rm.keys()])].sort();
  for (const code of codes) {
    const l = lm.get(code);
    const r = rm.get(code);
    if (!l && !r) continue;
    if (l && r) {
      if (!usable(l) || !usable(r)) continue;
      for (const f of compare(ctx, `${rule.title}：${code}`, [l], [r], code)) out.push(f);
    } else {
      const present = (l ?? r)!;
      if (!present.cell.amount.value || present.cell.amount.value.isZero()) continue;
      const other = (l ? rt : lt).no;
      const reason = `表${other}中没有科目 ${code}`;
      out.push({
        severity: 'error',
        rule: 'cross-table',
        table: present.table.no,
        sheet: present.table.sheet,
        cell: present.cell.address,
        row: { code, name: present.rowName },
        column: present.column,
        expected: '0.00',
        actual: plain(present.cell.amount.value),
        difference: plain(present.cell.amount.value),
        message: `表间关系“${rule.title}”：${itemText(part(present))}，${reason}`,
        cells: [{ sheet: present.table.sheet, address: present.cell.address }],
        detail: { kind: 'unmatched', relation: rule.title, reason },
      });
    }
  }
  return out;
}
