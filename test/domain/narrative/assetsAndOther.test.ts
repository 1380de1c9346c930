import { ASSETS_001, INPUTS_000, containsPublished, narrativeOf, publishedSection, sectionText, withParameters, zeroAssets } from './narrativeFixtures';

/**
 * Budget 十一 (国有资产占有使用情况) and 十二 (其他说明): no table holds them, so with the seeds' facts
 * typed into the 说明参数 sheet the generated text must read as published; left blank, each figure is
 * a 【请填写…】 placeholder with a finding at its cell, never a zero.
 */

const PLAN_000 = {
  income: publishedSection('000', '1、收入情况', '2、支出情况').trim(),
  expense: publishedSection('000', '2、支出情况', '情况说明').trim(),
};

describe('十一 and 十二 as 000 publishes them', () => {
  const n = narrativeOf(
    withParameters('000', 'budget', { ...INPUTS_000, 'plan.income': PLAN_000.income, 'plan.expense': PLAN_000.expense }, '事业单位'),
  );

  test.each([
    ['1、车辆情况', '2、房屋情况'],
    ['2、房屋情况', '3、其他国有资产'],
    ['3、其他国有资产', '十二、其他说明'],
    ['（一）政府购买服务指导性目录', '（二）其他'],
    ['1、收入情况', '2、支出情况'],
  ])('%s reads as published', (start, end) => {
    const published = publishedSection('000', start, end);
    expect(published.trim()).not.toBe('');
    expect({ start, ok: containsPublished(sectionText(n, start), published) }).toEqual({ start, ok: true });
  });

  test('the 2024 date, the unit and 价值50万元/100万元（原值）are the published wording', () => {
    expect(sectionText(n, '3、其他国有资产')).toBe(
      '截至2024年12月31日，汾阳市社会保险中心占有使用价值50万元（原值）以上的通用设备0台（套）；汾阳市社会保险中心占有使用价值100万元（原值）以上的通用设备0台（套）。',
    );
    expect(sectionText(n, '（一）政府购买服务')).toBe('本单位2025年无政府购买服务预算。');
    expect(sectionText(n, '2、支出情况')).toBe(PLAN_000.expense);
  });

  test('no placeholder and no finding', () => {
    expect(n.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.runs.filter((r) => r.missing)))).toEqual([]);
    expect(n.findings).toEqual([]);
  });
});

describe('十一 and 十二 as 001 publishes them (2 vehicles, a 政府购买服务 catalogue)', () => {
  const n = narrativeOf(withParameters('001', 'budget', ASSETS_001, '行政单位'));

  test.each([
    ['1、车辆情况', '2、房屋情况'],
    ['2、房屋情况', '3、其他国有资产'],
    ['3、其他国有资产', '十二、其他说明'],
    ['（一）政府购买服务指导性目录', '（二）其他'],
    ['1、收入情况', '2、支出情况'],
    ['2、支出情况', '第四部分'],
  ])('%s reads as published', (start, end) => {
    const published = publishedSection('001', start, end);
    expect({ start, ok: containsPublished(sectionText(n, start), published) }).toEqual({ start, ok: true });
  });

  test('the vehicle counts are sourced to their 说明参数 cells', () => {
    const s = n.sections.find((x) => x.heading.startsWith('1、车辆情况'))!;
    const counts = s.paragraphs[0].runs.filter((r) => /^\d+$/.test(r.text) && r.text !== '2024');
    expect(counts.map((r) => r.text)).toEqual(['2', '2', '0', '0', '0', '1', '0', '0', '1']);
    for (const r of counts) expect(r.sources![0].sheet).toBe('说明参数');
    // 001's other sections lack their inputs here; 十一 and 十二 have all of theirs.
    expect(n.findings.filter((f) => /公务用车编制|公务用车实有|（辆）|平方米|通用设备|政府购买服务|三年规划|十一、|十二、/u.test(f.message))).toEqual([]);
  });

  test('a fleet whose kinds do not add up to 实有 is reported at the 实有 cell', () => {
    const bad = narrativeOf(withParameters('001', 'budget', { ...ASSETS_001, 'assets.vehicles': '3' }, '行政单位'));
    const f = bad.findings.find((x) => x.rule === 'narrative-input-sum')!;
    expect(f.message).toBe('说明参数中公务用车实有数 3 辆与各类车辆之和 2 辆不一致（相差 1 辆）。');
    expect(f.sheet).toBe('说明参数');
    expect(f.cell).toMatch(/^B\d+$/);
  });
});

describe('blank or wrong asset inputs', () => {
  test('blank kinds are placeholders at their cells, never 0', () => {
    const n = narrativeOf(withParameters('001', 'budget', { 'assets.vehicle-quota': '2', 'assets.vehicles': '2' }, '行政单位'));
    const text = sectionText(n, '1、车辆情况');
    expect(text).toContain('共有公务用车编制2辆，实有2辆，其中：领导用车【请填写领导用车（辆）】辆');
    expect(text).not.toMatch(/领导用车0辆/);
    const f = n.findings.find((x) => x.message.includes('执法执勤用车（辆）'))!;
    expect(f).toMatchObject({ rule: 'narrative-input', sheet: '说明参数' });
    expect(f.cell).toMatch(/^B\d+$/);
    // No sum finding while kinds are missing: nothing to compare yet.
    expect(n.findings.some((x) => x.rule === 'narrative-input-sum')).toBe(false);
  });

  test('an area that is not a number is reported, not printed', () => {
    const n = narrativeOf(withParameters('000', 'budget', { ...zeroAssets(), 'assets.office-area': '约一百' }));
    expect(sectionText(n, '2、房屋情况')).toContain('总面积【请填写办公用房建筑总面积（平方米）】平方米');
    expect(n.findings.some((x) => x.message.includes('办公用房建筑总面积（平方米）') && x.message.includes('不是有效的数字'))).toBe(true);
  });

  test('an area with decimals and its unit typed after it prints the number', () => {
    const n = narrativeOf(withParameters('000', 'budget', { ...zeroAssets(), 'assets.office-area': '1,234.50 平方米' }));
    expect(sectionText(n, '2、房屋情况')).toContain('办公用房建筑总面积1234.5平方米。');
  });

  test('a sheet written before 十一 was split keeps its 车辆数 and 100万元 rows', () => {
    const wb = withParameters('000', 'budget', { 'assets.vehicles': '4', 'assets.equipment-over-1m': '1' });
    const sheet = wb.sheets[wb.sheets.length - 1];
    const values = sheet.values.map((r) =>
      r.map((v) => (v === '公务用车实有数（辆）' ? '车辆数（辆）' : v === '价值100万元（原值）以上通用设备（台/套）' ? '单价100万元（含）以上设备（台/套）' : v)),
    );
    const n = narrativeOf({ sheets: [...wb.sheets.slice(0, -1), { ...sheet, values }] });
    expect(sectionText(n, '1、车辆情况')).toContain('实有4辆');
    expect(sectionText(n, '3、其他国有资产')).toContain('100万元（原值）以上的通用设备1台（套）');
  });
});

describe('十二 （二）其他', () => {
  test('without notes or a 三年规划 it says 无, and the unit\'s notes replace it', () => {
    const none = narrativeOf(withParameters('000', 'budget', { 'purchase.catalog': '无' }));
    expect(sectionText(none, '（二）其他')).toBe('无。');
    expect(none.sections.some((s) => s.heading === '1、收入情况')).toBe(false);
    const notes = narrativeOf(withParameters('000', 'budget', { 'other.notes': '本单位无其他需要说明的事项。\n第二行' }));
    expect(sectionText(notes, '（二）其他')).toBe('本单位无其他需要说明的事项。\n第二行');
  });
});
