import JSZip from 'jszip';
import { decodeTextBytes } from '../../src/narrativeInput/decodeText';
import { docxBlocks } from '../../src/narrativeInput/docxBlocks';
import { readNarrativeBytes } from '../../src/narrativeInput/readNarrativeFile';
import { encodeGb18030 } from '../support/gb18030';

const PARAGRAPH = '2024年度财政拨款基本支出449.59万元，其中：';

describe('text files', () => {
  test.each([
    ['UTF-8', new TextEncoder().encode(PARAGRAPH)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(PARAGRAPH)])],
    ['GB18030 (Notepad “ANSI” on a Chinese Windows)', encodeGb18030(PARAGRAPH)],
    ['UTF-16LE with BOM (Notepad “Unicode”)', new Uint8Array([0xff, 0xfe, ...Array.from(PARAGRAPH).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])],
  ])('%s', async (_name, bytes) => {
    expect(decodeTextBytes(bytes)).toBe(PARAGRAPH);
    const w = await readNarrativeBytes('情况说明.txt', bytes);
    expect(w.paragraphs.map((p) => p.text)).toEqual([PARAGRAPH]);
  });
});

/** A document.xml as Word writes it: styled headings, a tracked deletion, a field, a table with a merged cell. */
const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>六、一般公共预算财政拨款基本支出决算情况说明</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">人员经费435.23万元，主要包括绩效工资</w:t></w:r><w:del w:id="1" w:author="x"><w:r><w:delText>112.76</w:delText></w:r></w:del><w:ins w:id="2" w:author="x"><w:r><w:t>112.75</w:t></w:r></w:ins><w:r><w:t>万元&amp;退休费15.56万元</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>。</w:t></w:r></w:p>
<w:p/>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目名称</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>第一书记</w:t></w:r></w:p><w:p><w:r><w:t>生活补助</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>数量指标</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>3人</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>
<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>（二）政府采购情况说明</w:t></w:r></w:p>
<w:sectPr/></w:body></w:document>`;

const STYLES = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style></w:styles>`;

async function docx(document: string, styles?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('word/document.xml', document);
  if (styles) zip.file('word/styles.xml', styles);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('Word files', () => {
  test('paragraphs in order; headings by style or outline level; deleted text and field codes left out; a table row per block', async () => {
    const blocks = await docxBlocks(await docx(DOCUMENT, STYLES));
    expect(blocks).toEqual([
      { text: '六、一般公共预算财政拨款基本支出决算情况说明', styleHeading: 1 },
      { text: '人员经费435.23万元，主要包括绩效工资112.75万元&退休费15.56万元。' },
      { text: '' },
      { text: '项目名称\t第一书记 生活补助', cells: ['项目名称', '第一书记 生活补助'] },
      { text: '数量指标\t3人', cells: ['数量指标', '3人'] },
      { text: '（二）政府采购情况说明', styleHeading: 2 },
    ]);
  });

  test('numbered in the file’s order, empty paragraphs not counted', async () => {
    const w = await readNarrativeBytes('情况说明.docx', await docx(DOCUMENT, STYLES));
    expect(w.paragraphs.map((p) => [p.index, p.heading, p.cells ? 'row' : 'text'])).toEqual([
      [1, 1, 'text'],
      [2, 0, 'text'],
      [3, 0, 'row'],
      [4, 0, 'row'],
      [5, 2, 'text'],
    ]);
  });

  test('a .docx is known by its content whatever its name; a damaged one and an old .doc are refused in words', async () => {
    const w = await readNarrativeBytes('情况说明.txt', await docx(DOCUMENT));
    expect(w.paragraphs[0].text).toBe('六、一般公共预算财政拨款基本支出决算情况说明');
    await expect(readNarrativeBytes('坏.docx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toThrow('不是有效的 .docx 文件');
    await expect(readNarrativeBytes('旧.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).rejects.toThrow('另存为 .docx');
    const noDocument = new JSZip();
    noDocument.file('xl/workbook.xml', '<workbook/>');
    await expect(readNarrativeBytes('表.docx', await noDocument.generateAsync({ type: 'uint8array' }))).rejects.toThrow('不是 Word 文档');
  });
});
