import JSZip from 'jszip';
import { narrativeToDocx } from '../../src/output/narrativeDocx';
import { narrativeToJson, narrativeToText } from '../../src/output/narrativeText';
import { seedWorkbook } from '../support/seedWorkbook';
import { narrativeOf } from '../domain/narrative/narrativeFixtures';

const BUDGET_HEADINGS = [
  '一、单位预算收支数据变动情况及原因',
  '二、收入预算情况说明',
  '三、支出预算情况说明',
  '四、财政拨款收支预算总体情况说明',
  '五、一般公共预算支出情况说明',
  '（一）一般公共预算当年支出规模变化情况',
  '（二）一般公共预算当年支出结构情况',
  '六、一般公共预算基本支出情况说明',
  '七、“三公”经费增减变动原因说明',
  '八、机关运行经费增减变动原因说明',
  '九、政府采购情况',
  '十、绩效管理情况',
  // No 整体支出绩效目标表 and no 整体 amount typed: 十 has its 项目绩效目标 part only.
  '1、项目绩效目标',
  '十一、国有资产占有使用情况',
  '1、车辆情况：',
  '2、房屋情况：',
  '3、其他国有资产占有使用情况：',
  '十二、其他说明',
  '（一）政府购买服务指导性目录',
  '（二）其他',
];

const FINAL_TOP = [
  '一、收入支出决算总体情况说明',
  '二、收入决算情况说明',
  '三、支出决算情况说明',
  '四、财政拨款收支决算总体情况说明',
  '五、一般公共预算财政拨款支出决算情况说明',
  '六、一般公共预算财政拨款基本支出决算情况说明',
  '七、政府性基金预算财政拨款收支决算情况说明',
  '八、国有资本经营预算财政拨款支出决算情况说明',
  '九、财政拨款“三公”经费支出决算情况说明',
  '十、其他重要事项情况说明',
];

describe('narrative --json and text', () => {
  test('budget: the published headings in order, sub-sections as entries of their own', () => {
    const json = narrativeToJson(narrativeOf(seedWorkbook('001')));
    expect(json.sections.map((s) => s.heading)).toEqual(BUDGET_HEADINGS);
    for (const s of json.sections) expect(typeof s.text).toBe('string');
    expect(json.sections[1].text.startsWith('2025年度汾阳市人力资源和社会保障局预算收入1,996.43万元')).toBe(true);
    expect(json.sections.find((s) => s.heading === '五、一般公共预算支出情况说明')!.text).toBe('');
    // The shape is JSON all the way (no Decimal or class instances leaking out).
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  test('final: 一、 to 十、 with their sub-sections', () => {
    const json = narrativeToJson(narrativeOf(seedWorkbook('004')));
    expect(json.sections.map((s) => s.heading).filter((h) => /^[一二三四五六七八九十]+、/.test(h))).toEqual(FINAL_TOP);
    expect(json.sections.map((s) => s.heading)).toContain('（三）一般公共预算财政拨款支出决算具体情况');
    expect(json.sections.find((s) => s.heading.startsWith('三、'))!.text.split('\n')).toEqual([
      '2024年度支出合计3,951.18万元，其中：',
      '基本支出449.59万元，占比11.38%；',
      '项目支出3,501.59万元，占比88.62%。',
    ]);
  });

  test('text: title first, each heading on its own line followed by its paragraphs', () => {
    const text = narrativeToText(narrativeOf(seedWorkbook('000')));
    const lines = text.split('\n');
    expect(lines[0]).toBe('汾阳市社会保险中心2025年度单位预算情况说明');
    const i = lines.indexOf('三、支出预算情况说明');
    expect(lines[i + 1]).toBe('2025年度汾阳市社会保险中心支出预算2,911.06万元，其中：基本支出450.96万元，占15.49%；项目支出2,460.09万元，占84.51%。');
    let last = -1;
    for (const h of BUDGET_HEADINGS) {
      const at = lines.indexOf(h);
      expect(at).toBeGreaterThan(last);
      last = at;
    }
  });
});

describe('narrative .docx', () => {
  test('a valid package with the title, real headings, the body fonts and the two charts', async () => {
    const n = narrativeOf(seedWorkbook('001'));
    expect(n.charts.map((c) => c.id).sort()).toEqual(['gpb-structure', 'three-public']);
    const bytes = await narrativeToDocx(n);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
    const zip = await JSZip.loadAsync(bytes);
    const doc = await zip.file('word/document.xml')!.async('string');
    expect(doc).toContain(n.title);
    for (const h of BUDGET_HEADINGS) expect(doc).toContain(h);
    expect(doc).toContain('w:val="Heading1"');
    expect(doc).toContain('w:val="Heading2"');
    expect(doc).toContain('仿宋_GB2312');
    expect(doc).toContain('社会保障和就业支出1,778.89万元，占92.46%');
    const charts = Object.keys(zip.files).filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(2);
    const chartXml = await zip.file(charts[0])!.async('string');
    expect(chartXml).toContain('c:pieChart');
    // The charts' figures also stand as a table under each chart.
    expect(doc).toContain('一般公共预算当年拨款结构图');
    expect(doc).toContain('92.46');
  });

  test('a narrative without chart data still makes a document', async () => {
    const n = narrativeOf(seedWorkbook('004'));
    const zip = await JSZip.loadAsync(await narrativeToDocx({ ...n, charts: [] }));
    const doc = await zip.file('word/document.xml')!.async('string');
    expect(doc).toContain('十、其他重要事项情况说明');
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/charts/'))).toBe(false);
  });
});

describe('the text does not depend on how the tables were pasted', () => {
  test.each(['000', '001', '002', '004'] as const)('%s: amounts as text, all tables on one sheet', (id) => {
    const plain = narrativeToJson(narrativeOf(seedWorkbook(id)));
    const pasted = narrativeToJson(narrativeOf(seedWorkbook(id, { amounts: 'text', layout: 'oneSheet' })));
    expect(pasted).toEqual(plain);
  });
});
