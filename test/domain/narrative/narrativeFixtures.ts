import Decimal from 'decimal.js';
import type { Kind } from '../../../src/domain/forms/formTypes';
import { buildNarrative } from '../../../src/domain/narrative/buildNarrative';
import { paragraphText, type Narrative, type NarrativeSection } from '../../../src/domain/narrative/narrativeTypes';
import { CLASS_COLUMNS, FINAL_CLASS_ROWS, parameterInputs } from '../../../src/domain/parameters/parameterInputs';
import { parameterSheetLayout, readParameters } from '../../../src/domain/parameters/parameterSheet';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { CellValue, SheetSnapshot, UnitType, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedText, seedWorkbook, type SeedId } from '../../support/seedWorkbook';

/**
 * A seed workbook (its performance tables included) with a 说明参数 sheet laid out by the template (parameterSheetLayout) and the given
 * inputs typed into its 填写内容 column, found by label as a user would. Per-类 inputs of 决算
 * ("budget.initial.208") go into the class table's row and column.
 */
export function withParameters(
  id: SeedId,
  kind: Kind,
  inputs: Record<string, string>,
  unitType?: UnitType,
  options: { readonly performance?: boolean } = {},
): WorkbookSnapshot {
  // The seed's tables with the performance tables it attaches (unless asked without): 十 is written from them.
  const wb = seedWorkbook(id, { performance: options.performance ?? true });
  const rec = recognize(wb);
  const layout = parameterSheetLayout({ kind, year: rec.year ?? 2025, unit: rec.unit ?? '', unitType });
  const grid: CellValue[][] = [];
  for (const c of layout.cells) {
    while (grid.length <= c.row) grid.push([]);
    grid[c.row][c.col] = c.value;
  }
  const rowOfLabel = (label: string) => grid.findIndex((r) => r[0] === label);
  for (const [key, value] of Object.entries(inputs)) {
    const input = parameterInputs(kind).find((i) => i.id === key);
    if (input) {
      const r = rowOfLabel(input.label);
      if (r < 0) throw new Error(`no row for ${key}`);
      grid[r][1] = value;
      continue;
    }
    const m = /^(.+)\.(\d{3})$/.exec(key);
    const col = m ? CLASS_COLUMNS.findIndex((c) => c.prefix === m[1]) : -1;
    const cls = m ? FINAL_CLASS_ROWS.find(([code]) => code === m[2]) : undefined;
    if (!m || col < 0 || !cls) throw new Error(`unknown input ${key}`);
    grid[rowOfLabel(cls[1])][col + 1] = value;
  }
  const sheet: SheetSnapshot = { name: layout.name, values: grid.map((r) => Array.from(r, (v) => v ?? null)) };
  return { sheets: [...wb.sheets, sheet] };
}

export function narrativeOf(wb: WorkbookSnapshot, prior?: WorkbookSnapshot): Narrative {
  return buildNarrative(wb, recognize(wb), readParameters(wb), prior ? { prior: { wb: prior, recognition: recognize(prior) } } : undefined);
}

/** The generated text under a heading that starts with `prefix` (sub-sections are their own entries). */
export function sectionText(n: Narrative, prefix: string): string {
  const s = n.sections.find((x) => x.heading.startsWith(prefix));
  if (!s) throw new Error(`no section ${prefix}: ${n.sections.map((x) => x.heading).join(' | ')}`);
  return textOf(s);
}

export function textOf(s: NarrativeSection): string {
  return s.paragraphs.map(paragraphText).join('\n');
}

/** The published text of 第三部分 between the line holding `start` and the next line holding `end`. */
export function publishedSection(id: SeedId, start: string, end: string): string {
  const lines = seedText(id).split(/\r?\n/);
  const part3 = lines.findIndex((l) => /^(#+\s*)?第三部分/.test(l.trim()) && !l.includes('.....') && !l.includes('\t'));
  const from = lines.findIndex((l, i) => i > part3 && l.includes(start));
  const to = lines.findIndex((l, i) => i > from && l.includes(end));
  if (part3 < 0 || from < 0 || to < 0) throw new Error(`section ${start} not found in ${id}`);
  return lines.slice(from + 1, to).join('\n');
}

/** Every figure a text states, as decimals: amounts and percentages, not years (2025年) or list numbers (1、). */
export function figuresIn(text: string): Decimal[] {
  const out: Decimal[] = [];
  const re = /\d[\d,]*(?:\.\d+)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const next = text.slice(m.index + m[0].length).trimStart().charAt(0);
    if (next === '年' || next === '、') continue;
    out.push(new Decimal(m[0].replace(/,/g, '')));
  }
  return out;
}

export function containsFigure(text: string, d: Decimal): boolean {
  return figuresIn(text).some((x) => x.equals(d));
}

/** The 2024 figures and facts seed 000's published 情况说明 states (2,911.06 + 38,759.86 = 41,670.92 for 2024). */
export const REASON_000 = '2025年年初预算不包括财政对城乡居民养老保险、机关养老保险、企业职工养老保险的各项补贴';
export const INPUTS_000: Record<string, string> = {
  'prior.income-total': '41670.92',
  'prior.expense-total': '41,670.92',
  'reason.change': REASON_000,
  'prior.gpb-total': '41670.92',
  'procurement.total': '2.07',
  'procurement.goods': '2.07',
  'procurement.works': '0',
  'procurement.services': '0',
  'performance.overall-amount': '2460.1',
  'performance.projects': '12',
  'performance.amount': '2460.10',
  'performance.operating-projects': '11',
  'performance.operating-amount': '1360.37',
  'performance.specific-projects': '1',
  'performance.specific-amount': '1099.73',
  ...zeroAssets(),
  'purchase.catalog': '无',
};

/** 十一 of a unit with nothing to report, as 000 and 002 publish it: every asset input typed as 0. */
export function zeroAssets(): Record<string, string> {
  const ids = ['assets.vehicle-quota', 'assets.vehicles', 'assets.office-area', 'assets.equipment-over-500k', 'assets.equipment-over-1m'];
  const kinds = ['leader', 'confidential', 'emergency', 'law-enforcement', 'special', 'institution', 'other'].map((k) => `assets.vehicles.${k}`);
  return Object.fromEntries([...ids, ...kinds].map((id) => [id, '0']));
}

const FIGURE = /\d[\d,]*(?:\.\d+)?/g;

/**
 * Text as compared with a publication: no whitespace, and the half-width punctuation the seeds mix in
 * (",", ":", ";", "()") written full-width; a comma between digits is a thousands separator and stays.
 */
export function normalizeWording(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/,(?!\d)|(?<!\d),/g, '，')
    .replace(/:/g, '：')
    .replace(/;/g, '；')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/**
 * Whether `generated` contains the published passage: wording equal after normalizeWording, figures
 * equal as decimals (the seeds print 283.4 and 0.00 where the generator prints 283.40 and 0).
 */
export function containsPublished(generated: string, published: string): boolean {
  const pub = normalizeWording(published);
  const figures = (pub.match(FIGURE) ?? []).map((f) => new Decimal(f.replace(/,/g, '')));
  const literal = pub.split(FIGURE).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(literal.join('(\\d[\\d,]*(?:\\.\\d+)?)'), 'gu');
  const gen = normalizeWording(generated);
  let m: RegExpExecArray | null;
  while ((m = re.exec(gen)) !== null) {
    const found = m.slice(1).map((f) => new Decimal(f.replace(/,/g, '')));
    if (found.every((d, i) => d.equals(figures[i]))) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

/** Seed 001's 八 and 九 inputs as its 情况说明 states them (上年机关运行经费, the reason, 政府采购 by kind). */
export const OPERATING_001: Record<string, string> = {
  'prior.operating': '22.33',
  'reason.operating': '2024年机构改革，医保局转入我单位4人；新录用公务员7人导致机关运行经费增加',
  'procurement.total': '148.53',
  'procurement.goods': '2.83',
  'procurement.works': '0',
  'procurement.services': '145.70',
};

/** Seed 001's 十 figures as its 情况说明 states them (整体 and 项目绩效目标, by type). */
export const PERFORMANCE_001: Record<string, string> = {
  ...OPERATING_001,
  'performance.overall-amount': '1632.96',
  'performance.projects': '22',
  'performance.amount': '1632.96',
  'performance.operating-projects': '13',
  'performance.operating-amount': '167.65',
  'performance.specific-projects': '9',
  'performance.specific-amount': '1465.31',
};

/** Seed 002's 说明参数 as its 情况说明 reads: 简式 wording, 我中心, 八 and 九. */
export const INPUTS_002: Record<string, string> = {
  'style.wording': '简式',
  'style.self-name': '我中心',
  'prior.operating': '68.47',
  'reason.operating': '在职人数减少，相应人员经费减少',
  'procurement.total': '8.03',
  'procurement.goods': '8.03',
  'procurement.works': '0',
  'procurement.services': '0',
};

const CATALOG_001 = publishedSection('001', '（一）政府购买服务指导性目录', '（二）其他').trim();

/** Seed 001's 十一 and 十二 as published. */
export const ASSETS_001: Record<string, string> = {
  'assets.vehicle-quota': '2',
  'assets.vehicles': '2',
  'assets.vehicles.leader': '0',
  'assets.vehicles.confidential': '0',
  'assets.vehicles.emergency': '0',
  'assets.vehicles.law-enforcement': '1',
  'assets.vehicles.special': '0',
  'assets.vehicles.institution': '0',
  'assets.vehicles.other': '1辆',
  'assets.office-area': '0',
  'assets.equipment-over-500k': '0',
  'assets.equipment-over-1m': '0',
  'purchase.catalog': CATALOG_001,
  'plan.income': publishedSection('001', '1、收入情况', '2、支出情况').trim(),
  'plan.expense': publishedSection('001', '2、支出情况', '第四部分').trim(),
};

/** 004 (2024 决算) with the 2023 figures and facts its text states, typed into the 说明参数 sheet. */
export const REASON_004 = '2024年决算中“对社会保障资金补助”40332.98万元未体现';

export const INPUTS_004: Record<string, string> = {
  'prior.income-total': '46411.20',
  'prior.expense-total': '46411.20',
  'reason.change': REASON_004,
  'prior.fiscal-income-total': '46411.20',
  'prior.fiscal-expense-total': '46411.20',
  'prior.gpb-expense': '46411.20',
  'budget.initial-gpb': '41670.92',
  'budget.initial.208': '41611.24',
  'budget.initial.210': '20.29',
  'budget.initial.221': '39.39',
  'prior.class.208': '46372.32',
  'prior.class.210': '0',
  'prior.class.221': '38.89',
  'use.class.208': '2024年在职职工工资福利支出、商品服务支出、对个人和家庭补助支出以及财政对企业养老保险、城乡居民养老保险、机关事业单位养老保险的补贴',
  'use.class.210': '退休人员独生子女奖励金3.42万元和在职人员医疗保险16.37万元',
  'use.class.221': '本单位在职人员住房公积金支出36.21万元',
  'reason.class.208': REASON_004,
  'reason.class.210': '本年卫生健康支出主要体现退休人员独生子女奖励金和在职人员医疗保险',
  'reason.class.221': '本年3月份退休一人，导致比上年有所减少',
  'prior.three-public.total': '0',
  'prior.three-public.abroad': '0',
  'prior.three-public.vehicle-purchase': '0',
  'prior.three-public.vehicle-operation': '0',
  'prior.three-public.reception': '0',
  'reason.three-public.abroad': '本单位无因公出国（境）支出',
  'reason.three-public.vehicle-purchase': '本单位无公务用车购置',
  'reason.three-public.vehicle-operation': '本单位无公务用车运行维护费',
  'reason.three-public.reception': '本单位无公务接待费',
  'three-public.vehicles-held': '0',
  'procurement.sme-contracts': '0',
  'procurement.small-micro-contracts': '0',
  'assets.notes': '其他用车主要是吉普车，已达到报废处理，正在申请报废批准中',
  'performance.self-evaluated-projects': '17',
  'performance.self-evaluated-amount': '3484.42',
  'performance.self-evaluation-result': '17个项目自评等级为“优”',
};

const NO_THREE_PUBLIC_LAST_YEAR: Record<string, string> = {
  'prior.three-public.total': '0',
  'prior.three-public.abroad': '0',
  'prior.three-public.vehicle-purchase': '0',
  'prior.three-public.vehicle-operation': '0',
  'prior.three-public.reception': '0',
};

/**
 * Every 说明参数 input each seed's published 情况说明 states (last year's figures worked back from its
 * 比上年 sentences, reasons, 政府采购, 绩效, 资产), so the product's own text of the seed has no
 * 【请填写…】 left: 001 last year 1,996.43 − 399.79 = 1,596.64 and 1,923.95 − 823.71 = 1,100.24;
 * 002 last year 853.77 − 187.15 = 666.62.
 */
export const SEED_INPUTS: Record<SeedId, { readonly kind: Kind; readonly unitType: UnitType; readonly inputs: Record<string, string> }> = {
  '000': { kind: 'budget', unitType: '事业单位', inputs: INPUTS_000 },
  '001': {
    kind: 'budget',
    unitType: '行政单位',
    inputs: {
      ...OPERATING_001,
      ...PERFORMANCE_001,
      ...ASSETS_001,
      // 公开's split as the text states it (its 13 + 9 claims all 22; the 20 attached tables carry no 项目类别).
      'performance.published-operating-projects': '13',
      'performance.published-operating-amount': '167.65',
      'performance.published-specific-projects': '9',
      'performance.published-specific-amount': '1465.31',
      'prior.income-total': '1596.64',
      'prior.expense-total': '1596.64',
      'reason.change': '2024年机构改革，医保局并入我单位，年初人员经费以及项目经费增加',
      'prior.gpb-total': '1100.24',
      ...NO_THREE_PUBLIC_LAST_YEAR,
      'prior.three-public.total': '5.00',
      'prior.three-public.vehicle-operation': '5.00',
    },
  },
  '002': {
    kind: 'budget',
    unitType: '参公事业单位',
    inputs: {
      ...INPUTS_002,
      'prior.income-total': '666.62',
      'prior.expense-total': '666.62',
      'reason.change': '2023年新增企业养老保险全国统筹后新增退休人员取暖费负担资金项目168万元，该项目列入部门年初预算',
      'prior.gpb-total': '666.62',
      ...NO_THREE_PUBLIC_LAST_YEAR,
      ...zeroAssets(),
      'purchase.catalog': '无',
    },
  },
  '004': { kind: 'final', unitType: '事业单位', inputs: INPUTS_004 },
};

/** A seed's workbook with the 说明参数 its published 情况说明 states. */
export function seedWithInputs(id: SeedId): WorkbookSnapshot {
  const s = SEED_INPUTS[id];
  return withParameters(id, s.kind, s.inputs, s.unitType);
}
