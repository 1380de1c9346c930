import * as fs from 'fs';
import * as path from 'path';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { cellKey } from '../../src/domain/workbook/snapshot';

/**
 * The two 上海市普陀区 2024 部门决算 in ../shared/seeds-national/, rebuilt as workbooks in the published
 * layout (test/fixtures/shanghai/*.txt: the nine tables transcribed from the documents, one line per
 * printed line, cells separated by "|"). A name the PDF wraps over lines is written with ⏎ where the
 * document centres it on the code's line (first part above, last part below, a middle part on the
 * line itself) and ↵ where it starts on the code's line and runs on below. Pasted from the PDF,
 * each part is a row of its own, as an accountant gets them.
 */
export type ShanghaiDoc = 'social-work' | 'planning-resources';

export interface ShanghaiWorkbookOptions {
  readonly layout?: 'sheetPerTable' | 'oneSheet';
  readonly amounts?: 'number' | 'text';
  /** 'pasted': wrapped names as rows of their own (default); 'cells': each name whole in its cell. */
  readonly names?: 'pasted' | 'cells';
  /** 'one': 2080505 in one column (as published); 'three': 208 | 05 | 05 in 类 | 款 | 项 columns. */
  readonly codes?: 'one' | 'three';
}

const FILES: Record<ShanghaiDoc, string> = {
  'social-work': 'social-work-2024.txt',
  'planning-resources': 'planning-resources-2024.txt',
};

export const SHANGHAI_UNITS: Record<ShanghaiDoc, string> = {
  'social-work': '中共上海市普陀区委社会工作部',
  'planning-resources': '上海市规划和自然资源局',
};

export function shanghaiTables(doc: ShanghaiDoc): string[][] {
  const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'shanghai', FILES[doc]), 'utf8');
  return text
    .split(/\n\s*\n/)
    .map((b) => b.split('\n').filter((l) => l.trim() !== ''))
    .filter((b) => b.length > 0);
}

const AMOUNT = /^-?\d+\.\d+$/;
const CODE = /^\d{3,7}$/;

/** One printed line → one or more sheet rows (wrapped names pasted as rows of their own). */
function expandLine(line: string, names: 'pasted' | 'cells'): string[][] {
  const cells = line.split('|');
  const wrapped = cells.findIndex((c) => /[⏎↵]/.test(c));
  if (wrapped < 0) return [cells];
  if (names === 'cells') return [cells.map((c) => c.replace(/[⏎↵]/g, ''))];
  const only = (text: string) => cells.map((_, i) => (i === wrapped ? text : ''));
  const cell = cells[wrapped];
  if (cell.includes('↵')) {
    const [first, ...rest] = cell.split('↵');
    return [cells.map((c, i) => (i === wrapped ? first : c)), ...rest.map(only)];
  }
  const parts = cell.split('⏎');
  const middle = parts.length === 3 ? parts[1] : '';
  const main = cells.map((c, i) => (i === wrapped ? middle : c));
  return [only(parts[0]), main, ...(parts[parts.length - 1] !== '' && parts.length > 1 ? [only(parts[parts.length - 1])] : [])].filter(
    (r) => r.some((c) => c !== ''),
  );
}

/** 类 | 款 | 项 in three columns: the code column of a 功能分类 table is split. */
function splitCodes(rows: string[][]): string[][] {
  // Only the 支出功能分类 tables (类 3 | 款 2 | 项 2); 经济分类 codes stay whole.
  if (!rows.some((r) => r.includes('功能分类科目编码'))) return rows;
  const codeCols = new Set<number>();
  for (const r of rows) r.forEach((c, i) => CODE.test(c.trim()) && c.trim().length % 2 === 1 && codeCols.add(i));
  const header = rows.findIndex((r) => r.some((c) => /科目编码$/.test(c)));
  return rows.map((r, ri) => {
    const out: string[] = [];
    r.forEach((c, i) => {
      if (!codeCols.has(i)) {
        out.push(c);
        return;
      }
      const t = c.trim();
      if (ri === header) out.push('类', '款', '项');
      else if (ri === header - 1 && t === '项目') out.push(t, '', '');
      else if (CODE.test(t)) out.push(t.slice(0, 3), t.slice(3, 5), t.slice(5, 7));
      else out.push(c, '', '');
    });
    return out;
  });
}

function sheetOf(name: string, blocks: string[][], opts: Required<ShanghaiWorkbookOptions>): SheetSnapshot {
  const values: CellValue[][] = [];
  const textFormatted = new Set<string>();
  const merges: string[] = [];
  blocks.forEach((block, b) => {
    if (b > 0) values.push([]);
    let rows = block.flatMap((l) => expandLine(l, opts.names));
    if (opts.codes === 'three') {
      rows = splitCodes(rows);
      const h = rows.findIndex((r) => r[0] === '类');
      // 科目编码 spans its three columns above 类 | 款 | 项, as a merged header prints it.
      if (h > 0) {
        rows.splice(h, 0, rows[h].map((c, i) => (i === 0 ? '功能分类科目编码' : i < 3 ? '' : '')));
        merges.push(`A${values.length + h + 1}:C${values.length + h + 1}`);
      }
    }
    for (const r of rows) {
      const at = values.length;
      values.push(
        r.map((raw, c): CellValue => {
          const t = raw.trim();
          if (t === '') return null;
          if (/^\d+$/.test(t)) {
            textFormatted.add(cellKey(at, c));
            return t;
          }
          if (opts.amounts === 'number' && AMOUNT.test(t)) return Number(t);
          return t;
        }),
      );
    }
  });
  return { name, values, textFormatted, ...(merges.length ? { merges } : {}) };
}

export function shanghaiWorkbook(doc: ShanghaiDoc, options: ShanghaiWorkbookOptions = {}): WorkbookSnapshot {
  const opts: Required<ShanghaiWorkbookOptions> = {
    layout: options.layout ?? 'sheetPerTable',
    amounts: options.amounts ?? 'number',
    names: options.names ?? 'pasted',
    codes: options.codes ?? 'one',
  };
  const tables = shanghaiTables(doc);
  if (opts.layout === 'oneSheet') return { sheets: [sheetOf('Sheet1', tables, opts)] };
  return { sheets: tables.map((t, i) => sheetOf(`Sheet${i + 1}`, [t], opts)) };
}
