import type { ZipEntry } from './zipDirectory';
import { zipPart } from './zipPart';

/**
 * Every custom XML part's text, in item order, read from the zip directory the size checks already
 * parsed: reading a workbook needs no zip library (customXml.ts, which writes parts, uses jszip).
 */
export function customXmlTexts(buf: Buffer, entries: readonly ZipEntry[], file: string): string[] {
  return entries
    .filter((e) => isCustomXmlItem(e.name))
    .sort((a, b) => itemNo(a.name) - itemNo(b.name))
    .map((e) => stripBom(zipPart(buf, e, file).toString('utf8')));
}

/** customXml/itemN.xml: a part's text (its itemPropsN.xml and rels are beside it). */
export function isCustomXmlItem(name: string): boolean {
  return /^customXml\/item\d+\.xml$/.test(name);
}

export function itemNo(name: string): number {
  return Number(/item(\d+)\.xml$/.exec(name)?.[1] ?? 0);
}

export function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
