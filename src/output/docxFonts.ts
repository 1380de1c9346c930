import type JSZip from 'jszip';

/**
 * Chinese government documents are set in 仿宋_GB2312, 楷体_GB2312, 黑体 and 方正小标宋简体, which many
 * machines lack (Windows 10 and later ship 仿宋, 楷体, 黑体 and 宋体 without the _GB2312 names). Word
 * picks a substitute for a missing face from the document's font table: its alternate name, then
 * its character set and family. The docx library writes an empty table, so Word (and LibreOffice)
 * would fall back to the default face and the headings would look like the body. This writes the
 * table with each face's usual substitute.
 */
interface FontEntry {
  readonly name: string;
  readonly altName: string;
  readonly panose: string;
  readonly family: 'roman' | 'modern' | 'swiss' | 'script';
  readonly pitch: 'fixed' | 'variable';
}

/** GB2312, so a substitute with Chinese glyphs is chosen. */
const CHARSET_GB2312 = '86';

export const EAST_ASIAN_FALLBACKS: readonly FontEntry[] = [
  { name: '仿宋_GB2312', altName: '仿宋', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  { name: '楷体_GB2312', altName: '楷体', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  { name: '黑体', altName: 'SimHei', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  { name: '宋体', altName: 'SimSun', panose: '02010600030101010101', family: 'roman', pitch: 'variable' },
  { name: '方正小标宋简体', altName: '宋体', panose: '02000000000000000000', family: 'script', pitch: 'fixed' },
];

function fontXml(f: FontEntry): string {
  return (
    `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:panose1 w:val="${f.panose}"/>` +
    `<w:charset w:val="${CHARSET_GB2312}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`
  );
}

const FONT_TABLE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  EAST_ASIAN_FALLBACKS.map(fontXml).join('') +
  '</w:fonts>';

/**
 * No extra space between Chinese and digits or Latin letters ("2025 年", "2,911.06 万元"): Word
 * and LibreOffice add it by default; the published documents do not have it.
 */
const PARAGRAPH_DEFAULTS = '<w:pPrDefault><w:pPr><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/></w:pPr></w:pPrDefault>';

/** The package with the font table and paragraph defaults above, as bytes. */
export async function withEastAsianFallbacks(zip: JSZip): Promise<Uint8Array> {
  zip.file('word/fontTable.xml', FONT_TABLE);
  const styles = zip.file('word/styles.xml');
  if (styles) {
    const xml = await styles.async('string');
    const patched = /<w:pPrDefault\/>|<w:pPrDefault>[\s\S]*?<\/w:pPrDefault>/.test(xml)
      ? xml.replace(/<w:pPrDefault\/>|<w:pPrDefault>[\s\S]*?<\/w:pPrDefault>/, PARAGRAPH_DEFAULTS)
      : xml.replace('</w:docDefaults>', `${PARAGRAPH_DEFAULTS}</w:docDefaults>`);
    zip.file('word/styles.xml', patched);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
