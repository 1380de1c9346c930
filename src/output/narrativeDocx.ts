import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { ChartRun } from 'docx/charts';
import { paragraphText, type Narrative, type NarrativeChart, type NarrativeSection } from '../domain/narrative/narrativeTypes';

/**
 * The 情况说明 as a Word file in the fonts these documents use: 仿宋_GB2312 body (宋体 for Latin and
 * as the East-Asian fallback name), 黑体 / 楷体 headings, real Heading 1/2 styles so Word's navigation
 * pane and TOC see them. The two charts are real Word charts (pie, data in an embedded workbook)
 * followed by their figures as a table, so the numbers stay readable when printed in black and white.
 */
const BODY_FONT = { eastAsia: '仿宋_GB2312', ascii: '宋体', hAnsi: '宋体' };
const H1_FONT = { eastAsia: '黑体', ascii: '黑体', hAnsi: '黑体' };
const H2_FONT = { eastAsia: '楷体_GB2312', ascii: '楷体_GB2312', hAnsi: '楷体_GB2312' };
/** 三号 = 16pt, half-points in docx. */
const SIZE = 32;

/** After which section heading a chart stands (as in the seeds: after 五（二） and 七 / 九（一）). */
const CHART_AFTER: Record<NarrativeChart['id'], readonly RegExp[]> = {
  'gpb-structure': [/^（二）一般公共预算/],
  'three-public': [/^七、“三公”/, /^（一）“三公”经费财政拨款支出决算总体/],
};

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, font: BODY_FONT, size: SIZE })],
    indent: { firstLine: 640 },
    spacing: { line: 560 },
    alignment: AlignmentType.JUSTIFIED,
  });
}

function heading(s: NarrativeSection): Paragraph {
  return new Paragraph({
    heading: s.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: [new TextRun({ text: s.heading, font: s.level === 1 ? H1_FONT : H2_FONT, size: SIZE, bold: false, color: '000000' })],
    indent: { firstLine: 640 },
    spacing: { line: 560 },
  });
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, font: BODY_FONT, size: 24, bold })] })] });
}

function chartBlock(c: NarrativeChart): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (c.slices.length > 0) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new ChartRun({
            type: 'pie',
            title: c.title,
            categories: c.slices.map((s) => s.label),
            // Display only: the chart draws shares; the amounts printed are the decimal strings below.
            series: [{ name: c.title, values: c.slices.map((s) => Number(s.value.replace(/,/g, ''))) }],
            dataLabels: { percentage: true },
            transformation: { width: 480, height: 300 },
          }),
        ],
      }),
    );
  }
  out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: c.title, font: BODY_FONT, size: 24 })] }));
  out.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ children: [cell('项目', true), cell('金额（万元）', true), cell('占比（%）', true)] }),
        ...c.slices.map((s) => new TableRow({ children: [cell(s.label), cell(s.value), cell(s.share)] })),
      ],
    }),
  );
  return out;
}

export function narrativeDocument(n: Narrative): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: n.title, font: { eastAsia: '方正小标宋简体', ascii: '宋体', hAnsi: '宋体' }, size: 44 })],
    }),
  ];
  const placed = new Set<string>();
  for (const s of n.sections) {
    children.push(heading(s));
    for (const p of s.paragraphs) children.push(bodyParagraph(paragraphText(p)));
    for (const c of n.charts) {
      if (!placed.has(c.id) && CHART_AFTER[c.id].some((re) => re.test(s.heading))) {
        children.push(...chartBlock(c));
        placed.add(c.id);
      }
    }
  }
  for (const c of n.charts) if (!placed.has(c.id)) children.push(...chartBlock(c));
  return new Document({
    title: n.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE } } } },
    sections: [{ children }],
  });
}

/** The .docx bytes (works in Node and in the pane: no Buffer needed). */
export async function narrativeToDocx(n: Narrative): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(narrativeDocument(n)));
}
