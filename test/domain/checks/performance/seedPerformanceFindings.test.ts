import { checkWorkbook } from '../../../../src/domain/checks/checkWorkbook';
import type { Finding } from '../../../../src/domain/findings/finding';
import { withCell } from '../../../support/editWorkbook';
import { seedWorkbook, type SeedId } from '../../../support/seedWorkbook';

/**
 * The performance-* rules on the seeds with their performance tables. Each inconsistency asserted
 * here was checked by hand against the seed text (see the comments); the consistent tables give no
 * 错误, and 002's five 申报表 nothing at all.
 */
const check = (id: SeedId, layout: 'sheetPerTable' | 'oneSheet' = 'sheetPerTable') => checkWorkbook(seedWorkbook(id, { performance: true, layout }));
const perf = (fs: readonly Finding[]) => fs.filter((f) => f.rule.startsWith('performance-'));
const about = (fs: readonly Finding[], rule: string, project: string) => fs.filter((f) => f.rule === rule && f.project === project);

const r000 = perf(check('000').findings);
const r001 = perf(check('001').findings);
const r002 = perf(check('002').findings);
const r004 = perf(check('004').findings);

describe('001 汾阳市人力资源和社会保障局 (20 tables for 22 lines of 表12)', () => {
  test('two 表12 lines have no table at all: 2025年中央财政就业补助资金 (989.00) and 单位长期聘用人员经费 (10.32)', () => {
    const missing = r001.filter((f) => f.rule === 'performance-coverage' && f.table === 12);
    expect(missing.map((f) => f.project)).toEqual(['2025年中央财政就业补助资金', '单位长期聘用人员经费']);
    expect(missing.every((f) => f.severity === 'warning' && f.sheet !== null && f.cell !== null)).toBe(true);
    expect(missing[0].message).toContain('989.00万元');
  });

  test('three tables under another name than their 表12 line, each proposed', () => {
    const near = r001.filter((f) => f.rule === 'performance-coverage' && f.table === null);
    expect(near.map((f) => [f.project, /是否应为“(.+)”？/.exec(f.message)?.[1]])).toEqual([
      ['退休人员遗属补助', '遗属补助'],
      ['2024年外务工人员青岛站运营费', '2024年外出务工人员青岛站运营费'],
      ['专项工作任务经费(医保)', '专项业务工作经费(医保)'],
    ]);
    expect(near.every((f) => f.form === 'performance/target' && f.severity === 'warning')).toBe(true);
  });

  test('遗属补助: 年度资金总额 23,040元 = 2.30万元 against 表12 2.07万元 is an error', () => {
    const [f] = about(r001, 'performance-amount', '退休人员遗属补助');
    expect(f).toMatchObject({ severity: 'error', table: null, form: 'performance/target', actual: '23040.00', expected: '20700.00', difference: '2340.00', row: { name: '年度资金总额' } });
    expect(f.message).toContain('2.30万元');
    expect(f.message).toContain('2.07万元');
  });

  test('法律顾问: 成本指标 30000元 above the 20,000元 the table funds', () => {
    const [f] = about(r001, 'performance-indicators', '山西绥民律师事务所法律顾问费');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('30000元');
    expect(f.message).toContain('20,000元');
  });

  test('the only errors are the two 年度资金 that differ from 表12 (遗属补助; 专项 reads 90.000 as 90元 against 9.00万元)', () => {
    expect(r001.filter((f) => f.severity === 'error').map((f) => [f.rule, f.project])).toEqual([
      ['performance-amount', '退休人员遗属补助'],
      ['performance-amount', '专项工作任务经费(医保)'],
    ]);
  });

  test('text against figures: 省级就业 1,011.25万元, 稳岗 18万元 against 59万元; 就业补助 300万元 cost on 150万元', () => {
    expect(about(r001, 'performance-text', '2025年省级财政就业补助资金')[0].message).toContain('1,011.25万元');
    expect(about(r001, 'performance-text', '2025年稳岗补助晋财农【2024】119号')[0].message).toContain('18万元');
    expect(about(r001, 'performance-indicators', '2025年就业补助资金(上级未保障部分)')[0].message).toContain('1,500,000元');
  });

  test('dates: the scanned header "F025年度)" and 填报日期 2024122715553 (13 digits)', () => {
    expect(about(r001, 'performance-dates', '专项工作任务经费(医保)')[0].message).toContain('F025年度)');
    expect(about(r001, 'performance-dates', '2025年业务工作经费(办公设备购置)')[0].message).toContain('2024122715553');
  });
});

describe('000 汾阳市社会保险中心 (12 tables, every 表12 line covered)', () => {
  test('机关离退休 / 机关养老退休: the table and 表12 name the project differently', () => {
    const [f] = r000.filter((f) => f.rule === 'performance-coverage');
    expect(f.project).toBe('2025年机关离退休人员活动经费');
    expect(f.message).toContain('是否应为“2025年机关养老退休人员活动经费”？');
    expect(r000.filter((f) => f.rule === 'performance-coverage')).toHaveLength(1);
  });

  test('35人 in 项目概况 against 34人 in the 数量指标 of 职业年金做实', () => {
    const [f] = about(r000, 'performance-text', '在职人员职业年金做实');
    expect(f.message).toContain('35人');
    expect(f.message).toContain('34人');
  });

  test('代办员补助: the five village amounts add up to 273,500元, the table funds 273,400元', () => {
    const [f] = about(r000, 'performance-text', '2025年城乡居民基本养老保险代办员补助');
    expect(f.message).toContain('273,500元');
    expect(f.message).toContain('273,400元');
  });

  test('城乡居民养老保险工作经费: "金额为205000元" against 120,000元, and 3元 × 235,000人 = 705,000元', () => {
    const fs = about(r000, 'performance-text', '2025年城乡居民养老保险工作经费').map((f) => f.message);
    expect(fs.some((m) => m.includes('205,000元') && m.includes('120,000元'))).toBe(true);
    expect(fs.some((m) => m.includes('705,000元'))).toBe(true);
  });

  test('一次性 projects whose 实施期 differs from 年度: 取暖费 (11,000,000 / 10,997,280), 缺口 (24,000,000 / 11,000,000), 机关离退休 (180,000 / 167,250)', () => {
    expect(r000.filter((f) => f.rule === 'performance-period').map((f) => [f.project, f.actual, f.expected])).toEqual([
      ['2022年后新增企业退休人员取暖费(2025年)', '11000000.00', '10997280.00'],
      ['2025年企业职工取暖费以及缺口责任负担资金', '24000000.00', '11000000.00'],
      ['2025年机关离退休人员活动经费', '180000.00', '167250.00'],
    ]);
  });

  test('no 错误: every 年度资金总额 agrees with 表12 within the 元 → 万元 rounding (10,997,280 → 1,099.73)', () => {
    expect(r000.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

test('002: the five 申报表 agree with 表12 and with themselves — no finding at all', () => {
  expect(r002).toEqual([]);
});

describe('004 自评表', () => {
  test('临时工工资: 14,256 in the 万元 columns where 成本 says 142,560元', () => {
    const [f] = about(r004, 'performance-unit', '临时工工资');
    expect(f).toMatchObject({ severity: 'error', form: 'performance/self-evaluation', actual: '14256.00', expected: '14.26' });
    expect(f.message).toContain('142560元');
    expect(f.message).toContain('1,000 倍');
  });

  test('four 自评表 printed on the 绩效目标表 form', () => {
    expect(r004.filter((f) => f.rule === 'performance-form').map((f) => f.project)).toEqual([
      '2024年山西省对城乡居民基本养老保险的出口补贴（第三批）',
      '2024年特殊困难人员代缴经费补充险（追加）',
      '2024年特殊困难人员代缴经费基本险（追加）',
      '2024年中央调整机关事业单位基本养老保险水平补助经费缺口',
    ]);
  });

  test('the 13 real 自评表 add up: 执行率, 结余, 分值 100, 得分 = 总分, grades', () => {
    expect(r004.filter((f) => f.rule === 'performance-self-evaluation')).toEqual([]);
    expect(r004.filter((f) => f.severity === 'error').map((f) => f.rule).sort()).toEqual([...Array(4).fill('performance-form'), 'performance-unit'].sort());
  });

  test('城乡居民养老保险工作经费 has no 时效指标', () => {
    expect(about(r004, 'performance-indicators', '2024年城乡居民养老保险工作经费')[0].message).toContain('时效指标');
  });
});

test('the stacked layout finds the same things', () => {
  const key = (f: Finding) => `${f.rule}|${f.project}|${f.severity}|${f.actual}|${f.expected}`;
  for (const id of ['000', '001', '002', '004'] as const) {
    expect(perf(check(id, 'oneSheet').findings).map(key)).toEqual(perf(check(id).findings).map(key));
  }
});

describe('the rules fail when a figure is changed', () => {
  const wb000 = seedWorkbook('000', { performance: true });
  const base000 = checkWorkbook(wb000);
  const pension = base000.recognition.performance.find((t) => t.project === '在职人员职业年金做实')!;

  test('a funding part that no longer adds up to 年度资金总额', () => {
    const part = pension.funding.annual!.parts.find((p) => p.key === 'local')!.amount!;
    const r = checkWorkbook(withCell(wb000, pension.sheet, part.address, '1,731,700.84'));
    const f = about(r.findings, 'performance-funding', '在职人员职业年金做实');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', cell: pension.funding.annual!.total!.amount!.address, actual: '1731707.84', expected: '1731700.84' });
  });

  test('年度资金总额 off its 表12 line by more than rounding', () => {
    const total = pension.funding.annual!.total!.amount!;
    const r = checkWorkbook(withCell(wb000, pension.sheet, total.address, '1,741,707.84'));
    expect(about(r.findings, 'performance-amount', '在职人员职业年金做实')[0]).toMatchObject({ severity: 'error', expected: '1731700.00' });
  });

  const wb004 = seedWorkbook('004', { performance: true });
  const base004 = checkWorkbook(wb004);
  const heating = base004.recognition.performance.find((t) => t.project === '2024年企业退休职工取暖费(上解)')!;
  const money = heating.selfEvaluation!.money[0];

  test('执行率 and 结余 that do not follow from 全年预算数 and 全年执行数', () => {
    let wb = withCell(wb004, heating.sheet, money.values.rate!.address, 90);
    wb = withCell(wb, heating.sheet, money.values.balance!.address, 5);
    const fs = about(checkWorkbook(wb).findings, 'performance-self-evaluation', '2024年企业退休职工取暖费(上解)');
    expect(fs.map((f) => f.column)).toEqual(['执行率', '资金结（转）余']);
    expect(fs[0].message).toContain('= 100.00%');
  });

  test('a grade the 总分 does not earn, and 得分 that no longer add up to 总分', () => {
    let wb = withCell(wb004, heating.sheet, heating.selfEvaluation!.grade!.address, '良');
    const cost = heating.selfEvaluation!.indicators.find((i) => i.level2 === '成本指标')!;
    wb = withCell(wb, heating.sheet, cost.score!.address, 7);
    const fs = about(checkWorkbook(wb).findings, 'performance-self-evaluation', '2024年企业退休职工取暖费(上解)').map((f) => f.message);
    expect(fs.some((m) => m.includes('总分 99，应为') && m.includes('= 97'))).toBe(true);
    expect(fs.some((m) => m.includes('对应等级“优”') && m.includes('“良”'))).toBe(true);
  });
});
