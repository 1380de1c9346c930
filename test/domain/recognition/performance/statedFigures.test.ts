import { statedAmounts, statedCounts, statedProducts } from '../../../../src/domain/recognition/performance/statedFigures';

/** What a sentence of 项目概况 / 总体目标 states, read the way an accountant reads it. */
const amounts = (t: string) => statedAmounts(t).map((a) => [a.yuan.toString(), a.role, a.monthly, a.perOccasion]);

test('sums, totals and standards', () => {
  expect(amounts('需要资金38万元')).toEqual([['380000', 'plain', false, false]]);
  expect(amounts('预算1412万元')).toEqual([['14120000', 'plain', false, false]]);
  expect(amounts('按每人每年3360元标准发放，4200人，共计1411.2万元')).toEqual([
    ['3360', 'standard', false, false],
    ['14112000', 'total', false, false],
  ]);
  expect(amounts('退休人员遗属补助4人,每人每月480元,共计23040元')).toEqual([
    ['480', 'standard', true, false],
    ['23040', 'total', false, false],
  ]);
  expect(amounts('补助标准130元/天')).toEqual([['130', 'standard', false, true]]);
  expect(amounts('原则上按每位服务对象每年补助3元的标准')).toEqual([['3', 'standard', false, false]]);
  expect(amounts('提前下达2025年省级财政就业补助资金1,011.25万元')).toEqual([['10112500', 'plain', false, false]]);
});

test('head-counts, not bounds or ranges', () => {
  const counts = (t: string) => statedCounts(t).map((c) => c.persons.toString());
  expect(counts('在职人员35人职业年金做实')).toEqual(['35']);
  expect(counts('服务人数235000人，参保23.5万人')).toEqual(['235000', '235000']);
  expect(counts('在外务工人员长期保持在200人以上')).toEqual([]);
  expect(counts('1000人—2000人58个村；3000—4000人7个村；1000人以下224个村')).toEqual([]);
  expect(counts('每人每月480元，人均')).toEqual([]);
});

test('a product written out', () => {
  expect(statedProducts('250*130*3=97500元').map((p) => [p.factors.map(String), p.result.toString()])).toEqual([[['250', '130', '3'], '97500']]);
  expect(statedProducts('4200×3360=14112000').map((p) => p.result.toString())).toEqual(['14112000']);
});
