import { labelKey, matchesLabel, type LabelDef, type PerformanceFormDef, type SelfEvaluationMoneyColumn } from '../../forms/performance/performanceForm';
import { performanceSelfEvaluation } from '../../forms/performance/selfEvaluationTable';
import { performanceTarget } from '../../forms/performance/targetTable';
import { rangeAddress } from '../../workbook/a1';
import type { SheetSnapshot } from '../../workbook/snapshot';
import { labelOf, splitLabel } from './labelValue';
import type {
  AmountRef,
  FundingLine,
  FundingSide,
  IndicatorScope,
  PerformanceTable,
  SelfEvaluationMoneyLine,
  TextCell,
} from './performanceTable';
import { amountRef, fundingPairs } from './readFunding';
import { chooseHierarchy, SelfEvaluationIndicatorReader, TargetIndicatorReader } from './readIndicators';
import { rowCells, textCell, type RowCell } from './rowCells';

/** Where a performance table starts: its title cell, and the first row after it that is not its own. */
export interface PerformanceHit {
  readonly titleRow: number;
  readonly titleCol: number;
  readonly title: string;
  readonly endRow: number;
}

const ANALYSIS = /^(项目绩效分析|自评结果分析|主要经验做法|项目管理中存在|下一步改进|产出情况|效益情况|满意度情况|项目实施(和|的)预算执行)/;
const NOTE = /^备注/;
const GRADES = /^(优|良|中|差)$/;

/**
 * Reads one performance table by its labels, whatever columns a paste put them in: identity rows, the
 * 项目资金 block (target forms, 元) or the money block (自评表, 万元), the text rows and 总体目标, the
 * indicator grid, 总分 and the footer. Never throws on a cell: what cannot be read stays as text for
 * the checks to report.
 */
export function readPerformanceTable(sheet: SheetSnapshot, titled: PerformanceFormDef, hit: PerformanceHit): PerformanceTable {
  const rows: RowCell[][] = [];
  for (let r = hit.titleRow + 1; r < hit.endRow; r++) rows.push(rowCells(sheet, r));

  const identity: Record<string, TextCell> = {};
  const texts: Record<string, TextCell> = {};
  const footer: Record<string, TextCell> = {};
  const executionLines: TextCell[] = [];
  let yearCell: TextCell | null = yearSuffix(hit);
  const period: { total: FundingLine | null; parts: FundingLine[] } = { total: null, parts: [] };
  const annual: { total: FundingLine | null; parts: FundingLine[] } = { total: null, parts: [] };
  let sawFunding = false;
  let annualColumn: number | null = null;
  const goals: { period: TextCell | null; annual: TextCell | null } = { period: null, annual: null };
  let goalsPending = false;
  const money: SelfEvaluationMoneyLine[] = [];
  let totalScore: AmountRef | null = null;
  let totalWeight: AmountRef | null = null;
  let grade: TextCell | null = null;
  let lastRow = hit.titleRow;

  // The indicator grid: its header row (or the first row that opens with 绩效指标 and a 一级 name).
  const gridStart = rows.findIndex((cells) => cells.some((c) => /^一级指标$/.test(labelKey(c.text))) || opensGridWithoutHeader(cells));
  const headerCells = gridStart >= 0 ? rows[gridStart] : [];
  const isSelfGrid = headerCells.some((c) => /^(实际完成值|年初指标值|分值)$/.test(labelKey(c.text)));
  const valueHeads = headerCells.filter((c) => /^指标值$/.test(labelKey(c.text))).length;
  const scopes: IndicatorScope[] = valueHeads >= 2 ? ['period', 'annual'] : ['annual'];
  const gridTexts = gridStart >= 0 ? rows.slice(gridStart).flatMap((cells) => cells.map((c) => c.text)) : [];
  const layout: PerformanceTable['layout'] = isSelfGrid ? 'self-evaluation' : 'target';
  // The body is read with the form it is laid out in: a 自评表 printed on the 绩效目标表 form has 项目资金（元）.
  const form = (layout === 'self-evaluation') === (titled.purpose === 'self-evaluation') ? titled : layout === 'target' ? performanceTarget : performanceSelfEvaluation;
  const hierarchy = chooseHierarchy(form, gridTexts);
  const targetReader = new TargetIndicatorReader(hierarchy, scopes);
  const selfReader = new SelfEvaluationIndicatorReader(hierarchy);

  let amountUnit: '元' | '万元' = form.amountUnit;
  let inGrid = false;
  let inMoney = false;
  let seen = 0;
  rows.forEach((cells, i) => {
    if (cells.length === 0) return;
    seen++;
    lastRow = cells[0].row;
    const first = cells[0];
    if (i === gridStart) {
      inGrid = true;
      inMoney = false;
      if (!opensGridWithoutHeader(cells)) return;
    }
    if (isFooter(form, cells)) {
      readFooter(form, cells, footer);
      inGrid = false;
      return;
    }
    if (inGrid) {
      const k = labelKey(first.text);
      if (/^总分$/.test(k)) {
        const figures = cells.slice(1).filter((c) => /^\d+(\.\d+)?$/.test(c.text.trim()));
        if (figures.length > 0) totalScore = amountRef(figures[figures.length - 1]);
        if (figures.length > 1) totalWeight = amountRef(figures[0]);
        const g = cells.find((c) => GRADES.test(c.text.trim()));
        if (g) grade = textCell(g);
        return;
      }
      if (ANALYSIS.test(k) || NOTE.test(k)) {
        inGrid = false;
        return;
      }
      if (layout === 'self-evaluation') selfReader.read(cells);
      else targetReader.read(cells);
      return;
    }
    if (yearCell === null && seen <= 2 && cells.length === 1 && /年度/.test(first.text) && first.text.length <= 16) {
      yearCell = textCell(first);
      return;
    }
    // 自评表 money block (万元): 资金总额 and one line per source.
    const moneyDef = form.selfEvaluationMoney;
    if (moneyDef && cells.some((c) => matchesLabel(moneyDef.label, c.text))) inMoney = true;
    if (moneyDef && inMoney) {
      const line = moneyLine(cells, [moneyDef.total, ...moneyDef.parts]);
      if (line) {
        money.push(line);
        return;
      }
    }
    // Identity rows: 项目名称, 主管部门及代码, 实施单位, 项目属性, 项目期, 项目类别.
    let used = false;
    cells.forEach((c, j) => {
      const found = labelOf(form.identity, c);
      if (!found || identity[found.def.key]) return;
      const value = found.value !== null ? { ...textCell(c), text: found.value } : nextValue(cells, j, form);
      if (value) identity[found.def.key] = value;
      used = true;
    });
    if (used) return;
    // 项目资金 block (target forms).
    const funding = form.funding;
    if (funding && (cells.some((c) => matchesLabel(funding.label, c.text)) || sawFunding)) {
      const unit = cells.map((c) => /\((万?元)\)/.exec(labelKey(c.text))).find((m) => m);
      if (unit && matchesLabel(funding.label, unit.input)) amountUnit = unit[1] as '元' | '万元';
      const pairs = fundingPairs(cells, funding);
      if (pairs.length > 0) {
        sawFunding = true;
        const annualPair = pairs.find((p) => p.def === funding.annualTotal);
        if (annualPair) annualColumn = cells.find((c) => c.address === annualPair.line.labelAddress)?.col ?? annualColumn;
        pairs.forEach((p, j) => {
          const side = !funding.periodTotal
            ? annual
            : pairs.length >= 2
              ? j === 0
                ? period
                : annual
              : p.def === funding.annualTotal || (annualColumn !== null && columnOf(cells, p.line.labelAddress) >= annualColumn)
                ? annual
                : period;
          if (p.line.key === 'total') side.total = side.total ?? p.line;
          else if (!side.parts.some((x) => x.key === p.line.key)) side.parts.push(p.line);
        });
        return;
      }
      if (cells.some((c) => matchesLabel(funding.label, c.text))) return;
    }
    // Text rows: 项目概况, 立项依据…
    const text = labelOf(form.texts, first);
    if (text) {
      sawFunding = false;
      const value = nextValue(cells, 0, form);
      if (value) texts[text.def.key] = value;
      return;
    }
    // 总体目标 and the heads above it (实施期目标 / 年度目标).
    const goalLabel = cells.findIndex((c) => matchesLabel(form.goals.label, c.text));
    const heads = cells.filter((c) => form.goals.heads.some((h) => labelKey(c.text) === h));
    if (goalLabel >= 0 || heads.length > 0 || goalsPending) {
      sawFunding = false;
      const values = cells.filter((c, j) => j !== goalLabel && !heads.includes(c));
      if (values.length === 0) {
        goalsPending = true;
        return;
      }
      goalsPending = false;
      goals.period = form.indicatorScopes.length === 2 ? textCell(values[0]) : null;
      goals.annual = form.indicatorScopes.length === 2 ? (values[1] ? textCell(values[1]) : null) : textCell(values[0]);
      return;
    }
    // 执行率 / 得分 printed on a target form (004's 自评 on the 绩效目标表 form); a score may stand on the next row.
    const afterScoreLabel = executionLines.length > 0 && /^得分$/.test(labelKey(executionLines[executionLines.length - 1].text));
    if (/^执行率$/.test(labelKey(first.text)) || (afterScoreLabel && cells.every((c) => /^\d+(\.\d+)?分$/.test(labelKey(c.text))))) {
      executionLines.push(...cells.map(textCell));
      return;
    }
  });

  const indicators = layout === 'self-evaluation' ? selfReader.indicators : targetReader.indicators;
  const projectCell = identity.project ?? identity.unit ?? null;
  const project = projectCell ? projectCell.text : projectFromTitle(titled, hit.title);
  const yearMatch = yearCell ? /((?:19|20)\d{2})\s*年/.exec(yearCell.text) : null;
  const lastCol = Math.max(hit.titleCol, ...rows.flat().map((c) => c.col));
  const side = (s: { total: FundingLine | null; parts: FundingLine[] }): FundingSide | null => (s.total || s.parts.length > 0 ? { total: s.total, parts: s.parts } : null);
  return {
    form: titled,
    layout,
    sheet: sheet.name,
    title: hit.title,
    titleAddress: rangeAddress(hit.titleRow, hit.titleCol, hit.titleRow, hit.titleCol),
    range: rangeAddress(hit.titleRow, 0, lastRow, lastCol),
    startRow: hit.titleRow,
    endRow: lastRow,
    project,
    projectCell,
    yearCell,
    year: yearMatch ? Number(yearMatch[1]) : null,
    identity,
    attribute: attributeOf(identity.attribute?.text),
    amountUnit,
    funding: { period: side(period), annual: side(annual) },
    texts,
    goals,
    hierarchy,
    scopes: layout === 'self-evaluation' ? ['annual'] : scopes,
    indicators,
    footer,
    selfEvaluation: layout === 'self-evaluation' ? { money, indicators: selfReader.indicators, totalScore, totalWeight, grade } : null,
    executionLines,
  };
}

/** "2024年遗属补助项目支出绩效自评表 (2024年度)": the year line printed in the title's own cell. */
function yearSuffix(hit: PerformanceHit): TextCell | null {
  const m = /[(（]\s*((?:19|20)\d{2})\s*年度\s*[)）]\s*$/.exec(hit.title);
  return m ? { text: m[0].trim(), row: hit.titleRow, col: hit.titleCol, address: rangeAddress(hit.titleRow, hit.titleCol, hit.titleRow, hit.titleCol) } : null;
}

/** 001's scanned table has no header row: its grid opens with "绩效指标 | 产出指标 | 数量指标 …". */
function opensGridWithoutHeader(cells: readonly RowCell[]): boolean {
  return cells.length >= 3 && /^绩效指标$/.test(labelKey(cells[0].text)) && /^(产出|效益|满意度|成本)(指标)?$/.test(labelKey(cells[1].text));
}

function isFooter(form: PerformanceFormDef, cells: readonly RowCell[]): boolean {
  return form.footer.length > 0 && cells.some((c) => labelOf(form.footer, c) !== undefined);
}

function readFooter(form: PerformanceFormDef, cells: readonly RowCell[], footer: Record<string, TextCell>): void {
  cells.forEach((c, j) => {
    const found = labelOf(form.footer, c);
    if (!found) return;
    if (found.value !== null) footer[found.def.key] = { ...textCell(c), text: found.value };
    else {
      const next = cells[j + 1];
      if (next && !labelOf(form.footer, next)) footer[found.def.key] = textCell(next);
    }
  });
}

/** The value beside a label: the next cell that is not itself a label of the form. */
function nextValue(cells: readonly RowCell[], at: number, form: PerformanceFormDef): TextCell | null {
  const next = cells[at + 1];
  if (!next) return null;
  const labels: LabelDef[] = [...form.identity, ...form.texts, ...form.footer];
  if (labels.some((d) => matchesLabel(d, next.text))) return null;
  return textCell(next);
}

function columnOf(cells: readonly RowCell[], address: string): number {
  return cells.find((c) => c.address === address)?.col ?? 0;
}

/** A 自评表 money line: its label, then figures read from the right (得分, 执行率, 结余, 执行数, 全年预算数), the first two being 年初. */
function moneyLine(cells: readonly RowCell[], defs: readonly LabelDef[]): SelfEvaluationMoneyLine | null {
  const at = cells.findIndex((c) => labelOf(defs, c) !== undefined);
  if (at < 0) return null;
  const found = labelOf(defs, cells[at])!;
  const rest = cells.slice(at + 1);
  const figures = rest.filter((c) => /^[\d,.]+%?$/.test(c.text.trim()));
  const reasonCells = rest.filter((c) => !figures.includes(c));
  const values: Partial<Record<SelfEvaluationMoneyColumn, AmountRef>> = {};
  const fromRight: SelfEvaluationMoneyColumn[] = ['score', 'rate', 'balance', 'executed', 'annualBudget'];
  fromRight.forEach((key, k) => {
    const c = figures[figures.length - 1 - k];
    if (c && figures.length - 1 - k >= 0) values[key] = amountRef(c);
  });
  const leading = figures.slice(0, Math.max(0, figures.length - fromRight.length));
  if (leading[0]) values.declared = amountRef(leading[0]);
  if (leading[1]) values.budgeted = amountRef(leading[1]);
  const key = found.def.key === 'total' ? 'total' : found.def.key;
  return {
    key,
    label: splitLabel(cells[at].text).label,
    row: cells[at].row,
    labelAddress: cells[at].address,
    values,
    reason: reasonCells.map((c) => c.text).join('；') || null,
  };
}

function attributeOf(text: string | undefined): PerformanceTable['attribute'] {
  if (!text) return null;
  if (/一次性/.test(text)) return '一次性';
  if (/延续性/.test(text)) return '延续性';
  if (/经常性/.test(text)) return '经常性';
  return null;
}

/** "2023年城乡居民养老代办员补助项目支出绩效自评表" → "2023年城乡居民养老代办员补助". */
function projectFromTitle(form: PerformanceFormDef, title: string): string | null {
  if (form.subject !== 'project') return null;
  const t = title.replace(/\s*[(（]\s*\d{4}\s*年度\s*[)）]\s*$/, '').trim();
  const m = /^(.+?)(项目支出)?(绩效)?自评表$/.exec(t);
  return m ? m[1] : null;
}
