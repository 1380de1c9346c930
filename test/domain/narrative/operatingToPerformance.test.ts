import { parameterSheetLayout } from '../../../src/domain/parameters/parameterSheet';
import { recognize } from '../../../src/domain/recognition/recognize';
import { address } from '../../../src/domain/workbook/a1';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { withCell } from '../../support/editWorkbook';
import { workbookFromBlocks } from '../../support/seedWorkbook';
import {
  INPUTS_000,
  INPUTS_002,
  PERFORMANCE_001,
  containsPublished,
  narrativeOf,
  publishedSection,
  sectionText,
  withParameters,
} from './narrativeFixtures';

/**
 * Budget 八 (机关运行经费), 九 (政府采购) and 十 (绩效管理) against the published text of the three budget
 * seeds, each with its own figures and reasons typed into the 说明参数 sheet and its performance tables
 * attached: 000 and 001 in 标准, 002 in 简式 with 单位自称 = 我中心. 002's 十 figures are not typed: they
 * come from its 表12 and its five 申报表. 001's 项目绩效目标 is not the published one: the document
 * claims all 22 published at 100% while it attaches 20 tables.
 */

const n000 = narrativeOf(withParameters('000', 'budget', INPUTS_000, '事业单位'));
const n001 = narrativeOf(withParameters('001', 'budget', PERFORMANCE_001, '行政单位'));
const n002 = narrativeOf(withParameters('002', 'budget', INPUTS_002, '参公事业单位'));
const BY_SEED = { '000': n000, '001': n001, '002': n002 } as const;

/** Seed, generated heading prefix, published start line, published end line. */
const CASES = [
  ['000', '八、', '八、机关运行经费增减变动原因说明', '九、政府采购情况'],
  ['000', '九、', '九、政府采购情况', '十、绩效管理情况'],
  ['000', '1、整体绩效目标', '1、整体绩效目标', '2、项目绩效目标'],
  ['000', '2、项目绩效目标', '2、项目绩效目标', '汾阳市县(区)级预算部门'],
  ['001', '八、', '八、机关运行经费增减变动原因说明', '九、政府采购情况'],
  ['001', '九、', '九、政府采购情况', '十、绩效管理情况'],
  ['001', '1、整体绩效目标', '1、整体绩效目标', '2、项目绩效目标'],
  ['002', '八、', '八、机关运行经费增减变动原因说明', '九、政府采购情况'],
  ['002', '九、', '九、政府采购情况', '十、绩效管理情况'],
  ['002', '1、绩效管理情况', '1、绩效管理情况', '2、绩效目标情况'],
  ['002', '2、绩效目标情况', '2、绩效目标情况（附表说明）', '忻州市市级预算部门'],
] as const;

describe('八, 九, 十 read as published', () => {
  test.each(CASES)('%s %s', (seed, heading, start, end) => {
    const n = BY_SEED[seed];
    const published = publishedSection(seed, start, end);
    expect(published.trim()).not.toBe('');
    const generated = sectionText(n, heading);
    expect({ seed, heading, generated, ok: containsPublished(generated, published) }).toMatchObject({ seed, heading, ok: true });
  });

  test('each sentence of the published 八–十 is in the generated text (no sentence merged away)', () => {
    for (const [seed, heading, start, end] of CASES) {
      const generated = sectionText(BY_SEED[seed], heading);
      const sentences = publishedSection(seed, start, end)
        .split(/(?<=[。\n])/u)
        .map((s) => s.trim())
        .filter((s) => s !== '');
      for (const s of sentences) expect({ seed, heading, s, ok: containsPublished(generated, s) }).toMatchObject({ ok: true });
    }
  });

  test('the three seeds build 八–十 without placeholders or findings (001: only the split of its 20 published projects is asked for)', () => {
    const heads = ['八、', '九、', '十、', '1、整体', '2、项目', '1、绩效管理', '2、绩效目标'];
    const missing = (n: typeof n000) =>
      n.sections
        .filter((s) => heads.some((h) => s.heading.startsWith(h)))
        .flatMap((s) => s.paragraphs.flatMap((p) => p.runs))
        .filter((r) => r.missing)
        .map((r) => r.text);
    expect(missing(n000)).toEqual([]);
    expect(missing(n002)).toEqual([]);
    expect(missing(n001)).toEqual([
      '【请填写公开项目中：其他运转类项目个数】',
      '【请填写公开项目中：其他运转类项目金额】',
      '【请填写公开项目中：特定目标类项目个数】',
      '【请填写公开项目中：特定目标类项目金额】',
    ]);
    expect(n002.findings.filter((f) => /机关运行|政府采购|绩效|单位自称/u.test(f.message))).toEqual([]);
  });
});

describe('where the 八–十 wording and figures come from', () => {
  test('001: the prior year is a sourced run and the reason is the 说明参数 cell', () => {
    const runs = n001.sections.find((s) => s.heading.startsWith('八、'))!.paragraphs[0].runs;
    expect(runs.find((r) => r.text === '2024')!.sources!.length).toBeGreaterThan(0);
    expect(runs.find((r) => r.text === '33.58')!.sources![0].sheet).not.toBe('说明参数');
    expect(runs.find((r) => r.text.startsWith('2024年机构改革'))!.sources![0].sheet).toBe('说明参数');
  });

  test('002: 单位自称 is the typed word at its cell; blank, 八 says 本单位', () => {
    const runs = n002.sections.find((s) => s.heading.startsWith('八、'))!.paragraphs[0].runs;
    expect(runs.find((r) => r.text === '我中心')!.sources![0]).toMatchObject({ sheet: '说明参数' });
    const { ['style.self-name']: _self, ...rest } = INPUTS_002;
    const blank = narrativeOf(withParameters('002', 'budget', rest, '参公事业单位'));
    expect(sectionText(blank, '八、')).toBe('2023年本单位机关运行经费预算59.61万元。比2022年减少8.86万元，减幅12.94%，主要原因是在职人数减少，相应人员经费减少。');
  });

  test('002 简式 十: the project count and 当年拨款 are 表12\'s (5 lines, 283.40), sourced to its cells', () => {
    const runs = n002.sections.find((s) => s.heading === '1、绩效管理情况')!.paragraphs[0].runs;
    const count = runs.find((r) => r.text === '5')!;
    expect(count.sources).toHaveLength(5);
    expect(count.sources!.every((c) => c.sheet !== '说明参数')).toBe(true);
    expect(runs.find((r) => r.text === '283.40')!.sources).toHaveLength(5);
  });

  test('a typed project count wins over 表12\'s', () => {
    const n = narrativeOf(withParameters('002', 'budget', { ...INPUTS_002, 'performance.projects': '4' }, '参公事业单位'));
    expect(sectionText(n, '1、绩效管理情况')).toBe('2023年忻州市社会保险中心单位实行绩效目标管理的项目4个，涉及一般公共预算当年拨款283.40万元。');
  });

  test('标准 for 002: 001\'s 八 wording with 002\'s figures, 九 without 部门各单位, 十 in two parts', () => {
    const { ['style.wording']: _s, ['style.self-name']: _n, ...rest } = INPUTS_002;
    const n = narrativeOf(withParameters('002', 'budget', rest, '参公事业单位'));
    expect(sectionText(n, '八、')).toBe('本单位机关运行经费财政拨款预算59.61万元，比2022年预算减少8.86万元，减少12.94%，原因是：在职人数减少，相应人员经费减少。');
    expect(sectionText(n, '九、')).toContain('2023年忻州市社会保险中心政府采购预算总额8.03万元。');
    // No 整体 table and no typed amount: 整体绩效目标 is not written, 项目绩效目标 is 1、.
    expect(n.sections.some((x) => x.heading.startsWith('1、整体'))).toBe(false);
    expect(sectionText(n, '1、项目绩效目标')).toContain(
      '纳入绩效目标管理的一、二级项目5个，共计金额283.40万元。其中：其他运转类项目【请填写其他运转类项目个数】个',
    );
    expect(sectionText(n, '1、项目绩效目标')).toContain('公开项目绩效目标5个，涉及项目金额283.40万元，占部门（单位）项目支出总额的100.00%。');
  });

  test('简式 八 with an increase says 增幅; the same figure as last year needs no reason', () => {
    const up = narrativeOf(withParameters('002', 'budget', { ...INPUTS_002, 'prior.operating': '50' }, '参公事业单位'));
    expect(sectionText(up, '八、')).toBe('2023年我中心机关运行经费预算59.61万元。比2022年增加9.61万元，增幅19.22%，主要原因是在职人数减少，相应人员经费减少。');
    const same = narrativeOf(withParameters('001', 'budget', { ...PERFORMANCE_001, 'prior.operating': '33.58' }, '行政单位'));
    expect(sectionText(same, '八、')).toBe('本单位机关运行经费财政拨款预算33.58万元，与2024年预算相同。');
  });
});

describe('标准 十: what is published is what is attached', () => {
  test('001: the 20 attached tables and their 633.65万元 (38.80% of 表12), not 22 at 100%', () => {
    const text = sectionText(n001, '2、项目绩效目标');
    // 纳入 is 表12's: the published first sentence stands.
    expect(containsPublished(text, '2025年汾阳市人力资源和社会保障局纳入绩效目标管理的一、二级项目22个，共计金额1,632.96万元。其中：其他运转类项目13个，涉及金额167.65万元；特定目标类项目9个，涉及金额1,465.31万元。')).toBe(true);
    expect(text).toContain('公开项目绩效目标20个，涉及项目金额633.65万元，占部门（单位）项目支出总额的38.80%。');
    expect(text).not.toContain('100%');
    const runs = n001.sections.find((x) => x.heading === '2、项目绩效目标')!.paragraphs[0].runs;
    const published = runs.find((r) => r.text === '20')!;
    // Sourced to the 20 tables' 项目名称 cells, on their own sheets.
    expect(new Set(published.sources!.map((c) => c.sheet)).size).toBe(20);
  });

  test('a typed published count that disagrees with the attached tables is reported, the tables win', () => {
    const n = narrativeOf(withParameters('001', 'budget', { ...PERFORMANCE_001, 'performance.published-projects': '22' }, '行政单位'));
    expect(sectionText(n, '2、项目绩效目标')).toContain('公开项目绩效目标20个');
    expect(n.findings.some((f) => f.rule === 'narrative-input' && f.message.includes('填的是 22') && f.message.includes('20 张'))).toBe(true);
  });

  test('without any table attached: the typed published figures, and the split asks for its own inputs', () => {
    const inputs = { ...PERFORMANCE_001, 'performance.published-projects': '20', 'performance.published-amount': '1600' };
    const n = narrativeOf(withParameters('001', 'budget', inputs, '行政单位', { performance: false }));
    const text = sectionText(n, '2、项目绩效目标');
    expect(text).toContain('公开项目绩效目标20个，涉及项目金额1,600.00万元');
    expect(text).toContain('。其中：其他运转类项目【请填写公开项目中：其他运转类项目个数】个');
    expect(n.findings.some((f) => f.message.includes('公开项目中：特定目标类项目金额') && f.sheet === '说明参数')).toBe(true);
  });

  test('without any table and nothing typed: placeholders, never "all published"', () => {
    const n = narrativeOf(withParameters('000', 'budget', INPUTS_000, '事业单位', { performance: false }));
    const text = sectionText(n, '2、项目绩效目标');
    expect(text).toContain('公开项目绩效目标【请填写公开项目绩效目标个数】个，涉及项目金额【请填写公开项目绩效目标涉及金额】万元。');
    expect(text).toContain('【请附项目支出绩效目标表】');
    expect(text).not.toContain('100');
  });

  test('the published split typed in is printed from its cells', () => {
    const n = narrativeOf(
      withParameters('001', 'budget', {
        ...PERFORMANCE_001,
        'performance.published-operating-projects': '12',
        'performance.published-operating-amount': '160',
        'performance.published-specific-projects': '8',
        'performance.published-specific-amount': '473.65',
      }, '行政单位'),
    );
    expect(sectionText(n, '2、项目绩效目标')).toContain(
      '。其中：其他运转类项目12个，涉及项目金额160.00万元；特定目标类项目8个，涉及项目金额473.65万元。\n（项目绩效目标表公开情况见附件）',
    );
  });

  test('the 项目类别 of each attached table splits 纳入 and 公开 (002 with categories typed into its tables)', () => {
    const wb = withParameters('002', 'budget', {}, '参公事业单位');
    const n = narrativeOf(withCategories(wb, { 法律顾问聘用经费: '其他运转类', 社会保险业务经费: '其他运转类', 台账联网及印刷费用: '其他运转类', 驻村工作人员补助经费: '其他运转类' }, '特定目标类'));
    expect(sectionText(n, '1、项目绩效目标')).toContain(
      '其中：其他运转类项目4个，涉及金额115.40万元；特定目标类项目1个，涉及金额168.00万元。公开项目绩效目标5个，涉及项目金额283.40万元，占部门（单位）项目支出总额的100.00%。其中：其他运转类项目4个，涉及项目金额115.40万元；特定目标类项目1个，涉及项目金额168.00万元。',
    );
  });

  test('an 整体 amount typed in writes 1、整体绩效目标; without it and without an 整体 table, none', () => {
    expect(sectionText(n000, '1、整体绩效目标')).toBe('2025年编报单位整体绩效目标，涉及资金2,460.10万元。');
    const { ['performance.overall-amount']: _o, ...rest } = INPUTS_000;
    const n = narrativeOf(withParameters('000', 'budget', rest, '事业单位'));
    expect(n.sections.map((x) => x.heading).filter((h) => /^[12]、/.test(h) && /绩效/.test(h))).toEqual(['1、项目绩效目标']);
  });

  test('an attached 整体支出绩效目标表 gives 整体绩效目标 its amount, sourced to its cell', () => {
    const { ['performance.overall-amount']: _o, ...rest } = PERFORMANCE_001;
    const wb = withParameters('001', 'budget', rest, '行政单位');
    const overall = workbookFromBlocks([
      [
        '汾阳市人力资源和社会保障局2025年度整体支出绩效目标表',
        '(2025年度)',
        '部门（单位）名称\t\t汾阳市人力资源和社会保障局',
        '年度预算资金（万元）\t资金总额\t1,632.96',
        '总体目标\t\t保障各项工作正常运转。',
        '绩效指标\t一级指标\t二级指标\t三级指标\t指标值',
        '\t满意度指标\t服务对象满意度\t群众满意度\t≥95%',
      ],
    ]).sheets[0];
    const n = narrativeOf({ ...wb, sheets: [...wb.sheets, { ...overall, name: '整体绩效' }] });
    expect(sectionText(n, '1、整体绩效目标')).toBe('2025年编报单位整体绩效目标，涉及资金1,632.96万元。');
    const run = n.sections.find((x) => x.heading === '1、整体绩效目标')!.paragraphs[0].runs.find((r) => r.text === '1,632.96')!;
    expect(run.sources).toEqual([{ sheet: '整体绩效', address: 'C4' }]);
  });

  test('without 表12 and without the count, the count is a placeholder', () => {
    const n = narrativeOf({ sheets: [{ name: 'Sheet1', values: [['随便写的内容']] }] });
    expect(sectionText(n, '1、项目绩效目标')).toContain('一、二级项目【请填写纳入绩效目标管理的项目个数】个');
  });
});

/** The workbook with 项目类别 typed beside each target table's 项目名称 (as the template offers it). */
function withCategories(wb: WorkbookSnapshot, byProject: Record<string, string>, otherwise: string): WorkbookSnapshot {
  const r = recognize(wb);
  let out = wb;
  for (const t of r.performance) {
    const at = t.projectCell!;
    out = withCell(withCell(out, t.sheet, address(at.row, 9), '项目类别'), t.sheet, address(at.row, 10), byProject[t.project!] ?? otherwise);
  }
  return out;
}

describe('the 说明参数 sheet', () => {
  test('单位自称 and the published split are budget rows; 决算 has none of them', () => {
    const labels = (kind: 'budget' | 'final') =>
      parameterSheetLayout({ kind, year: 2025, unit: 'x' }).cells.filter((c) => c.col === 0).map((c) => String(c.value));
    const budget = labels('budget');
    expect(budget).toContain('单位自称');
    expect(budget.filter((l) => l.startsWith('公开项目中：'))).toEqual([
      '公开项目中：其他运转类项目个数',
      '公开项目中：其他运转类项目金额',
      '公开项目中：特定目标类项目个数',
      '公开项目中：特定目标类项目金额',
    ]);
    expect(labels('final').some((l) => l === '单位自称' || l.startsWith('公开项目中：'))).toBe(false);
  });
});
