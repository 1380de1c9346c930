import * as fs from 'fs';
import * as path from 'path';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { cellKey } from '../../src/domain/workbook/snapshot';
import { seedPerformanceTables } from './seedPerformance';

/**
 * Workbooks built from the published seed documents (test/fixtures/seeds), in the publication
 * layout: every tab-separated line of 第二部分 becomes a row of cells, exactly as it would arrive
 * when an accountant pastes a published PDF into Excel — wrapped names, broken label lines
 * ("公开" / "02表") and all. Tables are split at their title lines.
 */
export type SeedId = '000' | '001' | '002' | '004';

export interface SeedWorkbookOptions {
  /** One sheet per table (Sheet1, Sheet2, …) or every table stacked on one sheet. */
  readonly layout?: 'sheetPerTable' | 'oneSheet';
  /** Amounts as numbers, or as text the way a paste from a PDF keeps them. */
  readonly amounts?: 'number' | 'text';
  /** Also the performance tables the seed attaches (seedPerformance.ts), after the budget/决算 tables. */
  readonly performance?: boolean;
}

const SEED_DIR = path.join(__dirname, '..', 'fixtures', 'seeds');

export function seedText(id: SeedId): string {
  const file = fs.readdirSync(SEED_DIR).find((f) => f.startsWith(`${id}_`));
  if (!file) throw new Error(`no seed ${id}`);
  return fs.readFileSync(path.join(SEED_DIR, file), 'utf8');
}

/** The lines of 第二部分 (the tables), without the table of contents. */
function tableLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const isBodyHeading = (l: string, part: string) =>
    new RegExp(`^(#+\\s*)?${part}`).test(l.trim()) && !l.includes('.....') && !l.includes('\t');
  const start = lines.findIndex((l) => isBodyHeading(l, '第二部分'));
  const end = lines.findIndex((l, i) => i > start && isBodyHeading(l, '第三部分'));
  if (start < 0 || end < 0) throw new Error('seed without 第二部分/第三部分');
  return lines.slice(start + 1, end).map((l) => l.replace(/^#+\s*/, ''));
}

const LABEL_LINE = /^(预算公开表|部门公开表|单位公开表|公开)\s*\d*/;

function isTitleLine(lines: string[], i: number): boolean {
  const l = lines[i].trim();
  if (l === '' || l.includes('\t') || !l.includes('表') || l.length < 5) return false;
  if (/^(注|说明|单位|部门名称|公开|预算公开表|部门公开表|金额单位)/.test(l)) return false;
  // A title is followed, within a few lines, by the 单位名称/部门名称 line or the label line.
  for (let j = i + 1, seen = 0; j < lines.length && seen < 5; j++) {
    const n = lines[j].trim();
    if (n === '') continue;
    seen++;
    if (/^(单位名称|部门名称)/.test(n) || LABEL_LINE.test(n)) return true;
    // 002 prints 表1 and 表4 without a 单位名称 line: the header follows the title directly.
    if (seen === 1 && /^(收入|项目)\t/.test(lines[j])) return true;
  }
  return false;
}

/** The seed's tables as blocks of lines, each starting at its label line (when above) or title. */
export function seedTables(id: SeedId): string[][] {
  const lines = tableLines(seedText(id));
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isTitleLine(lines, i)) continue;
    let s = i;
    for (let j = i - 1; j >= 0; j--) {
      const p = lines[j].trim();
      if (p === '') continue;
      if (LABEL_LINE.test(p) && !p.includes('\t')) s = j;
      break;
    }
    starts.push(s);
  }
  return starts.map((s, k) => lines.slice(s, k + 1 < starts.length ? starts[k + 1] : lines.length).filter((l) => l.trim() !== ''));
}

const DECIMAL_AMOUNT = /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+\.\d+$/;

/**
 * Where the PDF text extraction misplaced a cell, put it back where the published table prints
 * it. 004 公开06表: the merged 公用经费合计 line's 14.36 stands under the last 决算数 column, but
 * the extraction puts it one column to the left, under 科目名称.
 */
function repairExtraction(line: string): string {
  if (/^人员经费合计\t/.test(line)) {
    const cells = line.split('\t');
    const last = cells.map((c) => c.trim()).reduce((k, c, i) => (c !== '' ? i : k), -1);
    if (last > 3 && cells[last + 1] !== undefined && cells[last + 1].trim() === '') {
      cells[last + 1] = cells[last];
      cells[last] = '';
    }
    return cells.join('\t');
  }
  return line;
}

function rowCells(line: string, amounts: 'number' | 'text', r: number, textFormatted: Set<string>): CellValue[] {
  return repairExtraction(line).split('\t').map((raw, c) => {
    const t = raw.trim();
    if (t === '') return null;
    if (/^\d+$/.test(t)) {
      // Codes, 行次 and 栏次: text in the published layout (a code such as 2080109 must not become a number).
      textFormatted.add(cellKey(r, c));
      return t;
    }
    if (amounts === 'number' && DECIMAL_AMOUNT.test(t) && t.includes('.')) return Number(t.replace(/,/g, ''));
    return raw.replace(/\s+$/, '');
  });
}

function sheetOf(name: string, blocks: string[][], amounts: 'number' | 'text'): SheetSnapshot {
  const values: CellValue[][] = [];
  const textFormatted = new Set<string>();
  blocks.forEach((block, b) => {
    if (b > 0) values.push([]);
    const rows = block.map((line, i) => rowCells(line, amounts, values.length + i, textFormatted));
    values.push(...rows);
  });
  return { name, values, textFormatted };
}

export function seedWorkbook(id: SeedId, options: SeedWorkbookOptions = {}): WorkbookSnapshot {
  return workbookFromBlocks(options.performance ? [...seedTables(id), ...seedPerformanceTables(id)] : seedTables(id), options);
}

/** A workbook from tables given as blocks of tab-separated lines, in the seed layout. */
export function workbookFromBlocks(tables: string[][], options: SeedWorkbookOptions = {}): WorkbookSnapshot {
  const amounts = options.amounts ?? 'number';
  if (options.layout === 'oneSheet') return { sheets: [sheetOf('Sheet1', tables, amounts)] };
  return { sheets: tables.map((t, i) => sheetOf(`Sheet${i + 1}`, [t], amounts)) };
}
