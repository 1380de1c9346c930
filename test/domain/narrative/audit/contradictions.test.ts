import type { Finding } from '../../../../src/domain/findings/finding';
import { auditNarrative } from '../../../../src/domain/narrative/audit/auditNarrative';
import { writtenFromText } from '../../../../src/domain/narrative/audit/writtenNarrative';
import { readParameters } from '../../../../src/domain/parameters/parameterSheet';
import { recognize } from '../../../../src/domain/recognition/recognize';
import type { WorkbookSnapshot } from '../../../../src/domain/workbook/snapshot';
import { publishedNarrative } from '../../../support/narrativeFiles';
import { seedWorkbook, type SeedId } from '../../../support/seedWorkbook';
import { SEED_INPUTS, seedWithInputs, withParameters } from '../narrativeFixtures';

/**
 * The published texts with one thing changed the way it goes wrong in practice — a figure retyped,
 * a share from last year's draft, a direction copied, a stale year, another unit's text — each found
 * by its rule at the right paragraph and cell, and nothing else new.
 */
function edited(id: SeedId, from: string, to: string): string {
  const text = publishedNarrative(id);
  expect(text).toContain(from);
  return text.replace(from, to);
}

function audit(text: string, wb: WorkbookSnapshot): Finding[] {
  return auditNarrative(writtenFromText(text), wb, recognize(wb), readParameters(wb));
}

/** The findings the edit added (published contradictions and 信息 aside), against the workbook `before` as well. */
function added(id: SeedId, text: string, wb: WorkbookSnapshot = seedWorkbook(id), before = wb): Finding[] {
  const published = new Set(audit(publishedNarrative(id), before).map((f) => `${f.rule}|${f.quote}|${f.message.replace(/^第\d+段/, '')}`));
  return audit(text, wb).filter((f) => f.severity !== 'info' && !published.has(`${f.rule}|${f.quote}|${f.message.replace(/^第\d+段/, '')}`));
}

describe('amounts and counts', () => {
  test('a retyped amount is an 错误 at the table cell it must equal', () => {
    const [f] = added('000', edited('000', '主要包括一般公共预算拨款收入2,911.06万元', '主要包括一般公共预算拨款收入2,991.06万元'));
    expect(f).toMatchObject({ rule: 'narrative-amount', severity: 'error', quote: '2,991.06万元', table: 1, sheet: 'Sheet1', cell: 'B7', expected: '2911.06', actual: '2991.06', difference: '80.00' });
    expect(f.row).toEqual({ code: null, name: '一、一般公共预算' });
    expect(f.message).toMatch(/^第\d+段（二、收入预算情况说明）“主要包括一般公共预算拨款收入2,991.06万元”与预算公开表1（Sheet1!B7）/);
  });

  test('an amount written in 元 is compared in 万元: equal passes, 100 元 off is a 0.01 提示', () => {
    expect(added('000', edited('000', '预算收入2,911.06万元，主要包括', '预算收入29,110,600元，主要包括'))).toEqual([]);
    const [f] = added('000', edited('000', '预算收入2,911.06万元，主要包括', '预算收入29,110,700元，主要包括'));
    expect(f).toMatchObject({ rule: 'narrative-amount', severity: 'warning', quote: '29,110,700元', cell: 'B39', difference: '0.01' });
  });

  test('a count of projects against 表12', () => {
    const [f] = added('000', edited('000', '纳入绩效目标管理的一、二级项目12个', '纳入绩效目标管理的一、二级项目13个'));
    expect(f).toMatchObject({ rule: 'narrative-amount', severity: 'error', quote: '13个', sheet: 'Sheet12', expected: '12', actual: '13' });
  });
});

describe('attached performance tables, counted by their own recognition', () => {
  test('004: “绩效自评个数17个” against the 17 自评表 the workbook holds; 18 is an 错误', () => {
    const wb = seedWorkbook('004', { performance: true });
    const text = publishedNarrative('004');
    const counted = audit(text, wb).filter((f) => f.quote === '17个');
    // Both are checked and hold: the count of 自评表 and "17个项目自评等级为“优”", the grades the 17 tables give.
    expect(counted).toEqual([]);
    const [f] = added('004', edited('004', '绩效自评个数17个', '绩效自评个数18个'), wb);
    expect(f).toMatchObject({ rule: 'narrative-attachment-count', severity: 'error', quote: '18个', expected: '17', actual: '18' });
    expect(f.message).toContain('工作簿中的绩效自评表为 17 张');
  });

  test('001 without the tables in the text: the workbook’s 绩效目标表 are counted instead', () => {
    const text = publishedNarrative('001');
    const withoutTables = text.split('\n').filter((l) => !l.includes('\t')).join('\n');
    const f = audit(withoutTables, seedWorkbook('001', { performance: true })).find((x) => x.rule === 'narrative-attachment-count');
    expect(f?.message).toContain('工作簿中的绩效目标表为 20 张');
  });
});

describe('shares', () => {
  test('a share from another year is an 错误 against the share recomputed with the sentence’s whole', () => {
    const [f] = added('000', edited('000', '基本支出450.96万元，占15.49%', '基本支出450.96万元，占14.59%'));
    expect(f).toMatchObject({ rule: 'narrative-share', severity: 'error', quote: '14.59%', expected: '15.49', actual: '14.59', sheet: 'Sheet3', cell: 'D6' });
    expect(f.message).toContain('450.96 ÷ 2,911.05');
  });

  test('shares written with one decimal are read at that precision (and add up to 100.0)', () => {
    const text = edited('000', '占98.19%;卫生健康支出17.11万元,占0.59%;住房保障支出35.69万元,占1.23%', '占98.2%;卫生健康支出17.11万元,占0.6%;住房保障支出35.69万元,占1.2%');
    // Only 十's 2,460.10 against 表12's printed 合计 2,460.09 (publishedNarratives.test.ts) remains.
    expect(audit(text, seedWorkbook('000')).filter((f) => f.severity !== 'info').map((f) => f.quote)).toEqual(['2,460.10万元']);
  });

  test('both roundings are right: each share alone (1.23) and adding up to 100.00 (1.22)', () => {
    const text = edited('000', '35.69万元,占1.23%', '35.69万元,占1.22%');
    expect(added('000', text)).toEqual([]);
    // And the list no longer adds up to 100.01.
    expect(audit(text, seedWorkbook('000')).filter((f) => f.rule === 'narrative-share-sum')).toEqual([]);
  });
});

describe('changes', () => {
  test('with last year’s figure: a change in the wrong direction is an 错误 for the amount and the rate', () => {
    const text = edited('000', '上年结转0万元，比上年减少38759.86万元，下降93.01%，主要原因是2025年年初预算不包括财政对城乡居民养老保险、机关养老保险、企业职工养老保险的各项补贴，导致预算收入减少', '上年结转0万元，比上年增加38759.86万元，增长93.01%，主要原因是');
    const found = added('000', text, seedWithInputs('000'));
    expect(found.map((f) => [f.rule, f.severity, f.quote])).toEqual([
      ['narrative-change', 'error', '38759.86万元'],
      ['narrative-change', 'error', '93.01%'],
    ]);
    expect(found[0].message).toContain('应为减少');
    expect(found[0]).toMatchObject({ sheet: 'Sheet1', cell: 'B39' });
  });

  test('with last year’s figure: a change of the wrong size', () => {
    const text = edited('000', '一般公共预算当年支出2,911.06万元，比上年减少38759.86万元', '一般公共预算当年支出2,911.06万元，比上年减少38759.68万元');
    const [f] = added('000', text, seedWithInputs('000'));
    expect(f).toMatchObject({ rule: 'narrative-change', severity: 'error', quote: '38759.68万元', expected: '38759.86', actual: '38759.68', sheet: 'Sheet5', cell: 'C6' });
  });

  test('without last year’s figure: a rate that does not follow from the amounts', () => {
    const [f] = added('000', edited('000', '比上年减少38759.86万元，下降93.01%', '比上年减少38759.86万元，下降39.01%'));
    expect(f).toMatchObject({ rule: 'narrative-change', severity: 'error', quote: '39.01%', expected: '93.01', actual: '39.01' });
    expect(f.message).toContain('推算上年为 41,670.92');
  });

  test('“与上年相同” where last year differs', () => {
    const wb = withParameters('001', 'budget', { ...SEED_INPUTS['001'].inputs, 'prior.three-public.total': '4.00' }, '行政单位');
    const found = added('001', publishedNarrative('001'), wb, seedWithInputs('001'));
    expect(found.map((f) => [f.rule, f.quote])).toEqual([['narrative-change', '与2024年预算数相同']]);
    expect(found[0].message).toContain('应为增加1.00万元');
  });
});

describe('names, years, units, placeholders, totals', () => {
  test('a 类 under its name before 2019 is found through the catalog and its amount still checked', () => {
    const [f] = added('000', edited('000', '卫生健康支出17.11万元、住房保障支出', '医疗卫生与计划生育支出17.11万元、住房保障支出'));
    expect(f).toMatchObject({ rule: 'narrative-class-name', severity: 'warning', quote: '医疗卫生与计划生育支出', sheet: 'Sheet4' });
    expect(f.message).toContain('表中为“卫生健康支出”');
  });

  test('a year two years old where this year’s belongs', () => {
    const [f] = added('000', edited('000', '2025年度汾阳市社会保险中心支出预算', '2023年度汾阳市社会保险中心支出预算'));
    expect(f).toMatchObject({ rule: 'narrative-year', severity: 'warning', quote: '2023年' });
  });

  test('another unit’s name left in a paragraph copied from its text', () => {
    const [f] = added('000', edited('000', '2025年汾阳市社会保险中心政府采购预算总额', '2025年汾阳市人力资源和社会保障局政府采购预算总额'));
    expect(f).toMatchObject({ rule: 'narrative-unit-name', severity: 'warning', quote: '汾阳市人力资源和社会保障局' });
  });

  test.each([
    ['政府采购预算总额2.07万元', '政府采购预算总额XX万元', 'XX'],
    ['主要原因是2025年年初预算', '主要原因是【请填写原因】2025年年初预算', '【请填写原因】'],
    ['本单位无机关运行经费。', '本单位无机关运行经费（待填写）。', '待填写'],
  ])('a placeholder left in: %s', (from, to, quote) => {
    const found = added('000', edited('000', from, to));
    expect(found.map((f) => [f.rule, f.severity, f.quote])).toContainEqual(['narrative-placeholder', 'error', quote]);
  });

  test('the same total no table holds, stated twice with two values', () => {
    const text = edited('000', '本单位2025年无政府购买服务预算。', '本单位2025年无政府购买服务预算。本单位政府采购预算总额2.70万元。');
    const [f] = added('000', text);
    expect(f).toMatchObject({ rule: 'narrative-total-mismatch', severity: 'error', quote: '2.70万元', expected: '2.07', actual: '2.70' });
  });

  test('a figure no table holds is 信息, listed once with the paragraphs it recurs in', () => {
    const findings = audit(publishedNarrative('004'), seedWorkbook('004')).filter((f) => f.quote === '40332.98万元');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info', rule: 'narrative-untied' });
    expect(findings[0].message).toMatch(/同一数字另见第\d+、\d+、\d+段/);
  });
});
