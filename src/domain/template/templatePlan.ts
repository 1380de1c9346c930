import type { Kind } from '../forms/formTypes';
import { readParameters } from '../parameters/parameterSheet';
import { defaultProfile, profileById } from '../profiles';
import { shortTableName } from '../profiles/tableName';
import type { RecognitionResult } from '../recognition/recognizedTable';
import type { WorkbookSnapshot } from '../workbook/snapshot';

/** One table of the chosen set, and the sheet the workbook already holds it on (null: missing). */
export interface PlannedTable {
  /** The form's id, what templateLayouts' `forms` takes. */
  readonly form: string;
  readonly no: number;
  /** The short name: 表3, 公开03表, 表3 in a national set. */
  readonly name: string;
  /** The table's own name: 部门收支总表. */
  readonly title: string;
  readonly sheet: string | null;
}

/**
 * What 插入模板 would add to this workbook: the chosen set's tables, each with the sheet recognition
 * found it on (by form, not by sheet name: a renamed 表3 is still there, a sheet named 表3 holding
 * something else is not), and the 说明参数 sheet.
 */
export interface TemplatePlan {
  readonly profile: { readonly id: string; readonly name: string };
  readonly tables: readonly PlannedTable[];
  /** The workbook's 说明参数 sheet, or null (then it is added too). */
  readonly parameters: string | null;
  /** The set the workbook's tables were recognised as, when they are of another set than the chosen one. */
  readonly otherSet: string | null;
}

export function templatePlan(wb: WorkbookSnapshot, recognition: RecognitionResult, kind: Kind, profileId?: string): TemplatePlan {
  const profile = profileById(profileId) ?? defaultProfile(kind);
  const held = new Map<string, string>();
  for (const t of recognition.tables) if (!held.has(t.form.id)) held.set(t.form.id, t.sheet);
  return {
    profile: { id: profile.id, name: profile.name },
    tables: [...profile.forms]
      .sort((a, b) => a.no - b.no)
      .map((f) => ({ form: f.id, no: f.no, name: shortTableName({ kind: profile.kind, profile: profile.id }, f.no), title: f.name, sheet: held.get(f.id) ?? null })),
    parameters: readParameters(wb).sheet ?? null,
    otherSet: recognition.tables.length > 0 && recognition.profile.id !== profile.id ? recognition.profile.name : null,
  };
}

/** The chosen set's tables the workbook does not have. */
export function missingTables(plan: TemplatePlan): PlannedTable[] {
  return plan.tables.filter((t) => t.sheet === null);
}

/**
 * What 插入模板 does: the whole set into a workbook that has none of it (no table of any set, no
 * 说明参数), nothing when the set is complete, else the missing sheets after the user agrees.
 */
export function templateAction(plan: TemplatePlan): 'all' | 'missing' | 'none' {
  const missing = missingTables(plan);
  if (missing.length === 0 && plan.parameters !== null) return 'none';
  const holdsAnything = plan.parameters !== null || plan.otherSet !== null || missing.length < plan.tables.length;
  return holdsAnything ? 'missing' : 'all';
}

/** What the workbook already holds of the set, in one sentence (the question's first line). */
export function heldSentence(plan: TemplatePlan): string {
  const held = plan.tables.filter((t) => t.sheet !== null);
  const parameters = plan.parameters !== null ? `说明参数表“${plan.parameters}”` : '';
  if (held.length > 0) return `工作簿中已有“${plan.profile.name}”的 ${held.length} 张表（${held.map((t) => t.name).join('、')}）${parameters ? `和${parameters}` : ''}。`;
  if (plan.otherSet) return `工作簿中的表属于“${plan.otherSet}”，与所选表套不同${parameters ? `；已有${parameters}` : ''}。`;
  return `工作簿中已有${parameters}。`;
}

/** One sheet the question offers to add: 说明参数, or a table by short name and title. */
export interface PlannedAddition {
  readonly key: string;
  readonly name: string;
  readonly title: string;
}

/** What the question offers to add: 说明参数 when missing, then each missing table. */
export function toAdd(plan: TemplatePlan): PlannedAddition[] {
  return [
    ...(plan.parameters === null ? [{ key: 'parameters', name: '说明参数', title: '' }] : []),
    ...missingTables(plan).map((t) => ({ key: t.form, name: t.name, title: t.title })),
  ];
}
