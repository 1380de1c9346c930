import JSZip from 'jszip';
import type { WrittenBlock } from '../domain/narrative/audit/writtenNarrative';
import { unescapeXml } from '../domain/workbook/xmlText';

/**
 * The body of a Word file in order: each paragraph outside tables one block (with its heading level
 * when its style is a heading), each row of a table one block of cells. Read from word/document.xml
 * as text — no DOM — so the same code runs in Node and in the pane. Deleted text (tracked changes),
 * field codes and the fallback copies of text boxes are left out.
 */
export async function docxBlocks(data: Uint8Array | ArrayBuffer): Promise<WrittenBlock[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new Error('不是有效的 .docx 文件（无法解压）');
  }
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('不是 Word 文档（缺少 word/document.xml）');
  const styles = headingStyles((await zip.file('word/styles.xml')?.async('string')) ?? '');
  return bodyBlocks(xml, styles);
}

/** styleId → heading level, from styles.xml (Chinese Word names its heading styles "1", "2", …). */
function headingStyles(xml: string): Map<string, 1 | 2 | 3> {
  const out = new Map<string, 1 | 2 | 3>();
  for (const m of xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const name = /<w:name w:val="([^"]+)"/.exec(m[2])?.[1] ?? '';
    const level = /^(?:heading|标题)\s*(\d)$/i.exec(name)?.[1] ?? (/^title$/i.test(name) ? '1' : undefined);
    if (level) out.set(m[1], Math.min(3, Math.max(1, Number(level))) as 1 | 2 | 3);
  }
  return out;
}

interface TableContext {
  row: string[] | null;
  cell: string[] | null;
}

const TOKEN = /<(\/?)([\w.-]+:[\w.-]+|[\w.-]+)([^>]*?)(\/?)>|([^<]+)/g;
/** Elements whose content is not text of the document. */
const SKIPPED = new Set(['w:delText', 'w:instrText', 'mc:Fallback', 'w:del']);

export function bodyBlocks(xml: string, styles: ReadonlyMap<string, 1 | 2 | 3> = new Map()): WrittenBlock[] {
  const blocks: WrittenBlock[] = [];
  const tables: TableContext[] = [];
  // Paragraphs open now: a text box inside a paragraph holds paragraphs of its own.
  const paras: { text: string; heading?: 1 | 2 | 3 }[] = [];
  let inText = false;
  let skip = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(xml)) !== null) {
    const [, closing, name, attrs, selfClosing, text] = m;
    const para = paras[paras.length - 1];
    if (text !== undefined) {
      if (inText && skip === 0 && para) para.text += unescapeXml(text);
      continue;
    }
    if (SKIPPED.has(name)) {
      if (!selfClosing) skip += closing ? -1 : 1;
      continue;
    }
    if (skip > 0) continue;
    const table = tables[tables.length - 1];
    if (closing) {
      if (name === 'w:t') inText = false;
      else if (name === 'w:p' && para) {
        paras.pop();
        if (table?.cell) table.cell.push(para.text);
        else blocks.push({ text: para.text, ...(para.heading ? { styleHeading: para.heading } : {}) });
      } else if (name === 'w:tc' && table?.cell && table.row) {
        table.row.push(table.cell.join(' ').trim());
        table.cell = null;
      } else if (name === 'w:tr' && table?.row) {
        if (tables.length === 1) blocks.push({ text: table.row.join('\t'), cells: table.row });
        else {
          // A table inside a cell: its rows are text of that cell.
          const outer = tables[tables.length - 2];
          outer.cell?.push(table.row.join(' '));
        }
        table.row = null;
      } else if (name === 'w:tbl') tables.pop();
      continue;
    }
    switch (name) {
      case 'w:p':
        if (!selfClosing) paras.push({ text: '' });
        else if (!table?.cell) blocks.push({ text: '' });
        break;
      case 'w:t':
        inText = !selfClosing;
        break;
      case 'w:tab':
        if (para) para.text += ' ';
        break;
      case 'w:pStyle': {
        const id = /w:val="([^"]+)"/.exec(attrs)?.[1];
        const level = id ? styles.get(id) ?? builtInHeading(id) : undefined;
        if (para && level) para.heading = level;
        break;
      }
      case 'w:outlineLvl': {
        const lvl = Number(/w:val="(\d)"/.exec(attrs)?.[1]);
        if (para && lvl >= 0 && lvl < 9) para.heading = Math.min(3, lvl + 1) as 1 | 2 | 3;
        break;
      }
      case 'w:tbl':
        tables.push({ row: null, cell: null });
        break;
      case 'w:tr':
        if (table) table.row = [];
        break;
      case 'w:tc':
        if (table) table.cell = [];
        break;
    }
  }
  return blocks;
}

/** Style ids Word gives its built-in headings in English installations ("Heading1", "Title"). */
function builtInHeading(id: string): 1 | 2 | 3 | undefined {
  const m = /^heading\s*(\d)$/i.exec(id);
  if (m) return Math.min(3, Math.max(1, Number(m[1]))) as 1 | 2 | 3;
  return /^title$/i.test(id) ? 1 : undefined;
}
