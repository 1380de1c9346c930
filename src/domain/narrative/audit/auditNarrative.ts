import type { Catalog } from '../../catalog/catalog';
import { workbookCatalog } from '../../catalog/workbookCatalog';
import type { Finding } from '../../findings/finding';
import type { Parameters } from '../../parameters/parameters';
import { runRules } from '../../checks/runRules';
import type { RecognitionResult } from '../../recognition/recognizedTable';
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import { buildNarrative } from '../buildNarrative';
import { AuditContext } from './auditContext';
import { referenceOf, writtenDocumentOf } from './auditDocument';
import { attachedPerformanceTables } from './attachments';
import { SubjectNames } from './labelMatch';
import { AUDIT_RULES } from './rules';
import { Ties } from './ties';
import type { WrittenNarrative } from './writtenNarrative';

export interface AuditOptions {
  /** Last year's workbook, for the 上年 figures the 说明参数 sheet leaves blank (`--prior`). */
  readonly prior?: { readonly wb: WorkbookSnapshot; readonly recognition: RecognitionResult };
  /** An imported 科目表; the workbook's or the built-in one for the year otherwise. */
  readonly catalog?: Catalog;
}

/**
 * Checks a 情况说明 someone wrote against the workbook. The product writes its own 情况说明 from the
 * same cells first — every figure of it knows its cells — and the written text is laid beside it
 * subject by subject (see README.md here): each figure tied to a figure of the product's text is
 * compared with the cells behind it; the rest is listed as not checked. Pure: no file, no host.
 */
export function auditNarrative(
  written: WrittenNarrative,
  wb: WorkbookSnapshot,
  recognition: RecognitionResult,
  params: Parameters,
  options: AuditOptions = {},
): Finding[] {
  const { kind, year, unit } = recognition.facts;
  const narrative = buildNarrative(wb, recognition, params, options.prior ? { prior: options.prior } : undefined);
  const unitNames = [...new Set([params.unit, recognition.unit, wb.metadata?.unit].filter((u): u is string => !!u))];
  const ref = referenceOf(narrative, unitNames);
  const doc = writtenDocumentOf(written, ref, unitNames);
  const names = new SubjectNames(options.catalog ?? workbookCatalog(wb, recognition.facts.catalogYear));
  const ties = new Ties(doc, ref, names, unitNames);
  const attachments = attachedPerformanceTables(written, recognition);
  const ctx = new AuditContext(kind, year, unit, written, doc, ref, ties, attachments, recognition, params);
  const findings = runRules(AUDIT_RULES, ctx, params);
  return findings.sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0));
}

