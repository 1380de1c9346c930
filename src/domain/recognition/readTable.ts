import type { FixedRowDef, FormDef, PanelDef } from '../forms/formTypes';
import { fillYear } from '../forms/formTypes';
import { unreadableWhy, type ParsedAmount } from '../money/amount';
import { amountInForm } from './amountInForm';
import { address, rangeAddress } from '../workbook/a1';
import { cellAt, cellText, columnCount, isCellError, type SheetSnapshot } from '../workbook/snapshot';
import type { Finding } from '../findings/finding';
import type { AmountUnit } from '../profiles/profile';
import type { AmountCell, RecognizedColumn, RecognizedPanel, RecognizedRow, RecognizedTable, RowLevel } from './recognizedTable';
import type { TitleHit } from './findTitles';
import { headerPaths } from './headerPaths';
import { mapColumns } from './mapColumns';
import { CODE, joinedName, norm, withoutOrdinal } from './normalize';
import { clip } from '../findings/findingText';

/**
 * Reads one table between its title and the next table: unit and year lines, the header rows,
 * the 栏次 row, the body rows of each panel, the 本表无数据 note. Never throws on a cell: an
 * amount that cannot be read is a finding at its address.
 */
/** Rows of bare figures (no code, no name) in a row that end a table's body: no table has such a run. */
const MAX_UNLABELLED_RUN = 50;

export function readTable(
  sheet: SheetSnapshot,
  hit: TitleHit & { form: FormDef },
  endRow: number,
  defaultUnit: AmountUnit = '万元',
): { table: RecognizedTable; problems: Finding[]; stray: { first: number; last: number } | null } {
  const form = hit.form;
  const width = Math.max(columnCount(sheet), 1);
  const headerWords = headerVocabulary(form);
  let unit: string | null = null;
  let amountUnit: AmountUnit | null = null;
  let unitLabelPending: string | null = null;
  let year = yearIn(hit.title);
  let r = hit.titleRow + 1;
  // A section heading printed above the first header (公开10表 "一、政府采购情况") is a body line.
  const leading: number[] = [];
  // Preamble: label, 单位名称, 单位：万元, 2024年度 — until the first row that holds a header word.
  for (; r < endRow; r++) {
    const texts = rowTexts(sheet, r, width);
    if (texts.some((t) => headerWords.has(norm(t)))) break;
    if (texts.length === 1 && fixedLabels(form).has(withoutOrdinal(norm(texts[0])))) {
      leading.push(r);
      continue;
    }
    for (const t of texts) {
      // "金额单位：" (or "金额单位：万") wrapped, the rest of the unit on the next line ("万元", "元").
      const joined = unitLabelPending === null ? '' : unitLabelPending + t.replace(/\s+/g, '');
      if (amountUnit === null && /^(万元|元)$/.test(joined)) amountUnit = joined as AmountUnit;
      unitLabelPending = /^(?:金额)?单位[:：](万?)$/.exec(t.replace(/\s+/g, ''))?.[1] ?? null;
      amountUnit ??= unitLineUnit(t);
      const m = /^(?:单位名称|部门名称|单位|部门)[:：]\s*(.+)$/.exec(t.trim());
      if (m && !/万元|^元$/.test(m[1].trim()) && unit === null) {
        // "单位名称：X  2024年度" in one cell (narrow tables, or typed so): the year is not part of the name.
        const named = joinedName(m[1]).replace(/(金额)?单位[:：].*$/, '');
        const trailingYear = /((?:19|20)\d{2})年度?$/.exec(named);
        unit = trailingYear ? named.slice(0, trailingYear.index) : named;
        if (trailingYear && year === null) year = Number(trailingYear[1]);
      }
      const y = /^((?:19|20)\d{2})\s*年\s*度?$/.exec(t.replace(/\s+/g, ''));
      if (y && year === null) year = Number(y[1]);
    }
  }
  const headerStart = r;
  const headerRows: number[] = [];
  // A 栏次 row ends the header for sure (header words such as 合计 may stand in column A above it).
  let columnNumberRow: number | null = null;
  for (let i = headerStart + 1; i < endRow && i < headerStart + 7; i++) {
    const texts = rowTexts(sheet, i, width);
    if (texts.length > 0 && isColumnNumberRow(texts)) {
      columnNumberRow = i;
      break;
    }
    if (isBodyRow(sheet, i, width, form, headerWords, false)) break;
  }
  for (; r < endRow && r < headerStart + 6; r++) {
    const texts = rowTexts(sheet, r, width);
    if (texts.length === 0) continue;
    if (columnNumberRow !== null) {
      if (r === columnNumberRow) {
        r++;
        break;
      }
    } else if (r > headerStart && isBodyRow(sheet, r, width, form, headerWords, true)) break;
    else if (r > headerStart && startsWrappedName(sheet, r, endRow, width, form, headerWords)) break;
    headerRows.push(r);
  }
  const bodyFirst = r;
  const paths = headerPaths(sheet, headerRows, 0, width - 1);
  const panelColumns = mapColumns(form, paths, 0);

  const problems: Finding[] = [];
  let noDataNote: { address: string } | null = null;
  let bodyLast = bodyFirst - 1;
  let lastRow = hit.titleRow;
  const bodyRowsOf: number[] = [...leading];
  // Figures with no code or name on a long run of rows are no table's lines (a data dump pasted
  // below a table, a 1,048,576-row sheet): the body ends above them and they are one stray block.
  let unlabelled: { first: number; count: number; lastBody: number } | null = null;
  let stray: { first: number; last: number } | null = null;
  for (let i = bodyFirst; i < endRow; i++) {
    const texts = rowTexts(sheet, i, width);
    if (texts.length === 0) continue;
    if (isBareRow(sheet, i, width)) {
      if (unlabelled) unlabelled.count++;
      else unlabelled = { first: i, count: 1, lastBody: bodyRowsOf.length };
      if (unlabelled.count >= MAX_UNLABELLED_RUN) {
        bodyRowsOf.length = unlabelled.lastBody;
        stray = { first: unlabelled.first, last: lastNonEmptyRow(sheet, endRow) };
        break;
      }
    } else {
      unlabelled = null;
    }
    lastRow = i;
    const first = norm(texts[0]);
    if (/本表无数据/.test(texts.join(''))) {
      const col = (sheet.values[i] ?? []).findIndex((v) => /本表无数据/.test(cellText(v ?? null)));
      noDataNote = { address: address(i, Math.max(col, 0)) };
      continue;
    }
    if (/^(注|说明)[:：]/.test(first) || /^注[:：]?$/.test(first)) continue;
    // A header repeated inside the body (公开10表 "项目 | 统计数" under each section) is not a line.
    if (texts.every((t) => headerWords.has(norm(t))) && !texts.some((t) => /^(合计|总计|小计)$/.test(norm(t)))) continue;
    if (noDataNote || bodyRowsOf.length > leading.length && isNoteTail(sheet, i, bodyRowsOf)) continue;
    bodyRowsOf.push(i);
    bodyLast = i;
  }
  if (stray) {
    // The table ends at its last line above the block (or at its header when it has none).
    bodyLast = bodyRowsOf.length > leading.length ? bodyRowsOf[bodyRowsOf.length - 1] : bodyFirst - 1;
    lastRow = Math.max(hit.titleRow, bodyLast, ...headerRows, columnNumberRow ?? hit.titleRow);
  }

  const panels: RecognizedPanel[] = form.panels.map((panel, p) =>
    readPanel(sheet, form, panel, panelColumns[p], bodyRowsOf, problems, hit.title, unit),
  );
  const empty = noAmounts(form, panels);
  const table: RecognizedTable = {
    form,
    kind: form.kind,
    no: form.no,
    sheet: sheet.name,
    title: hit.title.trim(),
    titleAddress: address(hit.titleRow, hit.titleCol),
    range: tableRange(sheet, hit.startRow, Math.max(lastRow, hit.titleRow)),
    unit,
    year,
    amountUnit: amountUnit ?? defaultUnit,
    amountUnitStated: amountUnit !== null,
    panels,
    empty,
    noDataNote,
    headerRows: columnNumberRow === null ? headerRows : [...headerRows, columnNumberRow].sort((a, b) => a - b),
    bodyRows: { first: leading[0] ?? bodyFirst, last: Math.max(bodyLast, bodyFirst - 1) },
  };
  return { table, problems, stray };
}

/** Only amounts and counts make a table non-empty (行次 and codes are printed in blank tables too). */
export function noAmounts(form: FormDef, panels: readonly RecognizedPanel[]): boolean {
  return panels.every((p, k) =>
    p.rows.every((_, i) => p.columns.every((c) => !c.key || !isAmountKey(form.panels[k], c.key) || !hasValue(p.amount(i, c.key)))),
  );
}

/** A table's A1 range: its rows, from column A to the last cell any of them holds. */
export function tableRange(sheet: SheetSnapshot, firstRow: number, lastRow: number): string {
  let maxCol = 0;
  for (let i = firstRow; i <= lastRow; i++) maxCol = Math.max(maxCol, (sheet.values[i] ?? []).length - 1);
  return rangeAddress(firstRow, 0, lastRow, maxCol);
}

/** A row of figures only: numbers, or text that is a figure and not a subject code. */
function isBareRow(sheet: SheetSnapshot, r: number, width: number): boolean {
  for (let c = 0; c < width; c++) {
    const v = cellAt(sheet, r, c);
    if (v === null || typeof v === 'number') continue;
    const t = cellText(v);
    if (t !== '' && (!/^[-+(（]?[\d,.]+[)）]?$/.test(t) || CODE.test(t))) return false;
  }
  return true;
}

function lastNonEmptyRow(sheet: SheetSnapshot, endRow: number): number {
  for (let r = Math.min(endRow, sheet.values.length) - 1; r >= 0; r--) if ((sheet.values[r] ?? []).some((v) => cellText(v ?? null) !== '')) return r;
  return endRow - 1;
}

/** The amount unit a preamble cell states: "单位：万元", "金额单位：元", "（单位：元）"; null otherwise. */
function unitLineUnit(text: string): AmountUnit | null {
  const m = /(?:金额)?单位\s*[:：]\s*(万元|元)\s*[)）]?$/.exec(text.replace(/\s+/g, ''));
  return m ? (m[1] as AmountUnit) : null;
}

function hasValue(c: AmountCell | undefined): boolean {
  return !!c && c.amount.state === 'amount' && !c.amount.value!.isZero();
}

/** Lines after the body that continue a note (a wrapped 注：… paragraph) carry no amounts. */
function isNoteTail(sheet: SheetSnapshot, r: number, body: number[]): boolean {
  return r > body[body.length - 1] + 1 && (sheet.values[r] ?? []).filter((v) => cellText(v ?? null) !== '').length === 1 &&
    /[，。；]/.test(cellText((sheet.values[r] ?? []).find((v) => cellText(v ?? null) !== '') ?? null));
}

function rowTexts(sheet: SheetSnapshot, r: number, width: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    const t = cellText(cellAt(sheet, r, c));
    if (t !== '') out.push(t);
  }
  return out;
}

function yearIn(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}

/** The 栏次 row under a header: 栏次, 1, 2, 3 … */
export function isColumnNumberRow(texts: string[]): boolean {
  return texts.every((t) => /^(栏次|\d{1,2})$/.test(t.replace(/\s+/g, ''))) && texts.some((t) => /^\d{1,2}$/.test(t.trim()));
}

function headerVocabulary(form: FormDef): Set<string> {
  const words = new Set<string>();
  for (const p of form.panels) {
    for (const c of p.columns) {
      for (const h of c.header) words.add(norm(h));
      for (const a of c.aliases ?? []) words.add(norm(a));
    }
  }
  return words;
}

/**
 * The first line of a subject name wrapped above its code's row (a PDF paste): one text that is no
 * header word, with a body row (code or amount) right below it.
 */
function startsWrappedName(sheet: SheetSnapshot, r: number, endRow: number, width: number, form: FormDef, headerWords: Set<string>): boolean {
  const texts = rowTexts(sheet, r, width);
  if (texts.length !== 1 || headerWords.has(norm(texts[0])) || /^[\d.,\s]+$/.test(texts[0])) return false;
  return r + 1 < endRow && isBodyRow(sheet, r + 1, width, form, headerWords, false);
}

/** A row that starts the body: an amount, a subject code, a fixed line's label or a total. */
function isBodyRow(sheet: SheetSnapshot, r: number, width: number, form: FormDef, headerWords: Set<string>, labels: boolean): boolean {
  const texts = rowTexts(sheet, r, width);
  // A line of nothing but 合计 (blank 表9: 合计 on both sides) is the body's total line.
  if (labels && texts.length > 0 && texts.every((t) => /^(合计|总计|小计)$/.test(norm(t)))) return true;
  if (texts.length >= 2 && texts.every((t) => headerWords.has(norm(t)))) return false;
  for (let c = 0; c < width; c++) {
    const v = cellAt(sheet, r, c);
    if (typeof v === 'number' || isCellError(v)) return true;
    const t = cellText(v);
    if (t === '') continue;
    const n = norm(t);
    if (/^\d[\d,]*\.\d+$/.test(n)) return true;
    if (CODE.test(n)) return true;
    if (/^(注|说明)[:：]/.test(n)) return true;
    if (!labels) continue;
    if (/合计$|^(总计|小计)$/.test(n) || /^[一二三四五六七八九十]+、/.test(n) || /^\([一二三四五六七八九十]+\)/.test(n)) return true;
    if (fixedLabels(form).has(withoutOrdinal(n))) return true;
  }
  return false;
}

const labelCache = new WeakMap<FormDef, Set<string>>();
function fixedLabels(form: FormDef): Set<string> {
  let s = labelCache.get(form);
  if (!s) {
    s = new Set();
    for (const p of form.panels) {
      if (p.rows.mode !== 'fixed') continue;
      for (const row of p.rows.rows) {
        if (row.label) s.add(withoutOrdinal(norm(row.label)));
        for (const a of row.aliases ?? []) s.add(withoutOrdinal(norm(a)));
      }
    }
    labelCache.set(form, s);
  }
  return s;
}

function readPanel(
  sheet: SheetSnapshot,
  form: FormDef,
  panel: PanelDef,
  columns: RecognizedColumn[],
  bodyRows: number[],
  problems: Finding[],
  title: string,
  unit: string | null,
): RecognizedPanel {
  const nameCol = columns.find((c) => c.key === 'name')?.col ?? columns.find((c) => c.key !== null && /name/i.test(c.key))?.col;
  const codeCol = columns.find((c) => c.key === 'code')?.col;
  // 类 | 款 | 项 printed in three columns (201 | 06 | 01): read as one code.
  const codeParts = codeCol !== undefined ? splitCodeColumns(columns, codeCol) : null;
  const lineCol = columns.find((c) => c.key === 'lineNo')?.col;
  const amountCols = columns.filter((c) => c.key !== null && isAmountKey(panel, c.key));
  const firstCol = columns.length ? columns[0].col : 0;
  const rows: RecognizedRow[] = [];
  const fragments: { after: number; text: string }[] = [];
  let cursor = 0;
  for (const r of bodyRows) {
    let name = nameCol !== undefined ? joinedName(cellText(cellAt(sheet, r, nameCol))) : '';
    let code = codeParts
      ? codeParts.map((c) => cellText(cellAt(sheet, r, c)).replace(/\s+/g, '')).join('')
      : codeCol !== undefined
        ? normalizeCode(cellText(cellAt(sheet, r, codeCol)))
        : '';
    if (codeCol !== undefined && !codeParts && code !== '' && !/^\d+$/.test(code)) {
      // "2010601-行政运行", "[2010601]行政运行": the code with its name in one cell.
      const both = /^(\d{3}(?:\d{2}){0,2})(?!\d)[-—_－:：.、\s]*(.+)$/.exec(code);
      if (both && !name) {
        code = both[1];
        name = joinedName(both[2]);
      }
    }
    if (code && !/^\d+$/.test(code)) {
      // The 合计 label often stands in the code column ("合计 | | 2911.06").
      if (!name) name = joinedName(code);
      code = '';
    }
    if (!code) {
      // A code ends where the digits end: "2022年后…" is a name, not code 202 and "2年后…".
      const m = /^(\d{3}(?:\d{2}){0,2})(?!\d)[-—_－:：.、\s]*(.*)$/.exec(normalizeCode(name));
      if (m && (m[2] !== '' || nameCol === codeCol)) {
        code = m[1];
        name = m[2];
      }
    }
    if (nameCol === undefined && codeCol === undefined && columns.length > 0) name = joinedName(cellText(cellAt(sheet, r, firstCol)));
    const lineText = lineCol !== undefined ? cellText(cellAt(sheet, r, lineCol)) : '';
    const lineNo = /^\d+$/.test(lineText) ? Number(lineText) : undefined;
    const hasAmounts = amountCols.some((c) => cellText(cellAt(sheet, r, c.col)) !== '');
    let key: string | null = null;
    let level: RowLevel;
    const n = norm(name);
    if (panel.rows.mode === 'fixed') {
      // A line with its code is that code's line, however its name wraps (公开06表 30108).
      let found = (code ? matchFixedCode(panel.rows.rows, code) : undefined) ?? matchFixedRow(panel.rows.rows, n, lineNo, cursor);
      // A table of one unlabeled line (公开09表): its figures are that line.
      const lines = panel.rows.rows.filter((d) => !d.spacer && !d.heading);
      if (!found && nameCol === undefined && codeCol === undefined && lines.length === 1) {
        found = { row: lines[0], index: panel.rows.rows.indexOf(lines[0]) };
        name = '';
      }
      // A merged total line prints its label once, in another panel (公开06表 公用经费合计); a blank
      // template's line is read too when the label found names a total line.
      if (!found && n === '') {
        for (const t of rowTexts(sheet, r, (sheet.values[r] ?? []).length)) {
          const m = matchFixedRow(panel.rows.rows, norm(t), undefined, cursor);
          if (m && (hasAmounts || /total/.test(m.row.key))) found = m;
          if (found) break;
        }
      }
      if (found) {
        key = found.row.key;
        cursor = found.index + 1;
        if (found.row.code && !code) code = found.row.code;
        // Matched by code where a PDF paste left the name on lines of its own: the form's name.
        if (name === '' && code && found.row.code === code && found.row.label) name = found.row.label;
      } else if (!hasAmounts) continue;
      level = key && /total/.test(key) ? 'total' : found?.row.heading ? 'group' : 'line';
    } else if (code && /^\d+$/.test(code)) {
      level = code.length <= 3 ? 'class' : code.length <= 5 ? 'item' : 'subitem';
    } else if (/^(合计|总计|小计)$/.test(n) || (panel.rows.mode === 'list' && panel.rows.totalLabel && isListTotal(n, panel.rows.totalLabel, unit))) {
      key = 'total';
      level = 'total';
    } else if (n === '' && !hasAmounts) {
      continue;
    } else if (panel.rows.mode === 'coded' && !hasAmounts && !code) {
      // A name wrapped over lines of its own in a PDF paste: joined to its row below.
      if (name !== '' && rowTexts(sheet, r, (sheet.values[r] ?? []).length).length === 1) fragments.push({ after: rows.length, text: name });
      continue;
    } else {
      level = panel.rows.mode === 'list' ? 'line' : 'item';
    }
    rows.push({ row: r, key, code: code || null, name, level, ...(lineNo !== undefined ? { lineNo } : {}) });
  }
  if (fragments.length > 0) joinWrappedNames(rows, fragments);
  const cache = new Map<string, AmountCell>();
  const panelObj: RecognizedPanel = {
    key: panel.key,
    columns,
    rows,
    amount(rowIndex: number, columnKey: string): AmountCell | undefined {
      const row = rows[rowIndex];
      const col = columns.find((c) => c.key === columnKey);
      if (!row || !col) return undefined;
      const k = `${rowIndex}|${columnKey}`;
      let cell = cache.get(k);
      if (!cell) {
        const amount: ParsedAmount = amountInForm(cellAt(sheet, row.row, col.col), notApplicable(panel, row.key));
        cell = { row: row.row, col: col.col, address: address(row.row, col.col), amount };
        cache.set(k, cell);
      }
      return cell;
    },
  };
  rows.forEach((row, i) => {
    for (const c of amountCols) {
      const cell = panelObj.amount(i, c.key!);
      if (!cell || (cell.amount.state !== 'error' && cell.amount.state !== 'invalid')) continue;
      problems.push({
        severity: 'error',
        rule: 'unreadable-amount',
        table: form.no,
        sheet: sheet.name,
        cell: cell.address,
        row: { code: row.code, name: row.name },
        column: c.label,
        expected: null,
        actual: null,
        difference: null,
        message: `${form.label}“${title.trim()}”${row.code ? `${row.code} ` : ''}${row.name || '（无名称）'}行“${c.label}”列，单元格 ${cell.address} 的内容“${clip(cell.amount.raw ?? '')}”${unreadableWhy(cell.amount)}，无法参与校验`,
        cells: [{ sheet: sheet.name, address: cell.address }],
      });
    }
  });
  return panelObj;
}

/** Does the form say this line's amount cells cannot hold a figure (they print "—")? */
export function notApplicable(panel: PanelDef, key: string | null): boolean {
  return key !== null && panel.rows.mode === 'fixed' && panel.rows.rows.some((d) => d.key === key && d.notApplicable === true);
}

export function isAmountKey(panel: PanelDef, key: string): boolean {
  const def = panel.columns.find((c) => c.key === key);
  return !!def && (def.type === 'amount' || def.type === 'count');
}

/** 表11's 部门合计 line, or 表12/13's unit subtotal line (the unit's own name above its projects). */
function isListTotal(n: string, totalLabel: string, unit: string | null): boolean {
  if (/合计$/.test(n)) return true;
  if (totalLabel === '{unit}') return unit !== null && n === norm(unit);
  return n === norm(fillYear(totalLabel, 2000));
}

function matchFixedRow(defs: readonly FixedRowDef[], n: string, lineNo: number | undefined, cursor: number): { row: FixedRowDef; index: number } | undefined {
  if (n === '') {
    if (lineNo === undefined) return undefined;
    const i = defs.findIndex((d) => d.lineNo === lineNo);
    return i >= 0 ? { row: defs[i], index: i } : undefined;
  }
  const bare = withoutOrdinal(n);
  const matches = (d: FixedRowDef) => {
    if (d.spacer) return false;
    const labels = [d.label, ...(d.aliases ?? [])].map((l) => norm(l));
    return labels.includes(n) || labels.some((l) => withoutOrdinal(l) === bare);
  };
  for (let i = cursor; i < defs.length; i++) if (matches(defs[i])) return { row: defs[i], index: i };
  for (let i = 0; i < cursor; i++) if (matches(defs[i])) return { row: defs[i], index: i };
  return undefined;
}

/**
 * "201 06 01", "[2010601]", "２０１０６０１": the digits of a code as written, spaces and brackets
 * dropped; anything after the digits (a name) is kept for the caller.
 */
function normalizeCode(text: string): string {
  const t = text.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  const spaced = /^(\d{3})\s+(\d{2})(?:\s+(\d{2}))?(?!\d)(.*)$/.exec(t);
  const joined = spaced ? `${spaced[1]}${spaced[2]}${spaced[3] ?? ''}${spaced[4]}` : t;
  return joined.replace(/^[[【(（](\d+)[\]】)）]/, '$1').replace(/^(\d+)\s+$/, '$1').replace(/\s+/g, '');
}

/** The 类 | 款 | 项 columns when a table prints its code in three (headed 类, 款, 项 under 科目编码). */
function splitCodeColumns(columns: readonly RecognizedColumn[], codeCol: number): number[] | null {
  const i = columns.findIndex((c) => c.col === codeCol);
  const three = columns.slice(i, i + 3);
  if (three.length === 3 && three.map((c) => norm(c.label)).join('') === '类款项') return three.map((c) => c.col);
  return null;
}

function matchFixedCode(defs: readonly FixedRowDef[], code: string): { row: FixedRowDef; index: number } | undefined {
  const i = defs.findIndex((d) => d.code === code);
  return i >= 0 ? { row: defs[i], index: i } : undefined;
}

/**
 * A PDF paste splits a wrapped subject name into rows of their own around its code's row. Where
 * the document centres names on the code's line (some code rows then have no name of their own),
 * a part goes to the row below when that row still lacks its top part, else to the row above when
 * that row has its top part and lacks its bottom one; where names start on the code's line, every
 * part runs on from the row above.
 */
function joinWrappedNames(rows: RecognizedRow[], fragments: readonly { after: number; text: string }[]): void {
  const coded = (i: number) => i >= 0 && i < rows.length && rows[i].code !== null;
  const centred = rows.some((r) => r.code !== null && r.name === '');
  const names = rows.map((r) => r.name);
  const top = new Set<number>();
  const between = new Map<number, string[]>();
  for (const f of fragments) between.set(f.after, [...(between.get(f.after) ?? []), f.text]);
  for (const [b, parts] of between) {
    const a = b - 1;
    // Where names start on the code's line, every part runs on from the row above.
    let toA = !centred ? parts.length : 0;
    if (centred) {
      if (!coded(a)) toA = 0;
      else if (!coded(b)) toA = parts.length;
      // Two parts: the bottom of the name above, the top of the name below.
      else if (parts.length === 2) toA = 1;
      else if (parts.length === 1) toA = names[b] !== '' && top.has(a) ? 1 : 0;
      else toA = Math.floor(parts.length / 2);
    }
    if (toA > 0 && coded(a)) names[a] = names[a] + parts.slice(0, toA).join('');
    if (toA < parts.length && coded(b)) {
      names[b] = parts.slice(toA).join('') + names[b];
      top.add(b);
    }
  }
  names.forEach((n, i) => {
    if (n !== rows[i].name) rows[i] = { ...rows[i], name: n };
  });
}
