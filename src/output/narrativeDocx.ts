import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { ChartRun } from 'docx/charts';
import JSZip from 'jszip';
import { paragraphText, type Narrative, type NarrativeChart, type NarrativeSection } from '../domain/narrative/narrativeTypes';
import { withEastAsianFallbacks } from './docxFonts';

/**
 * The 情况说明 as a Word file in the fonts these documents use: 仿宋_GB2312 body (宋体 for Latin),
 * 黑体 / 楷体_GB2312 headings, real Heading 1/2 styles so Word's navigation pane and TOC see them.
 * Headings are bold as well, so they stand out where those faces are missing and another one is
 * substituted (docxFonts.ts names the substitutes Word should take: 仿宋, 楷体, SimHei…).
 * The two charts are real Word charts (pie, data in an embedded workbook) under one caption,
 * followed by their figures as a table, so the numbers stay readable when printed in black and white.
 */
const BODY_FONT = { eastAsia: '仿宋_GB2312', ascii: '宋体', hAnsi: '宋体' };
const H1_FONT = { eastAsia: '黑体', ascii: '黑体', hAnsi: '黑体' };
const H2_FONT = { eastAsia: '楷体_GB2312', ascii: '楷体_GB2312', hAnsi: '楷体_GB2312' };
const TITLE_FONT = { eastAsia: '方正小标宋简体', ascii: '宋体', hAnsi: '宋体' };
/** 三号 = 16pt, half-points in docx; tables and captions 小四 = 12pt. */
const SIZE = 32;
const SMALL = 24;
const HEADER_SHADE = 'D9D9D9';
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/**
 * Slices under this share (in percent) carry no label on the pie: their labels would run into
 * each other. The legend gives every slice with its share, and the table below gives them all.
 */
const LABEL_MIN_SHARE = 5;

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
    children: [new TextRun({ text: s.heading, font: s.level === 1 ? H1_FONT : H2_FONT, size: SIZE, bold: true, color: '000000' })],
    indent: { firstLine: 640 },
    spacing: { line: 560 },
  });
}

function cell(text: string, opts: { header?: boolean; right?: boolean; width: number }): TableCell {
  return new TableCell({
    width: { size: opts.width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    ...(opts.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_SHADE } } : {}),
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN },
    children: [
      new Paragraph({
        alignment: opts.header ? AlignmentType.CENTER : opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, font: BODY_FONT, size: SMALL, bold: opts.header === true })],
      }),
    ],
  });
}

/** The slices a pie can draw: those with an amount (a zero slice has no angle and no label room). */
function drawnSlices(c: NarrativeChart): NarrativeChart['slices'] {
  return c.slices.filter((s) => Number(s.share) > 0);
}

/**
 * The pie draws the shares the text prints (two decimals, adding up to 100.00), not the amounts:
 * Word would otherwise compute its own percentages and round them to 98% + 1% + 1%, or 101%.
 */
function pie(c: NarrativeChart, slices: NarrativeChart['slices']): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    children: [
      new ChartRun({
        type: 'pie',
        // The caption above is the title: the chart carries none of its own.
        legend: { position: 'right', font: { size: 9 } },
        categories: slices.map((s) => `${s.label} ${s.share}%`),
        series: [
          {
            name: c.title,
            values: slices.map((s) => Number(s.share)),
            pointLabels: slices.map((s) => (Number(s.share) < LABEL_MIN_SHARE ? false : undefined)),
          },
        ],
        dataLabels: { value: true, numberFormat: '0.00"%"', position: 'bestFit', font: { size: 10 } },
        transformation: { width: 560, height: 300 },
        altText: { name: c.title, description: `${c.title}：${slices.map((s) => `${s.label}${s.share}%`).join('，')}` },
      }),
    ],
  });
}

function chartBlock(c: NarrativeChart): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: [new TextRun({ text: c.title, font: BODY_FONT, size: SMALL, bold: true })],
    }),
  ];
  const slices = drawnSlices(c);
  if (slices.length > 0) out.push(pie(c, slices));
  const widths = [50, 25, 25];
  out.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: ['项目', '金额（万元）', '占比（%）'].map((t, i) => cell(t, { header: true, width: widths[i] })),
        }),
        ...c.slices.map(
          (s) =>
            new TableRow({
              children: [
                cell(s.label, { width: widths[0] }),
                cell(s.value, { right: true, width: widths[1] }),
                cell(s.share, { right: true, width: widths[2] }),
              ],
            }),
        ),
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
      children: [new TextRun({ text: n.title, font: TITLE_FONT, size: 44, bold: true, color: '000000' })],
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
  const raw = await Packer.toArrayBuffer(narrativeDocument(n));
  return withEastAsianFallbacks(await JSZip.loadAsync(raw));
}
