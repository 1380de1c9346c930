import type { Catalog } from '../catalog/catalog';
import type { FormDef } from '../forms/formTypes';
import { recognize } from '../recognition/recognize';
import type { RecognitionResult } from '../recognition/recognizedTable';
import { tableOfForm } from '../relations/tables';
import { BLANK_ROWS, formLayout } from '../template/formLayout';
import { layoutSnapshot } from '../template/layoutSnapshot';
import type { SheetLayout } from '../template/sheetLayout';
import { uniqueSheetName } from '../template/uniqueSheetName';
import type { TemplateMetadata, WorkbookSnapshot } from '../workbook/snapshot';
import type { FillPlan } from './fillTypes';
import { planFill } from './planFill';
import { derivedForms, sourceForms } from './summaryForms';

/** A summary table added from the template: its form and the sheet as the template lays it out. */
export interface AddedTable {
  readonly form: FormDef;
  /** The template's sheet, under a name no sheet of the workbook has. */
  readonly layout: SheetLayout;
}

/** The summary tables (表1/4/5, 公开01/04/05表) a workbook lacks altogether, and whether fill can fill them. */
export interface MissingSummaryTables {
  /** In published order; empty when the workbook has them all or is no disclosure fill knows. */
  readonly missing: readonly FormDef[];
  /** The tables they are derived from that the workbook lacks too (表2, 表3): then nothing is offered. */
  readonly lackingSources: readonly FormDef[];
}

/** What fill does with the missing tables added from the template. */
export interface FillWithAddedTables {
  readonly added: readonly AddedTable[];
  /** The workbook as it is after adding them (not yet filled), recognised. */
  readonly wb: WorkbookSnapshot;
  readonly recognition: RecognitionResult;
  /** Fill's plan on that workbook: the added sheets' rows as well as the workbook's own cells. */
  readonly plan: FillPlan;
  /** The template metadata naming the added sheets too (when the workbook carries metadata). */
  readonly metadata?: TemplateMetadata;
}

/**
 * The derived tables of the workbook's table set (13 预算公开表, 公开01–10表, the national 9) that no
 * sheet holds. Only for a workbook whose tables were recognised: an unrecognised one is not offered
 * a set of empty tables.
 */
export function missingSummaryTables(recognition: RecognitionResult): MissingSummaryTables {
  if (recognition.kind === null || recognition.tables.length === 0) return { missing: [], lackingSources: [] };
  const profile = recognition.profile;
  const missing = derivedForms(profile).filter((f) => !recognition.tables.some((t) => t.form.id === f.id));
  if (missing.length === 0) return { missing: [], lackingSources: [] };
  const lackingSources = sourceForms(profile).filter((f) => !tableOfForm(recognition, f.id));
  return { missing, lackingSources };
}

/**
 * The missing summary tables added from the template (each on a new sheet with a free name, the
 * workbook's own sheets untouched), and fill planned on the workbook with them: their rows are
 * derived as for a blank template the user had inserted, and rows that need an input are named in
 * the plan's notes. Nothing is added when the tables they come from are missing as well.
 */
export function fillWithAddedTables(wb: WorkbookSnapshot, recognition: RecognitionResult, catalog: Catalog): FillWithAddedTables {
  const { missing, lackingSources } = missingSummaryTables(recognition);
  if (missing.length === 0 || lackingSources.length > 0) {
    return { added: [], wb, recognition, plan: planFill(wb, recognition, catalog), ...(wb.metadata ? { metadata: wb.metadata } : {}) };
  }
  const year = recognition.facts.year ?? recognition.facts.catalogYear;
  const unit = recognition.facts.unit ?? '';
  // In the unit the tables they repeat are printed in (表3 in 元 gives a 表5 in 元).
  const sources = sourceForms(recognition.profile).map((f) => tableOfForm(recognition, f.id)).filter((t) => t !== undefined);
  const amountUnit = sources[0]?.amountUnit ?? recognition.facts.amountUnit;
  // Room for every subject 表3 lists (表5 repeats some of them), so no row needs inserting into a new sheet.
  const subjects = Math.max(0, ...sources.flatMap((t) => t.panels.map((p) => p.rows.filter((r) => r.code !== null).length)));
  const taken = wb.sheets.map((s) => s.name);
  const added = missing.map((form): AddedTable => {
    const name = uniqueSheetName(form.sheetName, taken);
    taken.push(name);
    return { form, layout: formLayout(form, year, unit, name, amountUnit, Math.max(BLANK_ROWS, subjects)) };
  });
  const metadata = wb.metadata
    ? { ...wb.metadata, sheets: { ...wb.metadata.sheets, ...Object.fromEntries(added.map((a) => [a.layout.name, a.form.id])) } }
    : undefined;
  const widened: WorkbookSnapshot = {
    ...wb,
    sheets: [...wb.sheets, ...added.map((a) => layoutSnapshot(a.layout))],
    ...(metadata ? { metadata } : {}),
  };
  const again = recognize(widened);
  return { added, wb: widened, recognition: again, plan: planFill(widened, again, catalog), ...(metadata ? { metadata } : {}) };
}
