import type { Kind } from '../../domain/forms/formTypes';
import type { PlannedAddition, TemplatePlan } from '../../domain/template/templatePlan';
import type { UnitType } from '../../domain/workbook/snapshot';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import { loadTemplatePlan } from '../shared/engine';

/** What the form asks: unit, year, 单位类型, kind and 表套. */
export interface TemplateForm {
  readonly unit: string;
  readonly year: number;
  readonly unitType: UnitType;
  readonly kind: Kind;
  readonly profile: string;
}

/** One sheet 插入模板 added, as the pane lists it: 表3 (its sheet's name on hover), or 说明参数. */
export interface AddedSheet {
  readonly label: string;
  readonly sheet: string;
}

/** What 插入模板 did or would do. */
export type TemplateStep =
  /** Inserted: the set's name once, then the sheets added, and notes (a renamed sheet). */
  | { readonly kind: 'inserted'; readonly set: string; readonly added: readonly AddedSheet[]; readonly notices: readonly string[] }
  /** The workbook holds some of the set: the user is asked before the missing sheets are added. */
  | { readonly kind: 'confirm'; readonly plan: TemplatePlan; readonly held: string; readonly adding: readonly PlannedAddition[] }
  /** The workbook holds the whole set and its 说明参数: nothing added. */
  | { readonly kind: 'complete'; readonly plan: TemplatePlan };

/**
 * 插入模板: reads the workbook, and inserts the whole set when it holds none of it; when it holds some
 * (recognised by the engine, not by sheet names) it asks first (`confirm`), or says it is complete.
 */
export async function planInsertion(gateway: WorkbookGateway, form: TemplateForm): Promise<TemplateStep> {
  const [lib, wb] = await Promise.all([loadTemplatePlan(), gateway.readSnapshot()]);
  const plan = lib.templatePlan(wb, lib.recognize(wb), form.kind, form.profile);
  const action = lib.templateAction(plan);
  if (action === 'none') return { kind: 'complete', plan };
  if (action === 'missing') return { kind: 'confirm', plan, held: lib.heldSentence(plan), adding: lib.toAdd(plan) };
  return insertMissing(gateway, form, plan);
}

/** Inserts the sheets the plan lacks (all of them for an empty plan), never touching a sheet already there. */
export async function insertMissing(gateway: WorkbookGateway, form: TemplateForm, plan: TemplatePlan): Promise<TemplateStep> {
  const [lib, existingSheets] = await Promise.all([loadTemplatePlan(), gateway.sheetNames()]);
  const missing = lib.missingTables(plan);
  const { layouts, metadata, notices } = lib.templateLayouts({
    ...form,
    existingSheets,
    forms: missing.map((t) => t.form),
    parameters: plan.parameters === null,
  });
  await gateway.writeLayouts(layouts, metadata);
  const bySheet = new Map(Object.entries(metadata.sheets));
  const added = layouts.map((l) => {
    const form = bySheet.get(l.name);
    const table = form ? missing.find((t) => t.form === form) : undefined;
    return { label: table ? table.name : '说明参数', sheet: l.name };
  });
  return { kind: 'inserted', set: plan.profile.name, added, notices };
}

