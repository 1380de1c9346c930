import type { Catalog, CatalogEntry, Classification } from './catalog';
import { FUNCTION_CLASSES } from '../forms/common/functionClassLines';
import { FUNCTION_CODES, FUNCTION_INTRODUCED, FUNCTION_RENAMES } from './catalogData/functionCodes';
import { DEPARTMENT_ECONOMIC_CODES, ECONOMIC_ALIASES, GOVERNMENT_ECONOMIC_CODES } from './catalogData/economicCodes';
import { INCOME_CODES } from './catalogData/incomeCodes';

export const BUILTIN_SOURCE = '内置科目表';

/** An entry that may also be printed under other, equally correct names (see ECONOMIC_ALIASES). */
export interface NamedEntry extends CatalogEntry {
  readonly aliases?: readonly string[];
}

/**
 * Names as people compare them: no spaces (wrapped cells: "社会保障和就 业支出"), half-width
 * brackets (因公出国（境）费用 = 因公出国(境)费用).
 */
export function normalizeCatalogName(name: string): string {
  return name
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

/** True when a printed name is the entry's name or one of its aliases, compared loosely. */
export function isEntryName(entry: CatalogEntry, printedName: string): boolean {
  const n = normalizeCatalogName(printedName);
  if (normalizeCatalogName(entry.name) === n) return true;
  const aliases = (entry as NamedEntry).aliases ?? [];
  return aliases.some((a) => normalizeCatalogName(a) === n);
}

/**
 * A Catalog over a list of entries. codeOfName for 经济分类 looks among the 部门 codes (3xx) first:
 * 预算公开表6 prints 部门 names in its first column, and names such as 工资福利支出 or 住房公积金
 * exist in both series.
 */
export function catalogOf(year: number, source: string, list: readonly NamedEntry[]): Catalog {
  const byKey = new Map<string, NamedEntry>();
  const byClass: Record<Classification, NamedEntry[]> = { function: [], economic: [], income: [] };
  for (const e of list) {
    const key = `${e.classification}:${e.code}`;
    if (byKey.has(key)) continue;
    byKey.set(key, e);
    byClass[e.classification].push(e);
  }
  for (const c of Object.keys(byClass) as Classification[]) byClass[c].sort((a, b) => compareCodes(a.code, b.code));

  // Entries by normalised name and alias, built once: a lookup per printed row must not scan the catalog.
  const byName: Record<Classification, Map<string, NamedEntry[]>> = { function: new Map(), economic: new Map(), income: new Map() };
  for (const c of Object.keys(byClass) as Classification[]) {
    for (const e of byClass[c]) {
      for (const n of new Set([e.name, ...(e.aliases ?? [])].map(normalizeCatalogName))) {
        const list = byName[c].get(n);
        if (list) list.push(e);
        else byName[c].set(n, [e]);
      }
    }
  }

  const codeOfName = (classification: Classification, name: string): string | undefined => {
    const n = normalizeCatalogName(name);
    if (n === '') return undefined;
    const matches = byName[classification].get(n) ?? [];
    const groups =
      classification === 'economic'
        ? [matches.filter((e) => e.code.startsWith('3')), matches.filter((e) => !e.code.startsWith('3'))]
        : [matches];
    for (const g of groups) {
      if (g.length === 1) return g[0].code;
      if (g.length > 1) return undefined; // ambiguous: 行政运行 exists under many 款
    }
    return undefined;
  };

  return {
    year,
    source,
    lookup: (classification, code) => byKey.get(`${classification}:${normalizeCode(code)}`),
    codeOfName,
    entries: (classification) => byClass[classification],
  };
}

/** Codes sort like the catalog prints them: 208, 20801, 2080101, 2080109, 20805 … */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function normalizeCode(code: string): string {
  return code.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
}

function functionEntries(year: number): NamedEntry[] {
  const renamed = new Map<string, string>();
  for (const [code, older, since] of FUNCTION_RENAMES) if (year < since) renamed.set(code, older);
  const missing = new Set(FUNCTION_INTRODUCED.filter(([, since]) => year < since).map(([code]) => code));
  const all = [...FUNCTION_CLASSES, ...FUNCTION_CODES];
  return all
    .filter(([code]) => !missing.has(code) && !missing.has(code.slice(0, 3)))
    .map(([code, name]) => ({ code, name: renamed.get(code) ?? name, classification: 'function' as const }));
}

function economicEntries(): NamedEntry[] {
  const aliases = new Map<string, string[]>();
  for (const [code, alias] of ECONOMIC_ALIASES) aliases.set(code, [...(aliases.get(code) ?? []), alias]);
  return [...DEPARTMENT_ECONOMIC_CODES, ...GOVERNMENT_ECONOMIC_CODES].map(([code, name]) => {
    const a = aliases.get(code);
    return { code, name, classification: 'economic' as const, ...(a ? { aliases: a } : {}) };
  });
}

const cache = new Map<number, Catalog>();

/**
 * The catalog shipped with the add-in for a year: all 类 of 支出功能分类, the 款/项 the seeds and
 * certain knowledge give, and the 经济分类. Codes it does not hold are unknown, not wrong (design.md §4).
 */
export function builtinCatalog(year: number): Catalog {
  const hit = cache.get(year);
  if (hit) return hit;
  const income: NamedEntry[] = INCOME_CODES.map(([code, name]) => ({ code, name, classification: 'income' }));
  const c = catalogOf(year, BUILTIN_SOURCE, [...functionEntries(year), ...economicEntries(), ...income]);
  cache.set(year, c);
  return c;
}

/**
 * The 经济分类 code of a name within one series: 预算公开表6 prints 部门预算支出经济分类 names (3xx) in
 * its first column and 政府预算支出经济分类 names (5xx) in its second, and both have 工资福利支出.
 */
export function economicCodeOfName(catalog: Catalog, name: string, series: 'department' | 'government'): string | undefined {
  const first = series === 'department' ? '3' : '5';
  const hits = catalog.entries('economic').filter((e) => e.code.startsWith(first) && isEntryName(e, name));
  return hits.length === 1 ? hits[0].code : undefined;
}
