/**
 * The performance tables that close a disclosure — 项目支出绩效目标表 (and its 申报表 wording), the
 * unit-level 整体支出绩效目标表 and the 决算's 项目支出绩效自评表 — as data. They are label/value
 * forms, not grids of amounts: a row is found by its label (项目名称, 年度资金总额, 总体目标…), its
 * value stands in the next cell, and the indicators hang under 一级 → 二级 → 三级. The template
 * writer lays a table out from this, the reader finds its rows by these labels, the checks name
 * them in messages.
 */

/** Stable ids, as `check --json` reports them in `tables[].form` (../shared/docs/cli.md). */
export type PerformanceFormId =
  | 'performance/target'
  | 'performance/application'
  | 'performance/overall'
  | 'performance/self-evaluation';

/** A labelled line of the form: how it is printed, and the ways people write it. */
export interface LabelDef {
  readonly key: string;
  /** The label as printed on the form. */
  readonly label: string;
  /**
   * What a cell must read (spaces, colons and a leading 其中 removed, full-width folded) to be this
   * label. Patterns rather than a list: the seeds wrap and truncate labels ("市县(区)财政资",
   * "单位自") and regions word them differently (中央财政拨款, 中央预算内资金).
   */
  readonly patterns: readonly RegExp[];
}

/** One 二级指标 of a hierarchy, under its 一级. */
export interface SecondLevelDef {
  readonly name: string;
  readonly patterns: readonly RegExp[];
  /** An indicator here is a money amount (成本指标): compared with the table's funds. */
  readonly money?: boolean;
  /** Counts people or things (数量指标): compared with the head-counts the text states. */
  readonly quantity?: boolean;
}

export interface FirstLevelDef {
  readonly name: string;
  readonly patterns: readonly RegExp[];
  readonly children: readonly SecondLevelDef[];
  /** Every 二级 of it needs at least one indicator with a value (产出指标). */
  readonly everyChildRequired?: boolean;
  /** At least one indicator with a value somewhere under it (满意度指标). */
  readonly required?: boolean;
}

/** 一级 → 二级: Shanxi's (成本 under 产出) and the one where 成本指标 is a 一级 of its own. */
export interface IndicatorHierarchy {
  readonly id: 'shanxi' | 'cost-first';
  readonly name: string;
  readonly levels: readonly FirstLevelDef[];
}

/** The 项目资金 block: a total and its sources, for 实施期 (left) and 年度 (right). */
export interface FundingDef {
  /** The block's label cell, with the unit in brackets: "项目资金（元）". */
  readonly label: LabelDef;
  /** 实施期资金总额; absent on forms that state the year only. */
  readonly periodTotal?: LabelDef;
  readonly annualTotal: LabelDef;
  /** 中央 / 省级 / 市县（区） / 单位自筹 / 其他: they add up to the total on each side. */
  readonly parts: readonly LabelDef[];
}

/** The money block of a 自评表 (万元): one line for 资金总额 and one per source, these columns in order. */
export interface SelfEvaluationMoneyDef {
  readonly label: LabelDef;
  readonly total: LabelDef;
  readonly parts: readonly LabelDef[];
  /** Column keys left to right: 目标申报数, 预算编制数, 全年预算数, 全年执行数, 结余, 执行率, 得分. */
  readonly columns: readonly { readonly key: SelfEvaluationMoneyColumn; readonly header: readonly string[] }[];
  /** The points 预算执行率 carries (财预〔2020〕10号: 10 of 100). */
  readonly executionWeight: number;
}

export type SelfEvaluationMoneyColumn = 'declared' | 'budgeted' | 'annualBudget' | 'executed' | 'balance' | 'rate' | 'score';

/** A 自评 grade and the lowest 总分 it takes (90 优, 80 良, 60 中, below 差). */
export interface GradeDef {
  readonly grade: string;
  readonly min: number;
}

export interface PerformanceFormDef {
  readonly id: PerformanceFormId;
  /** The short name in messages: "项目支出绩效目标表". */
  readonly name: string;
  /** The title as the template writes it ({region}: the 主管部门's level, e.g. "汾阳市县(区)级"). */
  readonly title: string;
  /**
   * A title is this form when it contains every word of one `all` set and none of `none`
   * (spaces and brackets removed). Most specific forms are tried first by the registry.
   */
  readonly keywords: { readonly all: readonly (readonly string[])[]; readonly none?: readonly string[] };
  /** A project (one table per 表12 line) or the whole unit. */
  readonly subject: 'project' | 'unit';
  /** Targets (budget) or results against them (决算). */
  readonly purpose: 'target' | 'self-evaluation';
  /** The disclosure the form is attached to. */
  readonly kind: 'budget' | 'final';
  /** The unit amounts are printed in when the block's label does not say. */
  readonly amountUnit: '元' | '万元';
  /** The line under the title: "(2025年度)". */
  readonly yearLine: string;
  /** 项目名称 (or 单位名称), 主管部门及代码, 实施单位, 项目属性, 项目期… */
  readonly identity: readonly LabelDef[];
  /** Target forms: the 项目资金 block. */
  readonly funding?: FundingDef;
  /** 自评表: the money block in 万元. */
  readonly selfEvaluationMoney?: SelfEvaluationMoneyDef;
  /** 项目概况, 立项依据, 项目设立必要性, 保证项目实施的制度、措施, 项目实施计划. */
  readonly texts: readonly LabelDef[];
  /** The 总体目标 row, and the column heads above it (实施期目标 / 年度目标, or 年度目标 / 实际完成情况). */
  readonly goals: { readonly label: LabelDef; readonly heads: readonly string[] };
  /** Header cells of the indicator grid, left to right (the 绩效指标 label cell not counted). */
  readonly indicatorHeader: readonly string[];
  /** 指标值 triples side by side: 实施期 and 年度 on project target forms, 年度 alone on others. */
  readonly indicatorScopes: readonly ('period' | 'annual')[];
  readonly hierarchies: readonly IndicatorHierarchy[];
  /** 负责人, 经办人, 联系电话, 填报日期. */
  readonly footer: readonly LabelDef[];
  /** 自评表: 总分 and grade. */
  readonly grades?: readonly GradeDef[];
  /** Optional: other lines printed under the table (自评表 备注). */
  readonly notes?: readonly string[];
}

/** A cell's text as labels are compared: full-width folded, no spaces or colons, no leading 其中. */
export function labelKey(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000:：;；,，]/g, '')
    .replace(/^其中/, '')
    .replace(/[【[〔]/g, '(')
    .replace(/[】\]〕]/g, ')');
}

export function matchesLabel(def: LabelDef, text: string): boolean {
  const k = labelKey(text);
  return k !== '' && def.patterns.some((p) => p.test(k));
}
