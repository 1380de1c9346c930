import Decimal from 'decimal.js';
import { FUNDING_PARTS, PROJECT_CATEGORY } from '../forms/performance/commonLabels';
import { SHANXI_HIERARCHY } from '../forms/performance/indicatorHierarchies';
import type { IndicatorHierarchy, PerformanceFormDef } from '../forms/performance/performanceForm';
import { performanceTarget } from '../forms/performance/targetTable';
import { projectLines, projectTargetTables } from '../recognition/performance/projectLines';
import { matchProjects } from '../recognition/performance/projectMatch';
import type { RecognitionResult } from '../recognition/recognizedTable';
import { address, rangeAddress } from '../workbook/a1';
import type { CellStyle, LayoutCell, SheetLayout } from './sheetLayout';
import { uniqueSheetName } from './uniqueSheetName';

/**
 * 项目支出绩效目标表 templates, one per 表12 project line that has none yet, laid out as the seeds print
 * the form (eight columns A–H): 项目名称, 实施单位 and the year filled in, 年度资金总额 in 元 from 表12
 * (a conditional format turns it red when the sources filled in below do not add up to it), 实施期资金总额
 * as the SUM of its sources, 项目类别 to choose (for 情况说明 十), the text rows, and the indicator
 * skeleton with empty rows under each 二级指标.
 */
export interface PerformanceProject {
  readonly name: string;
  /** 表12's 合计 in 万元. */
  readonly amountWan: Decimal;
}

export interface PerformanceTemplateRequest {
  readonly year: number;
  /** 实施单位: the unit whose 表12 it is. */
  readonly unit: string;
  readonly projects: readonly PerformanceProject[];
  /** Sheet names already in the workbook: a clash gets a new name, never an overwrite. */
  readonly existingSheets?: readonly string[];
  readonly hierarchy?: IndicatorHierarchy;
}

export const ATTRIBUTE_CHOICES: readonly string[] = ['一次性项目（1年结束）', '延续性项目（阶段开展）', '经常性项目（长期开展）'];
export const CATEGORY_CHOICES: readonly string[] = ['其他运转类', '特定目标类'];

/** Empty indicator rows under each 二级 (数量 gets the most: most projects count several things). */
const ROWS_PER_SECOND: Readonly<Record<string, number>> = { 数量指标: 3, 质量指标: 2, 时效指标: 2, 成本指标: 2 };
const COLS = 8;

export function performanceSheetName(project: string): string {
  return `绩效-${project}`;
}

/** The projects of a recognised workbook that still need a table: 表12 lines no target table (or near miss) stands for. */
export function projectsWithoutTable(recognition: RecognitionResult): { projects: PerformanceProject[]; covered: string[] } | undefined {
  const lines = projectLines(recognition);
  if (!lines) return undefined;
  const m = matchProjects(lines, projectTargetTables(recognition));
  return {
    projects: m.linesWithoutTable.map((l) => ({ name: l.name, amountWan: l.amount })),
    covered: m.pairs.map((p) => p.line.name),
  };
}

export function performanceTemplateLayouts(req: PerformanceTemplateRequest): { layouts: SheetLayout[]; notices: string[] } {
  const taken = [...(req.existingSheets ?? [])];
  const notices: string[] = [];
  const layouts = req.projects.map((p) => {
    const name = uniqueSheetName(performanceSheetName(p.name), taken);
    taken.push(name);
    if (name !== performanceSheetName(p.name)) notices.push(`项目“${p.name}”的绩效目标表放在工作表“${name}”`);
    return targetTableLayout(performanceTarget, p, req, name);
  });
  return { layouts, notices };
}

function targetTableLayout(form: PerformanceFormDef, project: PerformanceProject, req: PerformanceTemplateRequest, name: string): SheetLayout {
  const cells: LayoutCell[] = [];
  const merges: string[] = [];
  const choices: Record<string, readonly string[]> = {};
  const put = (row: number, col: number, value: string | number | null, style: CellStyle, formula?: string) =>
    cells.push({ row, col, value, style, ...(formula ? { formula } : {}) });
  /** A value spanning columns c1..c2 of a row, every cell bordered like the first. */
  const span = (row: number, c1: number, c2: number, value: string | number | null, style: CellStyle) => {
    for (let c = c1; c <= c2; c++) put(row, c, c === c1 ? value : null, style);
    if (c2 > c1) merges.push(rangeAddress(row, c1, row, c2));
  };
  const label = (key: string) => [...form.identity, ...form.texts, ...form.footer, form.goals.label].find((d) => d.key === key)?.label ?? key;

  span(0, 0, COLS - 1, form.title.replace('{region}', ''), 'title');
  span(1, 0, COLS - 1, form.yearLine.replace('{year}', String(req.year)), 'unitLine');
  // Identity.
  put(2, 0, label('project'), 'header');
  span(2, 1, COLS - 1, project.name, 'text');
  put(3, 0, label('department'), 'header');
  span(3, 1, 3, null, 'text');
  put(3, 4, label('implementer'), 'header');
  span(3, 5, 7, req.unit, 'text');
  put(4, 0, label('attribute'), 'header');
  span(4, 1, 2, null, 'text');
  choices[address(4, 1)] = ATTRIBUTE_CHOICES;
  put(4, 3, label('projectPeriod'), 'header');
  put(4, 4, null, 'text');
  put(4, 5, PROJECT_CATEGORY.label, 'header');
  span(4, 6, 7, null, 'text');
  choices[address(4, 6)] = CATEGORY_CHOICES;
  // 项目资金（元）: totals on row 5, one source per row below, 实施期 in D, 年度 in H.
  const funding = form.funding!;
  const first = 5;
  const last = first + FUNDING_PARTS.length;
  for (let r = first; r <= last; r++) put(r, 0, r === first ? funding.label.label : null, 'header');
  merges.push(rangeAddress(first, 0, last, 0));
  const sumOf = (col: number) => `=SUM(${address(first + 1, col)}:${address(last, col)})`;
  span(first, 1, 2, `${funding.periodTotal!.label}：`, 'name');
  put(first, 3, 0, 'total', sumOf(3));
  span(first, 4, 6, `${funding.annualTotal.label}：`, 'name');
  put(first, 7, Number(project.amountWan.times(10000).toString()), 'total');
  FUNDING_PARTS.forEach((part, i) => {
    const row = first + 1 + i;
    const words = i === 0 ? `其中：${part.label}` : part.label;
    span(row, 1, 2, words, 'name');
    put(row, 3, null, 'amount');
    span(row, 4, 6, words, 'name');
    put(row, 7, null, 'amount');
  });
  const annual = address(first, 7);
  const parts = `${address(first + 1, 7)}:${address(last, 7)}`;
  const sumRules = [{ range: annual, formula: `=AND(COUNT(${parts})>0,ABS(${annual}-SUM(${parts}))>0.005)` }];
  // Text rows.
  let row = last + 1;
  for (const t of form.texts) {
    span(row, 0, 1, t.label, 'header');
    span(row, 2, COLS - 1, null, 'text');
    row++;
  }
  // 总体目标 under its two heads.
  span(row, 0, 1, null, 'header');
  span(row, 2, 4, form.goals.heads[0], 'header');
  span(row, 5, 7, form.goals.heads[1], 'header');
  row++;
  span(row, 0, 1, label('goal'), 'header');
  span(row, 2, 4, null, 'text');
  span(row, 5, 7, null, 'text');
  row++;
  // The indicator grid: header, then the skeleton with empty rows to fill.
  const gridTop = row;
  put(row, 0, '绩效指标', 'header');
  form.indicatorHeader.forEach((h, i) => put(row, 1 + i, h, 'header'));
  row++;
  const hierarchy = req.hierarchy ?? SHANXI_HIERARCHY;
  for (const level of hierarchy.levels) {
    const top = row;
    for (const second of level.children) {
      const n = ROWS_PER_SECOND[second.name] ?? 1;
      for (let k = 0; k < n; k++) {
        put(row + k, 0, null, 'header');
        put(row + k, 1, row + k === top ? level.name : null, 'header');
        put(row + k, 2, k === 0 ? second.name : null, 'name');
        put(row + k, 3, null, 'text');
        put(row + k, 4, null, 'text');
        put(row + k, 5, k === 0 ? second.name : null, 'name');
        put(row + k, 6, null, 'text');
        put(row + k, 7, null, 'text');
      }
      if (n > 1) merges.push(rangeAddress(row, 2, row + n - 1, 2), rangeAddress(row, 5, row + n - 1, 5));
      row += n;
    }
    merges.push(rangeAddress(top, 1, row - 1, 1));
  }
  merges.push(rangeAddress(gridTop, 0, row - 1, 0));
  // Footer.
  form.footer.forEach((f, i) => {
    put(row, i * 2, `${f.label}：`, 'label');
    put(row, i * 2 + 1, null, 'label');
  });
  return {
    name,
    cells,
    merges,
    columnWidths: [14, 12, 16, 20, 14, 12, 20, 14],
    rowHeights: Object.fromEntries(form.texts.map((_, i) => [last + 1 + i, 36])),
    freezeRows: 0,
    print: { landscape: false, fitToWidth: true, paper: 'A4' },
    tables: [{ formId: form.id, range: rangeAddress(0, 0, row, COLS - 1), titleAddress: 'A1', headerRows: [gridTop] }],
    sumRules,
    choices,
  };
}
