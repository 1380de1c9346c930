import { shortTableLabel, type FormDef } from '../forms/formTypes';
import type { FillWithAddedTables, MissingSummaryTables } from './missingSummaryTables';

/**
 * What fill says about absent summary tables, in the words the CLI and the 填充 tab share. Apart from
 * missingSummaryTables so the pane's first screen can say it without loading the template code.
 */

/**
 * The absent tables in one clause, for the CLI and the pane alike: "缺少表1、表4、表5", or, when what they
 * are derived from is missing too, "缺少表1、表4、表5：它们由表2、表3推算，而工作簿中也没有表2、表3".
 */
export function missingTablesText(m: MissingSummaryTables): string {
  const which = `缺少${tableList(m.missing)}`;
  if (m.lackingSources.length === 0) return which;
  const from = tableList(m.lackingSources);
  return `${which}：它们由${from}推算，而工作簿中也没有${from}`;
}

/** One line per added table, for the CLI and the pane: "添加工作表“表1 预算收支总表”：表1（按模板），填入可推算的 20 个单元格". */
export function addedTablesText(adding: Pick<FillWithAddedTables, 'added' | 'plan'>): string[] {
  return adding.added.map((a) => {
    const filled = adding.plan.writes.filter((w) => w.sheet === a.layout.name).length;
    return `添加工作表“${a.layout.name}”：${tableList([a.form])}（按模板），填入可推算的 ${filled} 个单元格`;
  });
}

/** "表1、表4、表5" / "公开01表、公开04表": the tables as the report names them. */
export function tableList(forms: readonly FormDef[]): string {
  return forms.map(formLabel).join('、');
}

function formLabel(form: FormDef): string {
  // The national sets print 表1…表9 and no 公开0N表 label.
  return /^表\d+$/.test(form.label) ? form.label : shortTableLabel(form.kind, form.no);
}
