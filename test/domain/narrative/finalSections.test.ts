import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { parseAddress } from '../../../src/domain/workbook/a1';
import { recognize } from '../../../src/domain/recognition/recognize';
import { seedWorkbook } from '../../support/seedWorkbook';
import { INPUTS_004, REASON_004, narrativeOf, sectionText, withParameters } from './narrativeFixtures';

describe('004 决算 with its inputs', () => {
  const n = narrativeOf(withParameters('004', 'final', INPUTS_004, '事业单位'));

  test('一 and 四: totals against last year, as published', () => {
    expect(sectionText(n, '一、')).toBe(
      `2024年度收入总计3,951.18万元，支出总计3,951.18万元。与上年相比，收入总计减少42,460.02万元，下降91.49%，支出总计减少42,460.02万元，下降91.49%。主要原因是${REASON_004}。`,
    );
    expect(sectionText(n, '四、')).toBe(
      '2024年度财政拨款收入总计3,951.18万元，支出总计3,951.18万元。与上年相比，财政拨款收入总计减少42,460.02万元，下降91.49%；' +
        `财政拨款支出总计减少42,460.02万元，下降91.49%。主要原因是${REASON_004}。`,
    );
  });

  test('五（一）: share of 本年支出合计 and change', () => {
    expect(sectionText(n, '（一）一般公共预算财政拨款支出决算总体')).toBe(
      `2024年一般公共预算财政拨款决算支出3,951.18万元，占本年支出合计的100.00%。与上年相比，一般公共预算财政拨款支出减少42,460.02万元，下降91.49%。主要原因是${REASON_004}。`,
    );
  });

  test('五（三）: 年初预算, 完成率, 用途 and change by 类; no doubled 用于用于', () => {
    const text = sectionText(n, '（三）');
    expect(text).toContain('年初预算41,670.92万元，支出决算3,951.18万元，完成年初预算的9.48%。其中：');
    expect(text).toContain('社会保障和就业支出年初预算41,611.24万元，支出决算3,895.18万元，完成年初预算的9.36%，用于2024年在职职工工资福利支出');
    expect(text).toContain(`较上年决算减少42,477.14万元，下降91.60%，主要原因是${REASON_004}。`);
    expect(text).toContain('卫生健康支出年初预算20.29万元，支出决算19.78万元，完成年初预算的97.49%');
    expect(text).toContain('较上年决算新增19.78万元，主要原因是本年卫生健康支出');
    expect(text).toContain('住房保障支出年初预算39.39万元，支出决算36.21万元，完成年初预算的91.93%，用于本单位在职人员住房公积金支出36.21万元。较上年决算减少2.68万元，下降6.89%');
    expect(text).not.toContain('用于用于');
  });

  test('七, 八: empty tables say so', () => {
    expect(sectionText(n, '七、')).toBe('本年度无此项收支。');
    expect(sectionText(n, '八、')).toBe('本年度无此项支出。');
  });

  test('九: empty 公开09表 reads as zero, the same as last year, with the typed reasons', () => {
    const overall = sectionText(n, '（一）“三公”');
    expect(overall).toContain('全年预算0万元，支出决算0万元，与上年“三公”经费财政拨款支出决算相同。其中：');
    expect(overall).toContain('因公出国（境）费支出0万元，与上年相同，主要原因是：本单位无因公出国（境）支出；');
    expect(overall).toContain('公务接待费支出0万元，与上年相同，主要原因是：本单位无公务接待费。');
    const detail = sectionText(n, '（二）“三公”');
    expect(detail).toContain('1、因公出国（境）费支出0万元，出国（境）团组共0个，0人次。主要用于：本单位无因公出国（境）费支出。');
    expect(detail).toContain('3、公务用车运行维护费支出0万元，使用财政拨款负担的公务用车保有量共0辆');
  });

  test('十: 公开10表 figures and the parameter sheet', () => {
    expect(sectionText(n, '（一）机关运行经费')).toBe('本部门（单位）无机关运行经费。');
    expect(sectionText(n, '（二）政府采购')).toBe(
      '2024年度政府采购支出总额7.33万元，其中：政府采购货物支出7.33万元、政府采购工程支出0万元、政府采购服务支出0万元。政府采购授予中小企业合同金额0万元。其中：授予小微企业合同金额0万元。',
    );
    expect(sectionText(n, '（三）国有资产')).toBe(
      '截至2024年12月31日，本部门（单位）共有车辆1辆。其中：其他用车1辆，其他用车主要是吉普车，已达到报废处理，正在申请报废批准中。单价100万元（含）以上设备（不含车辆）0台（套）。',
    );
  });

  test('（四）: the 17 attached 自评表 and their grades, not the typed figures', () => {
    // The published 3,484.42 matches no sum of the tables; they give 16,732.82 with 临时工工资's 14,256
    // (a slip the checks report: 14.256) and nothing for 出口补贴, whose 年度资金总额 is blank.
    expect(sectionText(n, '（四）预算绩效')).toContain('2024年二级项目绩效自评个数17个，涉及资金16,732.82万元；17个项目自评等级为“优”。');
    const corrected = withCell(withParameters('004', 'final', INPUTS_004, '事业单位'), ...casualWageBudget(), 14.256);
    expect(sectionText(narrativeOf(corrected), '（四）预算绩效')).toContain('2024年二级项目绩效自评个数17个，涉及资金2,491.08万元；17个项目自评等级为“优”。');
    const runs = n.sections.find((x) => x.heading.startsWith('（四）'))!.paragraphs[0].runs;
    expect(runs.find((r) => r.text === '17' && r.sources?.length === 17)).toBeDefined();
  });

  test('nothing left to fill; the one finding names the 自评表 without funds', () => {
    expect(n.findings.map((f) => [f.rule, f.message])).toEqual([
      ['narrative-table', '自评表“2024年山西省对城乡居民基本养老保险的出口补贴（第三批）”没有可读的全年预算数（或年度资金总额），未计入情况说明的涉及资金。'],
    ]);
  });

  test('without 自评表 attached, （四） is the typed count, amount and result', () => {
    const typed = narrativeOf(withParameters('004', 'final', INPUTS_004, '事业单位', { performance: false }));
    expect(sectionText(typed, '（四）预算绩效')).toContain('2024年二级项目绩效自评个数17个，涉及资金3,484.42万元；17个项目自评等级为“优”。');
    expect(typed.findings).toEqual([]);
  });
});

/** Sheet and cell of 临时工工资's 全年预算数 (资金总额 line) in 004 with its 自评表. */
function casualWageBudget(): [string, string] {
  const t = recognize(seedWorkbook('004', { performance: true })).performance.find((x) => x.project === '临时工工资')!;
  return [t.sheet, t.selfEvaluation!.money[0].values.annualBudget!.address];
}

describe('004 without inputs', () => {
  test('prior-year figures, 年初预算 and uses are placeholders; the table sections are complete', () => {
    const n = narrativeOf(seedWorkbook('004'));
    expect(sectionText(n, '一、')).toContain('收入总计【请填写上年收入总计（决算）】');
    expect(sectionText(n, '（三）')).toContain('年初预算【请填写社会保障和就业支出年初预算数】万元');
    expect(sectionText(n, '（三）')).not.toContain('完成年初预算的');
    for (const h of ['二、', '三、', '（二）一般公共预算财政拨款支出决算结构', '六、']) expect(sectionText(n, h)).not.toContain('【请填写');
    const rules = new Set(n.findings.map((f) => f.rule));
    expect([...rules]).toEqual(['narrative-input']);
  });
});

/** A copy of a seed workbook with one cell changed, as last year's workbook with other figures. */
function withCell(wb: WorkbookSnapshot, sheet: string, a1: string, value: number): WorkbookSnapshot {
  const { row, col } = parseAddress(a1);
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values = s.values.map((r) => [...r]);
      values[row][col] = value;
      return { ...s, values };
    }),
  };
}

describe('prior-year figures from last year\'s workbook (--prior)', () => {
  test('the prior workbook\'s 表1 and 表5 totals stand in for the inputs, sourced as 〔上年〕 cells', () => {
    // 000's 表1 收入总计 is Sheet1!B39, 表5 合计 Sheet5!C6: make last year's 41,670.92 as the text implies.
    const prior = withCell(withCell(seedWorkbook('000'), 'Sheet1', 'B39', 41670.92), 'Sheet5', 'C6', 41670.92);
    const n = narrativeOf(seedWorkbook('000'), prior);
    expect(sectionText(n, '一、')).toContain('上年结转0万元，比上年减少38,759.86万元，下降93.01%，主要原因是【请填写');
    expect(sectionText(n, '（一）')).toBe('2025年度汾阳市社会保险中心一般公共预算当年支出2,911.06万元，比上年减少38,759.86万元，下降93.01%。');
    const diff = n.sections.find((s) => s.heading.startsWith('（一）'))!.paragraphs[0].runs.find((r) => r.text === '38,759.86')!;
    expect(diff.sources).toEqual([
      { sheet: 'Sheet5', address: 'C6' },
      { sheet: '〔上年〕Sheet5', address: 'C6' },
    ]);
  });

  test('an input typed on the sheet wins over the prior workbook', () => {
    const wb = withParameters('000', 'budget', { 'prior.gpb-total': '3000' });
    const n = narrativeOf(wb, withCell(seedWorkbook('000'), 'Sheet5', 'C6', 41670.92));
    expect(sectionText(n, '（一）')).toContain('比上年减少88.94万元，下降2.96%');
  });

  test('决算: an unchanged prior workbook reads 与上年持平 and 与上年决算相同 by 类', () => {
    const n = narrativeOf(seedWorkbook('004'), seedWorkbook('004'));
    expect(sectionText(n, '一、')).toContain('收入总计与上年持平，支出总计与上年持平。');
    expect(sectionText(n, '（三）')).toContain('支出决算3,895.18万元，用于【请填写社会保障和就业支出主要用途】。与上年决算相同。');
  });
});
