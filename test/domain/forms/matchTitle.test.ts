import { matchFormByTitle, matchFormsByTitle, normaliseTitle, parseLabel } from '../../../src/domain/forms/matchTitle';
import { seedLabels, seedTitles } from './seedTitles';
import type { FormDef } from '../../../src/domain/forms/formTypes';
import { profileById } from '../../../src/domain/profiles';

/** A Shanxi form by kind and printed number ('budget-05'): what these titles must name. */
const key = (f: FormDef | undefined) => f && `${f.kind}-${String(f.no).padStart(2, '0')}`;

describe('matchFormByTitle on the seed titles', () => {
  const budgetSeeds = ['000', '001', '002'];

  it.each(budgetSeeds)('seed %s: the 13 titles map to 预算公开表1–13 in order', (id) => {
    const titles = seedTitles(id);
    expect(titles).toHaveLength(13);
    expect(titles.map((t) => key(matchFormByTitle(t)))).toEqual(
      Array.from({ length: 13 }, (_, i) => `budget-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('seed 004: the 10 titles map to 公开01–10表 in order', () => {
    const titles = seedTitles('004');
    expect(titles).toHaveLength(10);
    expect(titles.map((t) => key(matchFormByTitle(t)))).toEqual(
      Array.from({ length: 10 }, (_, i) => `final-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it.each(['000', '001', '002', '004'])('seed %s: every title is accepted by exactly one form of its profile', (id) => {
    // Other profiles print the same titles (收入支出决算总表 is 表1 of the national set too): one form per set.
    const forms = profileById(id === '004' ? 'shanxi-final-10' : 'shanxi-budget-13')!.forms;
    for (const t of seedTitles(id)) {
      expect({ t, ids: matchFormsByTitle(t, undefined, forms).map((f) => f.id) }).toEqual({ t, ids: [expect.any(String)] });
    }
  });

  it('tells the 2023 and 2025 wordings of 表10 and 表11 apart from other tables', () => {
    expect(matchFormByTitle('2023年一般公共预算“三公”经费支出预算表')?.no).toBe(10);
    expect(matchFormByTitle('2025年财政拨款安排“三公”经费支出预算表')?.no).toBe(10);
    expect(matchFormByTitle('2023年机关运行经费预算财政拨款情况统计表')?.no).toBe(11);
    expect(matchFormByTitle('2025年财政拨款安排机关运行经费预算表')?.no).toBe(11);
    // Not 表5 although it says 一般公共预算 … 支出预算表.
    expect(key(matchFormByTitle('2023年一般公共预算“三公”经费支出预算表'))).not.toBe('budget-05');
  });

  it('accepts titles wrapped by spaces, with half-width brackets and other years', () => {
    expect(key(matchFormByTitle('2026年 一般公共预算支出预算表(不含上年结转)'))).toBe('budget-05');
    expect(key(matchFormByTitle('2024年度 一般公共预算财政拨款 基本支出决算明细表'))).toBe('final-06');
    expect(key(matchFormByTitle('2025年项目支出预算表(上年结转)'))).toBe('budget-13');
    expect(key(matchFormByTitle('2025年项目支出预算表'))).toBe('budget-12');
  });

  it('reads a title that shares its line with the label', () => {
    expect(key(matchFormByTitle('预算公开表10 2025年财政拨款安排“三公”经费支出预算表'))).toBe('budget-10');
    expect(key(matchFormByTitle('公开01表 收入支出决算总表'))).toBe('final-01');
  });

  it('filters by kind', () => {
    expect(matchFormByTitle('财政拨款收入支出决算总表', 'budget')).toBeUndefined();
    expect(key(matchFormByTitle('财政拨款收入支出决算总表', 'final'))).toBe('final-04');
    expect(matchFormByTitle('2025年预算收支总表', 'final')).toBeUndefined();
    expect(key(matchFormByTitle('2025年预算收支总表', 'budget'))).toBe('budget-01');
    expect(matchFormsByTitle('收入决算表', 'budget')).toEqual([]);
  });

  it('rejects text that is no table title', () => {
    expect(matchFormByTitle('单位名称：汾阳市社会保险中心')).toBeUndefined();
    expect(matchFormByTitle('注：本表无数据')).toBeUndefined();
    expect(matchFormByTitle('')).toBeUndefined();
  });

  it('normalises year, quotes and brackets away', () => {
    expect(normaliseTitle('## 2025年财政拨款安排“三公”经费支出预算表')).toBe('财政拨款安排三公经费支出预算表');
    expect(normaliseTitle('2024年度 收入决算表')).toBe('收入决算表');
    expect(normaliseTitle('2025年一般公共预算支出预算表（不含上年结转）')).toBe('一般公共预算支出预算表不含上年结转');
  });
});

describe('parseLabel', () => {
  it('reads budget and final label lines', () => {
    expect(parseLabel('预算公开表9')).toEqual({ kind: 'budget', no: 9 });
    expect(parseLabel('部门公开表9')).toEqual({ kind: 'budget', no: 9 });
    expect(parseLabel('公开09表')).toEqual({ kind: 'final', no: 9 });
    expect(parseLabel('公开\n02表')).toEqual({ kind: 'final', no: 2 });
    expect(parseLabel('公开03')).toEqual({ kind: 'final', no: 3 });
  });

  it('rejects unknown numbers and other text', () => {
    expect(parseLabel('预算公开表14')).toBeUndefined();
    expect(parseLabel('公开11表')).toBeUndefined();
    expect(parseLabel('收入决算表')).toBeUndefined();
  });

  it.each([
    ['000', ['budget-1', 'budget-9', 'budget-10']],
    ['001', ['budget-1', 'budget-9', 'budget-10']],
    ['002', ['budget-1']],
    ['004', Array.from({ length: 10 }, (_, i) => `final-${i + 1}`)],
  ])('seed %s: every label line is parsed', (id, expected) => {
    expect(seedLabels(id).map((l) => { const p = parseLabel(l); return p ? `${p.kind}-${p.no}` : l; })).toEqual(expected);
  });

  it('a bare label line also finds its form through matchFormByTitle', () => {
    expect(key(matchFormByTitle('公开06表'))).toBe('final-06');
    expect(key(matchFormByTitle('部门公开表9'))).toBe('budget-09');
  });
});
