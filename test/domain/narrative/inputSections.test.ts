import { seedWorkbook } from '../../support/seedWorkbook';
import { INPUTS_000, OPERATING_001, REASON_000, narrativeOf, sectionText, withParameters } from './narrativeFixtures';

/**
 * Sections that need figures no table holds, with the prior-year figures the documents imply
 * (000: 2,911.06 + 38,759.86 = 41,670.92 for 2024) typed into the 说明参数 sheet, and without them.
 */

describe('000 (事业单位, 2025 budget) with the 2024 figures its text implies', () => {
  const wb = withParameters(
    '000',
    'budget',
    INPUTS_000,
    '事业单位',
  );
  const n = narrativeOf(wb);

  test('一: decrease against last year, reason, and the 导致… ending of the published sentence', () => {
    expect(sectionText(n, '一、')).toBe(
      `2025年度汾阳市社会保险中心预算收入总计2,911.06万元，其中：本年收入2,911.06万元，上年结转0万元，比上年减少38,759.86万元，下降93.01%，主要原因是${REASON_000}，导致预算收入减少；` +
        `本年单位预算支出总计2,911.06万元，其中：本年预算安排2,911.06万元，上年结转0万元，比上年减少38,759.86万元，下降93.01%，主要原因是${REASON_000}，导致预算支出减少。`,
    );
  });

  test('五（一）: 一般公共预算当年支出 against last year', () => {
    expect(sectionText(n, '（一）一般公共预算当年支出规模')).toBe(
      '2025年度汾阳市社会保险中心一般公共预算当年支出2,911.06万元，比上年减少38,759.86万元，下降93.01%。',
    );
  });

  test('七 and 八: none, as published', () => {
    expect(sectionText(n, '七、')).toBe('本单位无“三公”经费预算。');
    expect(sectionText(n, '八、')).toBe('本单位无机关运行经费。');
  });

  test('九, 十, 十一 from the parameter sheet', () => {
    expect(sectionText(n, '九、')).toBe(
      '2025年汾阳市社会保险中心政府采购预算总额2.07万元。其中：政府采购货物预算2.07万元、政府采购工程预算0万元、政府采购服务预算0万元。',
    );
    expect(sectionText(n, '1、整体绩效目标')).toBe('2025年编报单位整体绩效目标，涉及资金2,460.10万元。');
    expect(sectionText(n, '2、项目绩效目标')).toBe(
      '2025年汾阳市社会保险中心纳入绩效目标管理的一、二级项目12个，共计金额2,460.10万元。其中：其他运转类项目11个，涉及金额1,360.37万元；' +
        '特定目标类项目1个，涉及金额1,099.73万元。公开项目绩效目标12个，涉及项目金额2,460.10万元，占部门（单位）项目支出总额的100.00%。' +
        '其中：其他运转类项目11个，涉及项目金额1,360.37万元；特定目标类项目1个，涉及项目金额1,099.73万元。\n（项目绩效目标表公开情况见附件）',
    );
    expect(sectionText(n, '1、车辆情况')).toBe(
      '截至2024年12月31日，汾阳市社会保险中心共有公务用车编制0辆，实有0辆，其中：领导用车0辆，机要通信用车0辆，应急保障用车0辆，' +
        '执法执勤用车0辆，特种专业技术用车0辆，事业单位业务用车0辆，其他公务用车0辆。',
    );
  });

  test('no placeholder and no finding about the text once the inputs are there', () => {
    const all = n.sections.map((s) => s.heading + s.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('')).join('');
    expect(all).not.toContain('【请填写');
    expect(n.findings).toEqual([]);
  });

  test('figures carry their cells: table cells for table figures, the 说明参数 cell for inputs', () => {
    const s = n.sections.find((x) => x.heading.startsWith('一、'))!;
    const runs = s.paragraphs[0].runs;
    expect(runs.find((r) => r.text === '2,911.06')!.sources).toEqual([{ sheet: 'Sheet1', address: 'B39' }]);
    const diff = runs.find((r) => r.text === '38,759.86')!;
    expect(diff.sources).toContainEqual({ sheet: 'Sheet1', address: 'B39' });
    expect(diff.sources!.some((c) => c.sheet === '说明参数')).toBe(true);
    expect(runs.find((r) => r.text === REASON_000)!.sources![0].sheet).toBe('说明参数');
  });
});

describe('001 (行政单位) with its 2024 figures', () => {
  const n = narrativeOf(
    withParameters(
      '001',
      'budget',
      {
        'prior.income-total': '1596.64',
        'prior.expense-total': '1596.64',
        'reason.change': '2024年机构改革，医保局并入我单位，年初人员经费以及项目经费增加',
        'prior.gpb-total': '1100.24',
        'prior.three-public.total': '5',
        'prior.three-public.abroad': '0',
        'prior.three-public.vehicle-purchase': '0',
        'prior.three-public.vehicle-operation': '5.00',
        'prior.three-public.reception': '0',
        ...OPERATING_001,
      },
      '行政单位',
    ),
  );

  test('一 and 五（一）: increases', () => {
    expect(sectionText(n, '一、')).toContain('上年结转72.48万元，比上年增加399.79万元，增长25.04%，主要原因是2024年机构改革');
    expect(sectionText(n, '一、')).toContain('导致预算收入增加；');
    expect(sectionText(n, '（一）')).toBe('2025年度汾阳市人力资源和社会保障局一般公共预算当年支出1,923.95万元，比上年增加823.71万元，增长74.87%。');
  });

  test('七: every line the same as last year, in the published order', () => {
    expect(sectionText(n, '七、')).toBe(
      '2025年汾阳市人力资源和社会保障局财政拨款安排的“三公”经费预算5.00万元，与上年预算数相同。其中：因公出国（境）费0万元，与上年预算数相同；' +
        '公务接待费0万元，与上年预算数相同；公务用车购置及运行费5.00万元，与上年预算数相同。公务用车运行维护费5.00万元，与上年预算数相同；' +
        '公务用车购置费0万元，与上年预算数相同。',
    );
    expect(n.charts.find((c) => c.id === 'three-public')!.slices.map((s) => s.share)).toEqual(['0.00', '0.00', '100.00', '0.00']);
  });

  test('八: 表11 against last year with the reason, in 001\'s published wording', () => {
    expect(sectionText(n, '八、')).toBe(
      '本单位机关运行经费财政拨款预算33.58万元，比2024年预算增加11.25万元，增加50.38%，原因是：2024年机构改革，医保局转入我单位4人；新录用公务员7人导致机关运行经费增加。',
    );
  });

  test('九', () => {
    expect(sectionText(n, '九、')).toContain('政府采购预算总额148.53万元。其中：政府采购货物预算2.83万元、政府采购工程预算0万元、政府采购服务预算145.70万元。');
  });
});

describe('002 (2023) with its 2022 figures', () => {
  const n = narrativeOf(
    withParameters('002', 'budget', {
      'prior.income-total': '666.62',
      'prior.expense-total': '666.62',
      'reason.change': '2023年新增企业养老保险全国统筹后新增退休人员取暖费负担资金项目168万元，该项目列入部门年初预算',
      'prior.gpb-total': '666.62',
      'prior.three-public.total': '0',
      'prior.operating': '68.47',
      'reason.operating': '在职人数减少，相应人员经费减少',
    }, '参公事业单位'),
  );

  test('一, 五（一）, 八 as the published figures', () => {
    expect(sectionText(n, '一、')).toContain('比上年增加187.15万元，增长28.07%，主要原因是2023年新增');
    expect(sectionText(n, '（一）')).toContain('比上年增加187.15万元，增长28.07%。');
    expect(sectionText(n, '七、')).toBe('本单位无“三公”经费预算。');
    // 标准 wording (001's) with 002's figures; 002's own wording is 简式 (operatingToPerformance.test.ts).
    expect(sectionText(n, '八、')).toBe('本单位机关运行经费财政拨款预算59.61万元，比2022年预算减少8.86万元，减少12.94%，原因是：在职人数减少，相应人员经费减少。');
  });
});

describe('without the inputs: placeholders and findings, never invented text or a silent zero', () => {
  test('budget 000 with an empty 说明参数 sheet: each placeholder is a finding at its cell', () => {
    const n = narrativeOf(withParameters('000', 'budget', {}));
    const one = sectionText(n, '一、');
    expect(one).toContain('比上年【请填写上年预算收入总计】');
    expect(one).not.toContain('主要原因是');
    expect(sectionText(n, '九、')).toContain('政府采购预算总额【请填写政府采购预算总额】万元');
    expect(sectionText(n, '1、车辆情况')).toContain('共有公务用车编制【请填写公务用车编制数（辆）】辆，实有【请填写公务用车实有数（辆）】辆');
    expect(sectionText(n, '2、房屋情况')).toContain('建筑总面积【请填写办公用房建筑总面积（平方米）】平方米');
    expect(sectionText(n, '（一）政府购买服务')).toBe('【请填写政府购买服务指导性目录】');
    const placeholders = n.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.runs.filter((r) => r.missing)));
    expect(placeholders.length).toBeGreaterThan(10);
    const f = n.findings.find((x) => x.message.includes('上年预算收入总计'))!;
    expect(f).toMatchObject({ rule: 'narrative-input', severity: 'warning', sheet: '说明参数' });
    expect(f.cell).toMatch(/^B\d+$/);
    expect(n.findings.every((x) => x.rule === 'narrative-input')).toBe(true);
  });

  test('a changed total without its reason asks for the reason', () => {
    const n = narrativeOf(withParameters('000', 'budget', { 'prior.income-total': '41670.92', 'prior.expense-total': '41670.92' }));
    expect(sectionText(n, '一、')).toContain('下降93.01%，主要原因是【请填写收支总计增减变动的主要原因】');
    expect(n.findings.filter((f) => f.message.includes('收支总计增减变动的主要原因'))).toHaveLength(1);
  });

  test('a prior-year figure that is not a number is reported, not read as zero', () => {
    const n = narrativeOf(withParameters('000', 'budget', { 'prior.gpb-total': '约四万' }));
    expect(sectionText(n, '（一）')).toContain('比上年【请填写上年一般公共预算当年拨款】');
    expect(n.findings.some((f) => f.message.includes('不是有效的数字'))).toBe(true);
  });

  test('a workbook without a parameter sheet still builds, with findings that have no cell', () => {
    const n = narrativeOf(seedWorkbook('001'));
    expect(sectionText(n, '八、')).toContain('比2024年预算【请填写上年机关运行经费预算】');
    expect(n.findings.find((f) => f.message.includes('上年机关运行经费预算'))!.cell).toBeNull();
  });
});

describe('a workbook without recognisable tables', () => {
  test('builds placeholders naming the missing tables instead of zeros', () => {
    const n = narrativeOf({ sheets: [{ name: 'Sheet1', values: [['随便写的内容']] }] });
    expect(n.kind).toBe('budget');
    const two = sectionText(n, '二、');
    expect(two).toContain('【请填写年度】');
    expect(two).toContain('【请填写预算公开表1 收入总计】');
    expect(two).not.toMatch(/收入0万元/);
    expect(two).not.toContain('占');
    expect(n.findings.some((f) => f.rule === 'narrative-table')).toBe(true);
  });
});
