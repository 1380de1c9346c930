import { parameterSheetLayout } from '../../../src/domain/parameters/parameterSheet';
import {
  containsPublished,
  narrativeOf,
  normalizeWording,
  publishedSection,
  sectionText,
  withParameters,
  zeroAssets,
} from './narrativeFixtures';

/**
 * Seed 002 words the same content another way (no unit name in 一–六, 0.00 for zero, 增加28.07%,
 * 当年拨款, 收入为, no 等 after a complete list, 无 for empty assets). Chosen on the 说明参数 sheet as
 * 情况说明表述风格 = 简式, the generated text must contain 002's published passages; left blank, the
 * text stays in 000/001's wording.
 */

const PART1 = publishedSection('002', '一、单位预算收支数据变动情况及原因', '二、收入预算情况说明');
/** 002 gives the expense total a shorter reason than the income total; the sheet has one reason, so enter the shorter. */
const REASON = PART1.slice(PART1.lastIndexOf('主要原因是') + '主要原因是'.length).trim().replace(/。$/u, '');

const INPUTS_002: Record<string, string> = {
  'style.wording': '简式',
  'prior.income-total': '666.62',
  'prior.expense-total': '666.62',
  'reason.change': REASON,
  'prior.gpb-total': '666.62',
  'prior.three-public.total': '0',
  'prior.operating': '68.47',
  'reason.operating': '在职人数减少，相应人员经费减少',
  ...zeroAssets(),
  'purchase.catalog': '无',
};

const concise = narrativeOf(withParameters('002', 'budget', INPUTS_002, '参公事业单位'));
const { ['style.wording']: _style, ...WITHOUT_STYLE } = INPUTS_002;
const standard = narrativeOf(withParameters('002', 'budget', WITHOUT_STYLE, '参公事业单位'));

/** Generated heading prefix, published start line, published end line. */
const WHOLE: readonly (readonly [string, string, string])[] = [
  ['二、', '二、收入预算情况说明', '三、支出预算情况说明'],
  ['三、', '三、支出预算情况说明', '四、财政拨款收支预算总体情况说明'],
  ['四、', '四、财政拨款收支预算总体情况说明', '五、一般公共预算支出情况说明'],
  ['（一）', '（一）一般公共预算当年拨款规模变化情况', '（二）一般公共预算当年拨款结构情况'],
  ['（二）一般公共预算', '（二）一般公共预算当年拨款结构情况', '一般公共预算当年拨款结构图'],
  ['七、', '七、“三公”经费增减变动原因说明', '八、机关运行经费增减变动原因说明'],
  ['1、车辆情况', '1、车辆情况', '2、房屋情况'],
  ['2、房屋情况', '2、房屋情况', '3、其他国有资产'],
  ['3、其他国有资产', '3、其他国有资产', '十二、其他说明'],
  ['（一）政府购买服务', '（一）政府购买服务指导性目录', '（二）其他'],
  ['（二）其他', '（二）其他', '第四部分'],
];

describe('表述风格 = 简式: seed 002 as published', () => {
  test.each(WHOLE)('%s reads as published', (heading, start, end) => {
    const published = publishedSection('002', start, end);
    expect(published.trim()).not.toBe('');
    const generated = sectionText(concise, heading);
    expect({ heading, generated, ok: containsPublished(generated, published) }).toMatchObject({ heading, ok: true });
  });

  test('一: both halves as published up to the reason, no 导致… added', () => {
    const generated = sectionText(concise, '一、');
    const income = PART1.slice(0, PART1.indexOf('主要原因是'));
    const expense = PART1.slice(PART1.indexOf('本年单位预算支出总计'));
    expect(income).toContain('上年结转0.00万元，比上年增加187.15万元，增加28.07%');
    expect(containsPublished(generated, income)).toBe(true);
    expect(containsPublished(generated, expense)).toBe(true);
    expect(generated).not.toContain('导致');
    expect(generated).not.toContain('忻州市社会保险中心');
  });

  test('五: the headings say 当年拨款 as 002 prints them', () => {
    const published = publishedSection('002', '五、一般公共预算支出情况说明', '六、一般公共预算基本支出情况说明');
    const sub = concise.sections.map((s) => s.heading).filter((h) => /^（[一二]）一般公共预算/u.test(h));
    expect(sub).toEqual(['（一）一般公共预算当年拨款规模变化情况', '（二）一般公共预算当年拨款结构情况']);
    for (const h of sub) expect(published).toContain(h);
  });

  test('六: the opening and both totals as published (the item lists are the table\'s, largest first)', () => {
    const published = publishedSection('002', '六、一般公共预算基本支出情况说明', '七、“三公”经费');
    const [opening] = published.trim().split('\n');
    const generated = sectionText(concise, '六、');
    expect(containsPublished(generated, opening)).toBe(true);
    expect(containsPublished(generated, '人员经费 510.76万元，主要包括：')).toBe(true);
    expect(containsPublished(generated, '公用经费59.61万元，主要包括：')).toBe(true);
  });

  test('zero amounts and shares print 0.00 everywhere the profile applies', () => {
    expect(sectionText(concise, '二、')).toContain('政府性基金预算拨款收入0.00万元，占0.00%');
    expect(sectionText(concise, '四、')).toContain('上年结转收入0.00万元');
  });

  test('without last year\'s “三公” total the zero lines ask for it instead of saying 与上年相同', () => {
    const { ['prior.three-public.total']: _t, ...rest } = INPUTS_002;
    const n = narrativeOf(withParameters('002', 'budget', rest, '参公事业单位'));
    const text = sectionText(n, '七、');
    expect(text).toContain('“三公”经费预算0.00万元，比上年【请填写上年“三公”经费预算合计】');
    expect(text).not.toContain('与上年相同');
  });
});

describe('表述风格 left blank: 000/001 wording, also for 002', () => {
  test('the same inputs without the style do not give 002\'s wording', () => {
    const published = publishedSection('002', '二、收入预算情况说明', '三、支出预算情况说明');
    expect(containsPublished(sectionText(standard, '二、'), published)).toBe(false);
    expect(sectionText(standard, '二、')).toContain('2023年度忻州市社会保险中心预算收入853.77万元');
    expect(sectionText(standard, '二、')).toContain('政府性基金预算拨款收入0万元，占0%');
    expect(sectionText(standard, '七、')).toBe('本单位无“三公”经费预算。');
    expect(sectionText(standard, '1、车辆情况')).toContain('共有公务用车编制0辆，实有0辆');
    expect(sectionText(standard, '（一）政府购买服务')).toBe('本单位2023年无政府购买服务预算。');
    expect(standard.sections.map((s) => s.heading)).toContain('（一）一般公共预算当年支出规模变化情况');
  });

  test('an unknown style is reported at its cell and the text stays 标准', () => {
    const n = narrativeOf(withParameters('002', 'budget', { ...WITHOUT_STYLE, 'style.wording': '忻州' }, '参公事业单位'));
    expect(sectionText(n, '二、')).toContain('忻州市社会保险中心预算收入');
    const f = n.findings.find((x) => x.message.includes('情况说明表述风格'))!;
    expect(f.message).toBe('说明参数“情况说明表述风格”填的是“忻州”，只能选“标准”或“简式”；现按“标准”生成。');
    expect(f.sheet).toBe('说明参数');
    expect(f.cell).toMatch(/^B\d+$/);
  });

  test('决算 ignores the budget wording profile', () => {
    const plain = narrativeOf(withParameters('004', 'final', {}));
    const styled = narrativeOf(withParameters('004', 'budget', { 'style.wording': '简式' }));
    expect(styled.kind).toBe('final');
    expect(styled.sections.map((s) => s.paragraphs)).toEqual(plain.sections.map((s) => s.paragraphs));
  });
});

describe('the 说明参数 sheet offers the style as a dropdown', () => {
  test('标准 / 简式 at the value cell of 情况说明表述风格 (budget only)', () => {
    const layout = parameterSheetLayout({ kind: 'budget', year: 2023, unit: '忻州市社会保险中心' });
    const label = layout.cells.find((c) => c.col === 0 && c.value === '情况说明表述风格')!;
    expect(layout.choices?.[`B${label.row + 1}`]).toEqual(['标准', '简式']);
    const final = parameterSheetLayout({ kind: 'final', year: 2024, unit: 'x' });
    expect(final.cells.some((c) => c.value === '情况说明表述风格')).toBe(false);
  });
});

describe('containsPublished (the comparison the tests above rely on)', () => {
  test('figures as decimals, whitespace and punctuation width ignored, wording exact', () => {
    expect(containsPublished('项目支出283.40万元，占33.19%。', '项目支出283.4万元,占33.19%')).toBe(true);
    expect(containsPublished('收入0万元', '收入0.00 万元')).toBe(true);
    expect(containsPublished('收入0.01万元', '收入0.00万元')).toBe(false);
    expect(containsPublished('比上年增长28.07%', '比上年增加28.07%')).toBe(false);
    expect(normalizeWording('1,996.43万元,其中:')).toBe('1,996.43万元，其中：');
  });
});
