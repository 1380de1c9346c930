import { seedWorkbook } from '../../support/seedWorkbook';
import { shanghaiWorkbook, type ShanghaiDoc } from '../../support/shanghaiWorkbook';
import { fillTextsBySituation } from './fillTexts';

/**
 * Issue 18 item 7 on a national set: fill's reasons, notes, conflicts and held-back sources name the
 * tables as the workbook's set prints them (表5, 表8), never in Shanxi's 决算 wording (公开05表).
 */
describe.each<ShanghaiDoc>(['social-work', 'planning-resources'])('fill on the national 部门决算 %s (codes in 类/款/项 columns)', (doc) => {
  const texts = fillTextsBySituation(shanghaiWorkbook(doc, { layout: 'sheetPerTable', names: 'cells', codes: 'three' }), 8);

  it.each(Object.keys(texts))('%s: no text names a table 公开0N表', (situation) => {
    expect(texts[situation].filter((t) => /公开\d/.test(t))).toEqual([]);
    // A basis said once: "按表3 … 推算", never "按由表3 … 推算".
    expect(texts[situation].filter((t) => t.includes('按由'))).toEqual([]);
  });

  it('names the tables 表N, as the set prints them', () => {
    const all = Object.values(texts).flat();
    expect(all.some((t) => t.startsWith('表5 208 社会保障和就业支出 行“合计”列填 '))).toBe(true);
    expect(texts.emptied).toContain('表1 结余分配、年末结转和结余 不在表2、表3中：请填写（没有请填 0），再次填充后可推算总计');
    expect(texts.added[0]).toBe('缺少表1、表4、表5');
    // 政府性基金 and 国有资本经营 are 表8 and 表9 in this set (公开07表 and 公开08表 in Shanxi's).
    expect(texts.govFund).toContain('表8、表9未显示无数据：表4 政府性基金预算、国有资本经营预算财政拨款各行请按表8、表9手工填写');
    expect(texts.overtyped.some((t) => /^未将表3 合计 行“本年支出合计”列（Sheet3!E\d+）的 [\d,.]+ 填入表[145].*：这个数本身有错误——.*请先改正表3，再预览填充$/.test(t))).toBe(true);
    expect(texts.noClassRow.some((t) => t.startsWith('表3 缺少上级科目 '))).toBe(true);
  });
});

describe('fill on a Shanxi 决算 (seed 004) keeps its own wording', () => {
  const texts = fillTextsBySituation(seedWorkbook('004', { layout: 'sheetPerTable' }), 7);

  it.each(Object.keys(texts))('%s: tables are 公开0N表, never 表N', (situation) => {
    expect(texts[situation].filter((t) => /表\d/.test(t))).toEqual([]);
  });

  it('says the same sentences as before', () => {
    expect(texts.added[0]).toBe('缺少公开01表、公开04表、公开05表');
    expect(texts.emptied).toContain('公开01表 结余分配、年末结转和结余 不在公开02/03表中：请填写（没有请填 0），再次填充后可推算总计');
    expect(texts.emptied).toContain('公开04表 年末财政拨款结转和结余 不在公开02/03/05表中：请填写（没有请填 0），再次填充后可推算总计');
    expect(texts.govFund).toContain('公开07表、公开08表未显示无数据：公开04表 政府性基金预算、国有资本经营预算财政拨款各行请按公开07表、公开08表手工填写');
    expect(texts.govFund).toContain('公开05表 无法由公开03表推算：无法确定财政拨款全部为一般公共预算（公开07表、公开08表未显示无数据，公开04表收入未填）；请直接填写公开05表');
  });
});
