import type { FormDef, Kind } from './formTypes';
import { formsOfKind } from './registry';

/**
 * The tables a disclosure of this kind must publish, each even when empty (with its 本表无数据
 * note): the 13 预算公开表 or the 10 决算 公开表. 表11 is required of a 事业单位 too — the seeds
 * publish it empty with its note. The one place the completeness check reads; region and year
 * profiles (src/domain/profiles) are to answer it from the profile.
 */
export function requiredForms(kind: Kind): readonly FormDef[] {
  return formsOfKind(kind);
}
