import { buildNarrative } from '../../../src/domain/narrative/buildNarrative';
import { paragraphText } from '../../../src/domain/narrative/narrativeTypes';
import { readParameters } from '../../../src/domain/parameters/parameterSheet';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { shanghaiWorkbook } from '../../support/shanghaiWorkbook';

/** Issue 15 item 5: the 9-table 决算 情况说明 (一 … 十一) in the wording of the 上海 2024 documents. */
function narrative(wb: WorkbookSnapshot) {
  return buildNarrative(wb, recognize(wb), readParameters(wb));
}

const text = (n: ReturnType<typeof narrative>) => n.sections.map((s) => [s.heading, ...s.paragraphs.map(paragraphText)].join('\n')).join('\n');

describe('national-final-9 情况说明', () => {
  const social = narrative(shanghaiWorkbook('social-work'));
  const planning = narrative(shanghaiWorkbook('planning-resources'));

  it('has the eleven sections of the 上海 documents, in order', () => {
    expect(social.sections.filter((s) => s.level === 1).map((s) => s.heading)).toEqual([
      '一、收入支出决算总体情况说明',
      '二、收入决算情况说明',
      '三、支出决算情况说明',
      '四、财政拨款收入支出决算总体情况说明',
      '五、一般公共预算财政拨款支出决算情况说明',
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '七、财政拨款“三公”经费支出决算情况说明',
      '八、政府性基金预算财政拨款收入支出决算情况说明',
      '九、国有资本经营预算财政拨款收入支出决算情况说明',
      '十、预算绩效管理情况',
      '十一、其他重要事项的情况说明',
    ]);
    expect(social.title).toBe('中共上海市普陀区委社会工作部2024年度部门决算情况说明');
  });

  it('says what the published text says where it is read from the tables', () => {
    const s = text(social);
    expect(s).toContain('中共上海市普陀区委社会工作部2024年度收入支出总计307.82万元。与2023年度相比，收入支出总计');
    expect(s).toContain('本年收入合计307.82万元，其中：财政拨款收入307.82万元，占100.00%。');
    expect(s).toContain('本年支出合计307.82万元，其中：基本支出105.58万元，占34.30%；项目支出202.24万元，占65.70%。');
    expect(s).toContain('一般公共预算财政拨款支出307.82万元，占本年支出合计的100.00%。');
    expect(s).toContain('1、一般公共服务支出（类）社会工作事务（款）行政运行（项）。支出决算为51.32万元。');
    expect(s).toContain('中共上海市普陀区委社会工作部2024年度无“三公”经费财政拨款支出。');
    expect(s).toContain('中共上海市普陀区委社会工作部2024年度无政府性基金预算财政拨款收入和支出。');
    expect(s).toContain('中共上海市普陀区委社会工作部2024年度无国有资本经营预算财政拨款收入和支出。');
    expect(s).toContain('一般公共预算财政拨款基本支出105.58万元。其中：人员经费95.36万元，主要包括：基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、其他社会保障缴费、住房公积金、其他工资福利支出；公用经费10.23万元');
    const p = text(planning);
    expect(p).toContain('本年支出合计9,759.38万元，其中：基本支出5,377.64万元，占55.10%；项目支出4,381.74万元，占44.90%。');
    expect(p).toContain('“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元，完成预算的13.68%');
  });

  it('class shares add up to exactly 100.00% (the published 86.05 + 3.52 + 0.88 + 9.55 rounds 29.42/307.82 down)', () => {
    const structure = social.sections.find((s) => s.heading.startsWith('（二）一般公共预算'))!;
    const shares = [...paragraphText(structure.paragraphs[0]).matchAll(/占(\d+\.\d{2})%/g)].map((m) => Number(m[1]) * 100);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(10000);
    expect(paragraphText(structure.paragraphs[0])).toContain('住房保障支出（类）29.42万元，占9.56%');
  });

  it('asks 说明参数 for what no table of the set holds', () => {
    const inputs = social.findings.filter((f) => f.rule === 'narrative-input').map((f) => f.message).join('\n');
    for (const label of ['本年机关运行经费支出', '政府采购金额（以合同签订为准）', '年末车辆总数（辆）', '一般公共预算财政拨款支出年初预算数']) expect(inputs).toContain(label);
  });
});
