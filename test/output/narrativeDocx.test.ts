import Decimal from 'decimal.js';
import JSZip from 'jszip';
import type { Narrative } from '../../src/domain/narrative/narrativeTypes';
import { narrativeToDocx } from '../../src/output/narrativeDocx';
import { seedWorkbook } from '../support/seedWorkbook';
import { narrativeOf } from '../domain/narrative/narrativeFixtures';

/** Issue 18 item 12: the .docx prints right (renders through LibreOffice in test/print). */

async function open(n: Narrative) {
  const zip = await JSZip.loadAsync(await narrativeToDocx(n));
  const text = (f: string) => zip.file(f)!.async('string');
  const charts = Object.keys(zip.files).filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f)).sort();
  return { doc: await text('word/document.xml'), fonts: await text('word/fontTable.xml'), styles: await text('word/styles.xml'), charts: await Promise.all(charts.map(text)) };
}

const values = (xml: string, tag: 'c:cat' | 'c:val') => [...new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)![1].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);

describe.each([
  ['budget (seed 000)', '000', '一般公共预算当年拨款结构图'],
  ['决算 (seed 004)', '004', '一般公共预算财政拨款支出结构图'],
] as const)('the .docx of a %s', (_name, seed, title) => {
  const n = narrativeOf(seedWorkbook(seed));
  const chart = n.charts.find((c) => c.title === title)!;
  const file = open(n);

  it('draws the shares the text prints, adding up to 100.00, labelled with two decimals', async () => {
    const { charts } = await file;
    const xml = charts.find((c) => c.includes(`<c:v>${title}</c:v>`))!;
    const drawn = chart.slices.filter((s) => Number(s.share) > 0);
    expect(values(xml, 'c:val')).toEqual(drawn.map((s) => String(Number(s.share))));
    expect(drawn.reduce((a, s) => a.plus(s.share), new Decimal(0)).toFixed(2)).toBe('100.00');
    expect(xml).toContain('<c:numFmt formatCode="0.00&quot;%&quot;" sourceLinked="0"/>');
    expect(xml).toContain('<c:showVal val="1"/>');
    expect(xml).not.toContain('<c:showPercent val="1"/>');
    // Every share in the text appears as a slice label or in the legend, as printed.
    for (const s of drawn) expect(n.sections.flatMap((x) => x.paragraphs).map((p) => p.runs.map((r) => r.text).join('')).join('')).toContain(`${s.share}%`);
    expect(values(xml, 'c:cat')).toEqual(drawn.map((s) => `${s.label} ${s.share}%`));
  });

  it('leaves small slices unlabelled on the pie (their shares are in the legend) and gives the chart no title of its own', async () => {
    const { charts, doc } = await file;
    const xml = charts.find((c) => c.includes(`<c:v>${title}</c:v>`))!;
    const drawn = chart.slices.filter((s) => Number(s.share) > 0);
    const small = drawn.map((s, i) => [s, i] as const).filter(([s]) => Number(s.share) < 5).map(([, i]) => i);
    expect(small.length).toBeGreaterThan(0);
    for (const i of small) expect(xml).toContain(`<c:dLbl><c:idx val="${i}"/><c:delete val="1"/></c:dLbl>`);
    expect(xml).toContain('<c:autoTitleDeleted val="1"/>');
    expect(xml).not.toContain('<c:title>');
    expect(xml).toContain('<c:legendPos val="r"/>');
    // The caption once in the document: above the chart, none under it.
    expect(doc.split(`<w:t xml:space="preserve">${title}</w:t>`).length - 1).toBe(1);
  });

  it('right-aligns amounts and shares in the table under the chart and shades its header', async () => {
    const { doc } = await file;
    const table = doc.slice(doc.indexOf(`${title}</w:t>`), doc.indexOf('</w:tbl>', doc.indexOf(`${title}</w:t>`)));
    const cells = [...table.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1]);
    const header = cells.slice(0, 3);
    for (const c of header) expect(c).toMatch(/<w:shd [^>]*w:fill="D9D9D9"/);
    for (const s of chart.slices) {
      for (const v of [s.value, s.share]) {
        const c = cells.find((x) => x.includes(`>${v}</w:t>`))!;
        expect(c).toContain('<w:jc w:val="right"/>');
      }
    }
  });

  it('sets headings bold and names the East Asian substitutes for faces a machine may lack', async () => {
    const { doc, fonts, styles } = await file;
    for (const s of n.sections) {
      const i = doc.indexOf(`>${s.heading}</w:t>`);
      const run = doc.slice(doc.lastIndexOf('<w:r>', i), i);
      expect(run).toContain('<w:b/>');
    }
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(fonts).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
    expect(fonts.match(/<w:charset w:val="86"\/>/g)).toHaveLength(5);
    expect(styles).toContain('<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>');
  });

  it('writes placeholders without stray spaces', async () => {
    const { doc } = await file;
    const placeholders = [...doc.matchAll(/【请填写[^】]*】/g)].map((m) => m[0]);
    if (seed === '004') expect(placeholders.length).toBeGreaterThan(10);
    expect(placeholders.filter((p) => /\s/.test(p))).toEqual([]);
    if (seed === '004') expect(placeholders).toContain('【请填写社会保障和就业支出年初预算数】');
  });
});
