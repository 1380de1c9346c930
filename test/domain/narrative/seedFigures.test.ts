import Decimal from 'decimal.js';
import type { SeedId } from '../../support/seedWorkbook';
import { seedWorkbook } from '../../support/seedWorkbook';
import { containsFigure, figuresIn, narrativeOf, publishedSection, sectionText } from './narrativeFixtures';

/**
 * The sections the tables alone determine: every figure the published 情况说明 states there must
 * appear in the generated text, except the published figures that disagree with their own tables
 * (listed below and asserted the other way round).
 */
interface Case {
  readonly seed: SeedId;
  readonly name: string;
  /** Published section: from the line holding `start` to the line holding `end`. */
  readonly start: string;
  readonly end: string;
  /** Generated section heading prefix. */
  readonly heading: string;
}

const BUDGET = (seed: SeedId): Case[] => [
  { seed, name: '二', start: '二、收入预算情况说明', end: '三、支出预算情况说明', heading: '二、' },
  { seed, name: '三', start: '三、支出预算情况说明', end: '四、财政拨款收支预算总体情况说明', heading: '三、' },
  { seed, name: '四', start: '四、财政拨款收支预算总体情况说明', end: '五、一般公共预算支出情况说明', heading: '四、' },
  { seed, name: '五（二）', start: '结构情况', end: '六、一般公共预算基本支出情况说明', heading: '（二）一般公共预算当年支出结构' },
  { seed, name: '六', start: '六、一般公共预算基本支出情况说明', end: '七、“三公”经费增减变动原因说明', heading: '六、' },
];

const CASES: Case[] = [
  ...BUDGET('000'),
  ...BUDGET('001'),
  ...BUDGET('002'),
  { seed: '004', name: '二', start: '二、收入决算情况说明', end: '三、支出决算情况说明', heading: '二、' },
  { seed: '004', name: '三', start: '三、支出决算情况说明', end: '四、财政拨款收支决算总体情况说明', heading: '三、' },
  { seed: '004', name: '五（二）', start: '（二）一般公共预算财政拨款支出决算结构情况', end: '（三）一般公共预算财政拨款支出决算具体情况', heading: '（二）一般公共预算财政拨款支出决算结构' },
  { seed: '004', name: '六', start: '六、一般公共预算财政拨款基本支出决算情况说明', end: '七、政府性基金预算财政拨款收支决算情况说明', heading: '六、' },
];

/** Where the published text disagrees with its own tables: the published figure, and what the table says. */
interface Discrepancy {
  readonly seed: SeedId;
  readonly section: string;
  readonly heading: string;
  readonly published: string;
  readonly table: string;
  /** The generated wording around the table's figure. */
  readonly generated: string;
  readonly why: string;
}

const DISCREPANCIES: Discrepancy[] = [
  {
    seed: '000',
    section: '五（二）',
    heading: '（二）一般公共预算当年支出结构',
    published: '1.23',
    table: '1.22',
    generated: '住房保障支出35.69万元，占1.22%',
    why: '98.19 + 0.59 + 1.23 = 100.01: each share rounded alone; largest remainder gives 1.22',
  },
  {
    seed: '004',
    section: '六',
    heading: '六、',
    published: '112.76',
    table: '112.75',
    generated: '绩效工资112.75万元',
    why: '公开06表 30107 绩效工资 prints 112.75',
  },
  {
    seed: '004',
    section: '六',
    heading: '六、',
    published: '15.55',
    table: '15.56',
    generated: '退休费15.56万元',
    why: '公开06表 30302 退休费 prints 15.56',
  },
  {
    seed: '004',
    section: '六',
    heading: '六、',
    published: '3.41',
    table: '3.42',
    generated: '奖励金3.42万元',
    why: '公开06表 30309 奖励金 prints 3.42',
  },
];

describe('sections built from the tables carry every figure the seeds publish', () => {
  test.each(CASES.map((c) => [c.seed, c.name, c] as const))('%s %s', (_seed, _name, c) => {
    const published = publishedSection(c.seed, c.start, c.end);
    const generated = sectionText(narrativeOf(seedWorkbook(c.seed)), c.heading);
    const wrong = DISCREPANCIES.filter((d) => d.seed === c.seed && d.section === c.name).map((d) => new Decimal(d.published));
    const expected = figuresIn(published).filter((f) => !wrong.some((w) => w.equals(f)));
    expect(expected.length).toBeGreaterThan(0);
    const absent = expected.filter((f) => !containsFigure(generated, f)).map((f) => f.toString());
    expect({ section: `${c.seed} ${c.name}`, absent }).toEqual({ section: `${c.seed} ${c.name}`, absent: [] });
  });
});

describe('where the published text differs from its own tables, the generator follows the tables', () => {
  test.each(DISCREPANCIES.map((d) => [d.seed, d.published, d] as const))('%s: published %s', (_s, _p, d) => {
    const generated = sectionText(narrativeOf(seedWorkbook(d.seed)), d.heading);
    expect(generated).toContain(d.generated);
    expect(containsFigure(generated, new Decimal(d.published))).toBe(false);
  });

  test('000: the class shares add up to exactly 100.00 (the document prints 100.01)', () => {
    const text = sectionText(narrativeOf(seedWorkbook('000')), '（二）一般公共预算当年支出结构');
    const shares = [...text.matchAll(/占([\d.]+)%/g)].map((m) => new Decimal(m[1]));
    expect(shares.map((s) => s.toFixed(2))).toEqual(['98.19', '0.59', '1.22']);
    expect(shares.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(2)).toBe('100.00');
  });

  test('004: amounts print two decimals where the document drops them (职业年金 26.8, 办公费 3.5)', () => {
    const published = publishedSection('004', '六、一般公共预算财政拨款基本支出决算情况说明', '七、政府性基金');
    expect(published).toContain('职业年金缴费26.8万元');
    expect(published).toContain('办公费3.5万元');
    const generated = sectionText(narrativeOf(seedWorkbook('004')), '六、');
    expect(generated).toContain('职业年金缴费26.80万元');
    expect(generated).toContain('办公费3.50万元');
  });

  test('004: item names are the table\'s (the document says 其他社会保障缴费 for 06表 30112 其他社会保险缴费)', () => {
    expect(publishedSection('004', '六、一般公共预算财政拨款基本支出决算情况说明', '七、政府性基金')).toContain('其他社会保障缴费');
    expect(sectionText(narrativeOf(seedWorkbook('004')), '六、')).toContain('其他社会保险缴费6.04万元');
  });

  test('004 六: items are the non-zero 06表 lines, largest first, and add up to 人员经费 and 公用经费', () => {
    const text = sectionText(narrativeOf(seedWorkbook('004')), '六、');
    const [, personnel, publicCost] = text.split('\n');
    const amounts = (line: string) => [...line.matchAll(/([\u4e00-\u9fff()（）]+?)([\d,]+\.\d{2})万元/g)].map((m) => new Decimal(m[2].replace(/,/g, '')));
    const p = amounts(personnel);
    expect(p[0].toFixed(2)).toBe('435.23');
    const items = p.slice(1);
    expect(items.map((x) => x.toFixed(2))).toEqual([...items].sort((a, b) => b.comparedTo(a)).map((x) => x.toFixed(2)));
    // 06表's own lines add up to 435.24 against its printed 435.23: a rounding tail of the table.
    const sum = items.reduce((a, b) => a.plus(b), new Decimal(0));
    expect(sum.minus('435.23').abs().lte(new Decimal('0.005').times(items.length + 1))).toBe(true);
    const q = amounts(publicCost);
    expect(q.map((x) => x.toFixed(2))).toEqual(['14.36', '8.42', '3.50', '2.44']);
  });

  test('budget 六 lists the 表6 items by amount, largest first (000 publishes another order)', () => {
    const text = sectionText(narrativeOf(seedWorkbook('000')), '六、');
    expect(text).toContain(
      '人员经费427.83万元，主要包括：基本工资、绩效工资、机关事业单位基本养老保险缴费、住房公积金、职业年金缴费、津贴补贴、职工基本医疗保险缴费、退休费、其他工资福利支出、其他社会保障缴费等；',
    );
    expect(text).toContain('公用经费23.13万元，主要包括：福利费、其他商品和服务支出、工会经费、办公费等。');
  });

  test('every published item name of 六 appears in the generated list', () => {
    for (const seed of ['000', '001', '002'] as const) {
      const published = publishedSection(seed, '六、一般公共预算基本支出情况说明', '七、“三公”经费');
      const generated = sectionText(narrativeOf(seedWorkbook(seed)), '六、');
      const names = [...published.matchAll(/主要包括[:：]([^；;。]+)/g)].flatMap((m) => m[1].replace(/等$/, '').split('、'));
      expect(names.length).toBeGreaterThan(10);
      for (const name of names) expect(`${seed} ${generated.includes(name.trim()) ? 'ok' : name}`).toBe(`${seed} ok`);
    }
  });
});
