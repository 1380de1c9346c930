import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { Finding } from '../../src/domain/findings/finding';
import type { WrittenNarrative } from '../../src/domain/narrative/audit/writtenNarrative';
import * as fs from 'fs';
import * as path from 'path';
import { seedText, type SeedId } from './seedWorkbook';
import type { ShanghaiDoc } from './shanghaiWorkbook';

/**
 * The 情况说明 of a seed exactly as printed: its 第三部分 from the body heading to 第四部分 名词解释,
 * attached 绩效目标表 included, as the document's text layer gives it.
 */
export function publishedNarrative(id: SeedId): string {
  const lines = seedText(id).split(/\r?\n/);
  const body = (l: string, part: string) => new RegExp(`^(#+\\s*)?${part}`).test(l.trim()) && !l.includes('.....') && !l.includes('\t');
  const start = lines.findIndex((l) => body(l, '第三部分'));
  const end = lines.findIndex((l, i) => i > start && body(l, '第四部分'));
  if (start < 0 || end < 0) throw new Error(`seed ${id} without 第三部分/第四部分`);
  return lines.slice(start, end).join('\n');
}

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/**
 * The same paragraphs as a Word file, the way an accountant's .docx holds them: headings in Word's
 * heading styles, body paragraphs, each run of table rows one Word table.
 */
export async function narrativeDocx(w: WrittenNarrative): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let rows: TableRow[] = [];
  const flush = () => {
    if (rows.length > 0) children.push(new Table({ rows }));
    rows = [];
  };
  for (const p of w.paragraphs) {
    if (p.cells) {
      const width = Math.max(...w.paragraphs.filter((x) => x.cells).map((x) => x.cells!.length));
      const cells = [...p.cells, ...Array<string>(width - p.cells.length).fill('')];
      rows.push(new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun(c)] })] })) }));
      continue;
    }
    flush();
    children.push(new Paragraph({ children: [new TextRun(p.text)], ...(p.heading > 0 ? { heading: LEVELS[p.heading - 1] } : {}) }));
  }
  flush();
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/**
 * The 情况说明 of a 上海 2024 部门决算 (../shared/seeds-national) exactly as its PDF's text layer gives it,
 * kept in test/fixtures/shanghai/*-narrative.txt: the body's 第三部分 up to 第四部分 名词解释, lines broken
 * where the page broke them, blank lines between, as an accountant copying from the PDF gets it.
 */
export function publishedNationalNarrative(doc: ShanghaiDoc): string {
  return fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'shanghai', `${doc}-2024-narrative.txt`), 'utf8');
}

/** A finding a published 情况说明 must give, established by hand against its printed tables. */
export interface HandJudgedFinding {
  readonly rule: string;
  readonly severity: Finding['severity'];
  /** The figure (or word) as written. */
  readonly quote: string;
  /** The table cell compared, Sheet!A1 (the test workbooks have one sheet per table). */
  readonly cell: string | null;
  /** Words of the paragraph it stands in. */
  readonly paragraphHas: string;
  readonly why: string;
}
