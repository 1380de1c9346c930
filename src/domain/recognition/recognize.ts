import type { Kind } from '../forms/formTypes';
import type { Finding } from '../findings/finding';
import { decideFacts } from '../facts/workbookFacts';
import { readParameters } from '../parameters/parameterSheet';
import { ALL_FORMS } from '../forms/registry';
import { profileForms } from '../profiles';
import { rowCount, type WorkbookSnapshot } from '../workbook/snapshot';
import { findTitles, formForTitle, type TitleHit } from './findTitles';
import { candidateProfiles, pickProfile } from './pickProfile';
import { headingAbove } from './documentHeading';
import { recognizePerformanceTable } from './performance/recognizePerformance';
import type { PerformanceTable } from './performance/performanceTable';
import { readTable } from './readTable';
import type { RecognitionResult, RecognizedTable, UnrecognizedBlock } from './recognizedTable';

/**
 * Finds every disclosure table in a workbook, on any sheet, several per sheet, whatever the
 * sheet names, decides which profile (table set) the workbook is in, and maps each table onto
 * that profile's form. What looks like a table but maps to no form of the profile is reported,
 * never skipped silently. The workbook's facts (year, unit, profile, amount unit…) are decided
 * here, once.
 */
export function recognize(wb: WorkbookSnapshot): RecognitionResult {
  const tables: RecognizedTable[] = [];
  const unrecognized: UnrecognizedBlock[] = [];
  const problems: Finding[] = [];
  const performance: PerformanceTable[] = [];
  const kindHint: Kind | undefined = wb.metadata?.kind;
  const parameters = readParameters(wb);
  const candidates = candidateProfiles(wb, kindHint ?? null);
  const universe = candidates.length === 1 ? profileForms(candidates[0]) : ALL_FORMS;
  const found: { sheet: WorkbookSnapshot['sheets'][number]; hits: TitleHit[] }[] = wb.sheets.map((sheet) => ({
    sheet,
    hits: findTitles(sheet, kindHint, universe),
  }));
  const profile = pickProfile(
    found.flatMap((f) => f.hits),
    candidates,
    kindHint ?? parameters.kind,
  );
  const forms = profileForms(profile);
  const defaultUnit = decideFacts(wb, parameters, profile, { year: null, unit: null }).amountUnit;
  for (const { sheet, hits } of found) {
    hits.forEach((hit, i) => {
      const end = i + 1 < hits.length ? hits[i + 1].startRow : rowCount(sheet);
      // Performance tables (绩效目标表, 自评表) belong to every profile: read before the profile's forms.
      const perf = recognizePerformanceTable(sheet, hit, end);
      if (perf) {
        performance.push(perf);
        return;
      }
      const form = universe === forms ? hit.form : formForTitle(hit.title, hit.label, kindHint, forms);
      if (!form) {
        unrecognized.push({
          sheet: sheet.name,
          address: `A${hit.titleRow + 1}`,
          title: hit.title,
          reason: hit.form ? `标题像另一套公开表（${hit.form.name}），不属于本工作簿的表套“${profile.name}”` : '标题像一张表，但不是已知的预算/决算公开表',
        });
        return;
      }
      const { table, problems: p, stray } = readTable(sheet, { ...hit, form }, end, defaultUnit);
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
  const heading = tables.some((t) => t.year !== null && t.unit) ? null : firstHeading(found);
  const year = wb.metadata?.year ?? majority(tables.map((t) => t.year).filter((y): y is number => y !== null)) ?? heading?.year ?? null;
  const unit = wb.metadata?.unit ?? majority(tables.map((t) => t.unit).filter((u): u is string => !!u)) ?? heading?.unit ?? null;
  return {
    // A workbook of performance tables alone is a budget's (目标表) or a 决算's (自评表).
    kind: wb.metadata?.kind ?? majority(tables.map((t) => t.kind)) ?? majority(performance.map((t) => t.form.kind)),
    year,
    unit,
    tables,
    performance,
    unrecognized,
    problems,
    profile,
    facts: decideFacts(wb, parameters, profile, { year, unit }),
  };
}

/** The document heading above the first table of a sheet ("XX 2024 年度部门决算表"), when tables print no unit or year. */
function firstHeading(found: readonly { sheet: WorkbookSnapshot['sheets'][number]; hits: readonly TitleHit[] }[]): { unit: string; year: number } | null {
  for (const { sheet, hits } of found) {
    const h = headingAbove(sheet, hits.length > 0 ? hits[0].startRow : Math.min(sheet.values.length, 20));
    if (h) return h;
  }
  return null;
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
