import type { FormDef, Kind } from '../forms/formTypes';
import type { NarrativeContext } from '../narrative/context';
import type { NarrativeSection } from '../narrative/narrativeTypes';
import type { Relation } from '../relations/relation';

/** One numbered section (一、… with its （一）… sub-sections) of a 情况说明, written from the context. */
export type NarrativeSectionFn = (ctx: NarrativeContext) => NarrativeSection[];

/** The unit a table's amounts are printed in. 1 万元 = 10000 元. */
export type AmountUnit = '万元' | '元';

/**
 * A table set as one region publishes it: which forms, numbered and labelled how (the forms carry
 * their printed number and label line), the unit a table is in when it does not say, the relations
 * between its tables, and which narrative it writes. Pure data: adding a region is adding one of
 * these and its form files (README “adding a region”).
 */
export interface Profile {
  /** Stable id used in `check --json` and the template metadata: 'shanxi-final-10'. */
  readonly id: string;
  readonly kind: Kind;
  /** Chinese, for the pane and reports: "山西 单位决算公开（公开01–10表）". */
  readonly name: string;
  /** The tables in published order (performance tables are added to every profile by the registry). */
  readonly forms: readonly FormDef[];
  /** Amount unit of a table whose unit line says nothing (the 说明参数 金额单位 overrides it). */
  readonly defaultAmountUnit: AmountUnit;
  /** Equalities between its tables, keyed by form id and row/column roles. */
  readonly relations: readonly Relation[];
  /**
   * Tables of other profiles whose titles say the same thing: recognition counts an exact title
   * of this profile's own forms higher, and a label line (公开01表) that only this profile prints
   * decides. Higher wins a tie; the Shanxi profiles, the add-in's original ones, have 1.
   */
  readonly tieBreak: number;
  /** The 情况说明's sections in published order, in the region's wording. */
  readonly narrative: readonly NarrativeSectionFn[];
  /** The 情况说明's title after the unit's name, with {year}: "{year}年度单位决算情况说明". */
  readonly narrativeTitle: string;
}
