import { figuresIn } from '../../../../src/domain/narrative/audit/figures';
import { statementsOf } from '../../../../src/domain/narrative/audit/statements';
import { writtenFromBlocks, writtenFromText } from '../../../../src/domain/narrative/audit/writtenNarrative';

/** A PDF's text layer as copied: lines broken mid-sentence, a blank line after each (普陀区社会工作部 2024 决算). */
const PDF_COPY = `   一、收入支出决算总体情况说明

   中共上海市普陀区委社会工作部 2024 年度收入支出总计 307.82

万元。与 2023 年度相比，收入支出总计增加 307.82 万元，增长

100.00%。主要原因：单位于 2024 年成立。

   二、收入决算情况说明

   本年收入合计 307.82 万元，其中：财政拨款收入 307.82 万元，

占 100.00%。`;

describe('reading plain text', () => {
  test('a PDF copied line by line: lines joined into paragraphs, headings kept apart', () => {
    const w = writtenFromText(PDF_COPY);
    expect(w.paragraphs.map((p) => [p.index, p.heading, p.text])).toEqual([
      [1, 1, '一、收入支出决算总体情况说明'],
      [2, 0, '中共上海市普陀区委社会工作部 2024 年度收入支出总计 307.82万元。与 2023 年度相比，收入支出总计增加 307.82 万元，增长100.00%。主要原因：单位于 2024 年成立。'],
      [3, 1, '二、收入决算情况说明'],
      [4, 0, '本年收入合计 307.82 万元，其中：财政拨款收入 307.82 万元，占 100.00%。'],
    ]);
  });

  test('a numbered line with figures is a paragraph, a short one a heading; a tab-separated line a table row', () => {
    const w = writtenFromText('（二）“三公”经费财政拨款支出决算具体情况说明\n1、因公出国（境）费支出0万元，出国（境）团组共0个，0人次。\n项目名称\t\t第一书记生活补助\t\t\n## 十一、国有资产占有使用情况');
    expect(w.paragraphs.map((p) => [p.heading, p.cells ? 'row' : 'text'])).toEqual([
      [2, 'text'],
      [0, 'text'],
      [0, 'row'],
      [1, 'text'],
    ]);
  });
});

/** 五（三） of 普陀区规划和自然资源局 2024 决算 as its PDF gives it: each item's 科目 broken over lines. */
const ITEMS_COPY = `  1、社会保障和就业支出（类）行政事业单位养老支出（款）

行政单位离退休（项）。主要用于：行政单位退休人员支出。年

初预算为 54.53 万元，支出决算为 54.53 万元，完成年初预算的

100.00%。决算数同预算数持平。

  6、卫生健康支出（类）行政事业单位医疗（款）行政单位

医疗（项）
    。主要用于：行政单位医疗保险支出。年初预算为 42.73

万元，支出决算为 40.35 万元。

  7、卫生健康支出（类）行政事业单位医疗（款）事业单位

医疗（项）。
     主要用于：
         事业单位医疗保险支出。

     七、财政拨款“三公”经费支出决算情况说明

     （一）
       “三公”经费财政拨款支出决算总体情况说明。`;

describe('reading the national wording', () => {
  test('an item of 五（三） is one paragraph however the PDF broke it; a bare “（一）” takes its words from the next line', () => {
    const w = writtenFromText(ITEMS_COPY);
    expect(w.paragraphs.map((p) => [p.heading, p.text])).toEqual([
      [0, '1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：行政单位退休人员支出。年初预算为 54.53 万元，支出决算为 54.53 万元，完成年初预算的100.00%。决算数同预算数持平。'],
      [0, '6、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。主要用于：行政单位医疗保险支出。年初预算为 42.73万元，支出决算为 40.35 万元。'],
      [0, '7、卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）。主要用于：事业单位医疗保险支出。'],
      [1, '七、财政拨款“三公”经费支出决算情况说明'],
      [2, '（一）“三公”经费财政拨款支出决算总体情况说明。'],
    ]);
  });

  test('in Word, an item’s 科目 on a paragraph of its own is read with the paragraph after it', () => {
    const w = writtenFromBlocks([{ text: '（三）一般公共预算财政拨款支出决算具体情况', styleHeading: 2 }, { text: '1、一般公共服务支出（类）社会工作事务（款）行政运行（项）', styleHeading: 3 }, { text: '主要用于：行政单位人员支出。支出决算为51.32万元。' }]);
    expect(w.paragraphs.map((p) => [p.index, p.heading, p.text])).toEqual([
      [1, 2, '（三）一般公共预算财政拨款支出决算具体情况'],
      [2, 0, '1、一般公共服务支出（类）社会工作事务（款）行政运行（项）主要用于：行政单位人员支出。支出决算为51.32万元。'],
    ]);
  });
});

describe('figures', () => {
  test('amounts, shares and counts with their units, as written', () => {
    expect(figuresIn('收入支出总计 307.82 万元，占 100.00%；共有车辆1辆，0人次；合计29,110,600元').map((f) => [f.quote, f.kind, f.value.toString(), f.decimals])).toEqual([
      ['307.82 万元', 'amount', '307.82', 2],
      ['100.00%', 'percent', '100', 2],
      ['1辆', 'count', '1', 0],
      ['0人次', 'count', '0', 0],
      ['29,110,600元', 'amount', '2911.06', 0],
    ]);
  });

  test('not figures: years, dates, document numbers, ranges, thresholds, standards', () => {
    const text =
      '截至2024年12月31日，按晋社保局函〔2022〕55号，2025-2027年规划，参保人数3000—4000人，占有使用价值50万元（原值）以上的通用设备，单价100万元（含）以上设备，标准3360元/人/年，编号为A150201。';
    expect(figuresIn(text)).toEqual([]);
  });
});

describe('what each figure is about', () => {
  test('subject words without year, unit name and joining words; changes with their direction', () => {
    const s = statementsOf(
      '2025年度汾阳市社会保险中心预算收入总计2,911.06万元，其中：本年收入2,911.06万元，上年结转0万元，比上年减少38759.86万元，下降93.01%；主要用于以下方面:社会保障和就业支出2,858.26万元,占98.19%，与上年相同。',
      ['汾阳市社会保险中心'],
    );
    expect(s.map((x) => [x.kind, x.key, x.quote, x.dir ?? ''])).toEqual([
      ['amount', '预算收入总计', '2,911.06万元', ''],
      ['amount', '本年收入', '2,911.06万元', ''],
      ['amount', '上年结转', '0万元', ''],
      ['change-amount', '比上年减少', '38759.86万元', 'down'],
      ['change-rate', '下降', '93.01%', 'down'],
      ['amount', '社会保障和就业支出', '2,858.26万元', ''],
      ['share', '占', '98.19%', ''],
      ['same', '', '与上年相同', 'same'],
    ]);
  });

  test('a list of names without figures', () => {
    const s = statementsOf('公用经费23.13万元,主要包括:办公费、福利费、其他商品和服务支出、工会经费等。');
    expect(s.filter((x) => x.kind === 'name').map((x) => x.quote)).toEqual(['办公费', '福利费', '其他商品和服务支出', '工会经费']);
  });
});
