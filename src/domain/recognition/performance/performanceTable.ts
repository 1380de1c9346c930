import type { ParsedAmount } from '../../money/amount';
import type { IndicatorHierarchy, PerformanceFormDef, SelfEvaluationMoneyColumn } from '../../forms/performance/performanceForm';
import type { IndicatorValue } from './indicatorValue';

/**
 * A performance table found in a workbook (项目支出绩效目标表, 申报表, 整体支出绩效目标表, 绩效自评表),
 * read by its labels. Positions are 0-based; `address` fields are A1 on `sheet`.
 */
export interface TextCell {
  readonly text: string;
  readonly row: number;
  readonly col: number;
  readonly address: string;
}

export interface AmountRef {
  readonly amount: ParsedAmount;
  /** The cell's text as written ("1,680,000", "90.000"). */
  readonly raw: string;
  readonly row: number;
  readonly col: number;
  readonly address: string;
}

/** One line of the 项目资金 block on one side: 年度资金总额 or a source (中央财政资金…). */
export interface FundingLine {
  /** 'total' or the part's key (central, provincial, local, self, other). */
  readonly key: string;
  /** The label as written, for messages. */
  readonly label: string;
  readonly labelAddress: string;
  /** null when the label stands without a figure beside it. */
  readonly amount: AmountRef | null;
}

export interface FundingSide {
  readonly total: FundingLine | null;
  readonly parts: readonly FundingLine[];
}

export type IndicatorScope = 'period' | 'annual';

/** One 三级指标 with its value (or an empty 二级 slot: level3 and value null). */
export interface Indicator {
  readonly scope: IndicatorScope;
  /** 一级 and 二级 as the hierarchy names them ("产出指标", "数量指标"), or as written when unknown. */
  readonly level1: string;
  readonly level2: string;
  readonly level3: string | null;
  readonly value: IndicatorValue | null;
  readonly row: number;
  /** The value's cell, else the 三级's, else the 二级's. */
  readonly address: string;
}

/** 自评表 indicator: 年初 / 调整后 / 实际完成值, 分值 and 得分. */
export interface SelfEvaluationIndicator extends Indicator {
  readonly initial: IndicatorValue | null;
  readonly adjusted: IndicatorValue | null;
  readonly actual: IndicatorValue | null;
  readonly weight: AmountRef | null;
  readonly score: AmountRef | null;
  readonly deviation: string | null;
}

/** One line of a 自评表's money block (资金总额, or a source), in 万元. */
export interface SelfEvaluationMoneyLine {
  readonly key: string;
  readonly label: string;
  readonly row: number;
  readonly labelAddress: string;
  readonly values: Partial<Readonly<Record<SelfEvaluationMoneyColumn, AmountRef>>>;
  readonly reason: string | null;
}

export interface SelfEvaluationPart {
  readonly money: readonly SelfEvaluationMoneyLine[];
  readonly indicators: readonly SelfEvaluationIndicator[];
  /** 总分 as printed (the last figure of the 总分 row) and the 分值 total when printed beside it. */
  readonly totalScore: AmountRef | null;
  readonly totalWeight: AmountRef | null;
  readonly grade: TextCell | null;
}

export interface PerformanceTable {
  /** The form its title names. */
  readonly form: PerformanceFormDef;
  /**
   * The form its body is laid out in: the same, except where a 自评表 was printed on the 绩效目标表
   * form (004's 出口补贴, 代缴经费 and 中央调整 tables).
   */
  readonly layout: 'target' | 'self-evaluation';
  readonly sheet: string;
  readonly title: string;
  readonly titleAddress: string;
  /** A1 range from the title to the last non-empty row of the table. */
  readonly range: string;
  readonly startRow: number;
  readonly endRow: number;
  /** 项目名称 as written (the unit's name on an 整体 table), or from the title of a 自评表 without it. */
  readonly project: string | null;
  readonly projectCell: TextCell | null;
  /** The "(2025年度)" line (or the title's own year suffix), and the year it names. */
  readonly yearCell: TextCell | null;
  readonly year: number | null;
  /** Identity rows by key (department, implementer, attribute, projectPeriod, category). */
  readonly identity: Readonly<Record<string, TextCell>>;
  readonly attribute: '一次性' | '延续性' | '经常性' | null;
  /** The unit the 项目资金 block states ("项目资金（元）"), else the form's. */
  readonly amountUnit: '元' | '万元';
  readonly funding: { readonly period: FundingSide | null; readonly annual: FundingSide | null };
  /** 项目概况, 立项依据… by key. */
  readonly texts: Readonly<Record<string, TextCell>>;
  /** 总体目标: 实施期 and 年度 (a 自评表's 年度目标 is `annual`). */
  readonly goals: { readonly period: TextCell | null; readonly annual: TextCell | null };
  readonly hierarchy: IndicatorHierarchy;
  /** How many 指标值 triples stand side by side (2: 实施期 and 年度). */
  readonly scopes: readonly IndicatorScope[];
  readonly indicators: readonly Indicator[];
  /** 负责人, 经办人, 联系电话, 填报日期 by key. */
  readonly footer: Readonly<Record<string, TextCell>>;
  readonly selfEvaluation: SelfEvaluationPart | null;
  /** 执行率 / 得分 lines found on a target-form table (a 自评 printed on the wrong form). */
  readonly executionLines: readonly TextCell[];
}
