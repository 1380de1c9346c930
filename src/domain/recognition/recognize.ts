import type { Kind } from '../forms/formTypes';
import type { Finding } from '../findings/finding';
import { rowCount, type WorkbookSnapshot } from '../workbook/snapshot';
import { findTitles } from './findTitles';
import { recognizePerformanceTable } from './performance/recognizePerformance';
import type { PerformanceTable } from './performance/performanceTable';
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
  const performance: PerformanceTable[] = [];
  const kindHint: Kind | undefined = wb.metadata?.kind;
  for (const sheet of wb.sheets) {
    const hits = findTitles(sheet, kindHint);
    hits.forEach((hit, i) => {
      const end = i + 1 < hits.length ? hits[i + 1].startRow : rowCount(sheet);
      const perf = recognizePerformanceTable(sheet, hit, end);
      if (perf) {
        performance.push(perf);
        return;
      }
      if (!hit.form) {
        unrecognized.push({
          sheet: sheet.name,
          address: `A${hit.titleRow + 1}`,
          title: hit.title,
          reason: '标题像一张表，但不是已知的预算/决算公开表',
        });
        return;
      }
      const { table, problems: p } = readTable(sheet, { ...hit, form: hit.form }, end);
      tables.push(table);
      problems.push(...p);
    });
  }
  return {
    // A workbook of performance tables alone is a budget's (目标表) or a 决算's (自评表).
    kind: wb.metadata?.kind ?? majority(tables.map((t) => t.kind)) ?? majority(performance.map((t) => t.form.kind)),
    year: wb.metadata?.year ?? majority(tables.map((t) => t.year).filter((y): y is number => y !== null)),
    unit: wb.metadata?.unit ?? majority(tables.map((t) => t.unit).filter((u): u is string => !!u)),
    tables,
    performance,
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
