import type { Kind } from '../forms/formTypes';
import type { Parameters } from '../parameters/parameters';
import type { AmountUnit, Profile } from '../profiles/profile';
import type { UnitType, WorkbookSnapshot } from '../workbook/snapshot';

/**
 * What a workbook is about, decided once (by recognize) and read by every check, fill, the
 * narrative, the CLI and the pane — instead of each asking the tables, the 说明参数 sheet and the
 * template metadata in its own order.
 */
export interface WorkbookFacts {
  /** The table set: from the template metadata, else what the titles and label lines say. */
  readonly profile: Profile;
  readonly kind: Kind;
  /** The year the tables (or the template metadata) state, else the 说明参数 sheet's; null when none says. */
  readonly year: number | null;
  /** The year whose 科目表 applies: `year`, else the calendar year the check runs in. */
  readonly catalogYear: number;
  /** 说明参数 单位名称, else the template metadata or the name most tables print. */
  readonly unit: string | null;
  /** 说明参数 单位类型, else the template metadata's. */
  readonly unitType: UnitType | null;
  /** Unit of a table whose unit line says nothing: 说明参数 金额单位, else the profile's. */
  readonly amountUnit: AmountUnit;
}

/** What the tables themselves said, before the other sources are consulted. */
export interface TableFacts {
  readonly year: number | null;
  readonly unit: string | null;
}

export function decideFacts(wb: WorkbookSnapshot, parameters: Parameters, profile: Profile, tables: TableFacts, now: Date = new Date()): WorkbookFacts {
  const year = tables.year ?? parameters.year ?? null;
  return {
    profile,
    kind: profile.kind,
    year,
    catalogYear: year ?? now.getFullYear(),
    unit: parameters.unit ?? tables.unit,
    unitType: parameters.unitType ?? wb.metadata?.unitType ?? null,
    amountUnit: defaultAmountUnit(parameters, profile),
  };
}

/** 说明参数 金额单位 when filled in (元 / 万元, as typed), else the profile's default. */
export function defaultAmountUnit(parameters: Parameters, profile: Profile): AmountUnit {
  if (parameters.amountUnitGiven) {
    const u = parseAmountUnit(parameters.amountUnit);
    if (u) return u;
  }
  return profile.defaultAmountUnit;
}

/** "万元", "单位：万元", "金额单位：元", "元" → the unit; anything else → null. */
export function parseAmountUnit(text: string): AmountUnit | null {
  const t = text.replace(/\s+/g, '').replace(/^(金额)?单位[:：]/, '');
  if (/^万元$/.test(t)) return '万元';
  if (/^元$/.test(t)) return '元';
  return null;
}
