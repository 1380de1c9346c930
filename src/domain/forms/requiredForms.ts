import type { FormDef } from './formTypes';
import type { Profile } from '../profiles/profile';

/**
 * The tables a disclosure must publish, each even when empty (with its 本表无数据 note): its
 * profile's own forms — the 13 预算公开表, the 10 决算 公开表, the 9 tables of the national set.
 * 表11 is required of a 事业单位 too — the seeds publish it empty with its note. Performance tables,
 * which every profile may hold, are not required. The one place the completeness check reads.
 */
export function requiredForms(profile: Profile): readonly FormDef[] {
  return profile.forms;
}
