import { defaultProfile, profileById } from '../profiles';
import { parameterSheetLayout } from '../parameters/parameterSheet';
import type { TemplateMetadata } from '../workbook/snapshot';
import { formLayout } from './formLayout';
import type { SheetLayout } from './sheetLayout';
import type { TemplateRequest } from './templateRequest';
import { cleanSheetName, uniqueSheetName } from './uniqueSheetName';

/** Version of the template layout written into the metadata part (bump when layouts change shape). */
export const TEMPLATE_FORM_VERSION = 1;

/**
 * Everything a first run inserts, for Excel and the CLI alike: the 说明参数 sheet, then one sheet per
 * table of the kind in published order (or only the forms and sheets asked for, when a workbook has
 * the others: templatePlan). Existing sheets are never overwritten: a clashing name gets " (2)" and
 * the user is told.
 */
export function templateLayouts(req: TemplateRequest): {
  layouts: SheetLayout[];
  metadata: TemplateMetadata;
  notices: string[];
} {
  const taken = [...(req.existingSheets ?? [])];
  const notices: string[] = [];
  const named = (wanted: string): string => {
    const name = uniqueSheetName(wanted, taken);
    const clean = cleanSheetName(wanted);
    if (name !== clean) notices.push(`已有工作表“${clean}”，新表命名为“${name}”`);
    else if (name !== wanted) notices.push(`工作表名“${wanted}”含 Excel 不允许的字符或过长，改为“${name}”`);
    taken.push(name);
    return name;
  };

  const layouts: SheetLayout[] = [];
  if (req.parameters !== false) {
    const parameters = parameterSheetLayout(req);
    layouts.push({ ...parameters, name: named(parameters.name) });
  }
  const sheets: Record<string, string> = {};
  const profile = profileById(req.profile) ?? defaultProfile(req.kind);
  const wanted = (id: string) => !req.forms || req.forms.includes(id);
  for (const form of [...profile.forms].sort((a, b) => a.no - b.no).filter((f) => wanted(f.id))) {
    const name = named(form.sheetName);
    layouts.push(formLayout(form, req.year, req.unit, name, profile.defaultAmountUnit));
    sheets[name] = form.id;
  }
  const metadata: TemplateMetadata = {
    formVersion: TEMPLATE_FORM_VERSION,
    kind: req.kind,
    year: req.year,
    unit: req.unit,
    ...(req.unitType ? { unitType: req.unitType } : {}),
    profile: profile.id,
    sheets,
  };
  return { layouts, metadata, notices };
}
