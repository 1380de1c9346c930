import type { FormDef } from '../forms/formTypes';
import { shortTableName } from '../profiles/tableName';
import type { RecognitionResult, RecognizedTable } from '../recognition/recognizedTable';

/**
 * Fill's tables named as the workbook's table set names them (shortTableName): the derivations read
 * tables by the Shanxi form whose lines they repeat (公开05表), but a national 部门决算 prints that
 * table as 表5, and 公开07表 as 表8. Every table fill names in a reason, note or conflict goes through here.
 */

type Workbook = Pick<RecognitionResult, 'kind' | 'profile'>;

/**
 * The workbook's set's own form for the first of `forms` it has (by id, or printed the same way:
 * sameAs), e.g. the national 表8 for 公开07表. Several when the sets differ in layout (公开08表 | 表9).
 */
export function formInSet(wb: Workbook, ...forms: readonly FormDef[]): FormDef | undefined {
  for (const form of forms) {
    const own = wb.profile.forms.find((f) => f.id === form.id) ?? wb.profile.forms.find((f) => f.sameAs === form.id);
    if (own) return own;
  }
  return undefined;
}

/** "公开05表" in a Shanxi 决算, "表5" in a national one: the table of that form as the workbook's set prints it. */
export function formName(wb: Workbook, ...forms: readonly FormDef[]): string {
  const form = formInSet(wb, ...forms) ?? forms[0];
  return shortTableName({ kind: wb.kind ?? form.kind, profile: wb.profile.id }, form.no);
}

/** "公开05表（一般公共预算财政拨款支出决算表）" / "表2（部门收入总表）": the name with the set's own title. */
export function formNameWithTitle(wb: Workbook, ...forms: readonly FormDef[]): string {
  const form = formInSet(wb, ...forms) ?? forms[0];
  return `${formName(wb, form)}（${form.name}）`;
}

/** A recognised table's name in its set's words. */
export function recognizedTableName(wb: Workbook, table: Pick<RecognizedTable, 'kind' | 'no'>): string {
  return shortTableName({ kind: table.kind, profile: wb.profile.id }, table.no);
}

/** Several tables in one phrase: "公开02/03/05表" as Shanxi's 决算 writes them, else "表2、表3、表5". */
export function tablesTogether(names: readonly string[]): string {
  const numbers = names.map((n) => /^公开(\d{2})表$/.exec(n)?.[1]);
  if (names.length > 1 && numbers.every((x) => x !== undefined)) return `公开${numbers.join('/')}表`;
  return names.join('、');
}
