import type { Kind } from '../forms/formTypes';
import type { Finding } from '../findings/finding';
import { rowCount, type WorkbookSnapshot } from '../workbook/snapshot';
import { findTitles } from './findTitles';
import { readTable } from './readTable';
import type { RecognitionResult, RecognizedTable, UnrecognizedBlock } from './recognizedTable';

/**
 * Finds every disclosure table in a workbook, on any sheet, several per sheet, whatever the
 * sheet names, and maps it onto its form. What looks like a table but maps to no form is
 * reported, never skipped silently.
 */
export function recognize(wb: WorkbookSnapshot): RecognitionResult {
  const tables: RecognizedTable[] = [];
  const unrecognized: UnrecognizedBlock[] = [];
  const problems: Finding[] = [];
  const kindHint: Kind | undefined = wb.metadata?.kind;
  for (const sheet of wb.sheets) {
    const hits = findTitles(sheet, kindHint);
    hits.forEach((hit, i) => {
      const end = i + 1 < hits.length ? hits[i + 1].startRow : rowCount(sheet);
      if (!hit.form) {
        unrecognized.push({
          sheet: sheet.name,
          address: `A${hit.titleRow + 1}`,
          title: hit.title,
          reason: '标题像一张表，但不是已知的预算/决算公开表',
        });
        return;
      }
      const { table, problems: p, stray } = readTable(sheet, { ...hit, form: hit.form }, end);
      tables.push(table);
      if (stray) {
        unrecognized.push({
          sheet: sheet.name,
          address: `A${stray.first + 1}`,
          title: `第 ${stray.first + 1}–${stray.last + 1} 行`,
          reason: `是 ${stray.last - stray.first + 1} 行只有数字、没有科目编码或名称的数据，不属于${table.form.label}或其他公开表`,
        });
      }
      for (const f of p) problems.push(f);
    });
  }
  return {
    kind: wb.metadata?.kind ?? majority(tables.map((t) => t.kind)),
    year: wb.metadata?.year ?? majority(tables.map((t) => t.year).filter((y): y is number => y !== null)),
    unit: wb.metadata?.unit ?? majority(tables.map((t) => t.unit).filter((u): u is string => !!u)),
    tables,
    unrecognized,
    problems,
  };
}

/** The value most tables agree on (a unit name wrapped over two lines in one table loses the vote). */
function majority<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}
