import { moneyInYuan, parseIndicatorValue, personsOf } from '../../../../src/domain/recognition/performance/indicatorValue';

/** 指标值 as the seeds write them, split into comparator, number and unit, or kept as words. */
describe('parseIndicatorValue', () => {
  test.each([
    ['≥95%', '≥', '95', '%'],
    ['100%', null, '100', '%'],
    ['≤1100万元', '≤', '1100', '万元'],
    ['3360元/人/年', null, '3360', '元/人/年'],
    ['≥17041人', '≥', '17041', '人'],
    ['>90%', '>', '90', '%'],
    ['=142560元', '=', '142560', '元'],
    ['≥23.5万人', '≥', '23.5', '万人'],
    ['0起', null, '0', '起'],
    ['１，２００元', null, '1200', '元'],
  ])('%s', (raw, comparator, number, unit) => {
    const v = parseIndicatorValue(raw);
    expect([v.comparator, v.number?.toString() ?? null, v.unit, v.text]).toEqual([comparator, number, unit, null]);
  });

  test.each(['2026年10月底', '6月25日前', '及时', '有效保障', '达到国家规定的水平'])('%s stays words', (raw) => {
    const v = parseIndicatorValue(raw);
    expect(v.number).toBeNull();
    expect(v.text).not.toBeNull();
  });

  test('a 自评表 年初 value states comparator and unit only', () => {
    expect(parseIndicatorValue('≥%')).toMatchObject({ comparator: '≥', number: null, unit: '%', text: null });
  });

  test('money and head-counts in base units', () => {
    expect(moneyInYuan(parseIndicatorValue('≤1100万元'))!.toString()).toBe('11000000');
    expect(moneyInYuan(parseIndicatorValue('3360元/人/年'))).toBeNull();
    expect(personsOf(parseIndicatorValue('≥23.5万人'))!.toString()).toBe('235000');
    expect(personsOf(parseIndicatorValue('12次'))).toBeNull();
  });
});
