import JSZip from 'jszip';
import { isCustomXmlItem, itemNo, stripBom } from './customXmlParts';

/**
 * ExcelJS drops custom XML parts, so the add-in's metadata part is read and written on the saved
 * .xlsx buffer with jszip: customXml/itemN.xml + itemPropsN.xml + its rels, the workbook rel and
 * the content-type override.
 */

const ITEM_PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const CUSTOM_XML_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const PROPS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';

/** Every custom XML part's text, in item order. */
export async function readCustomXmlParts(zip: JSZip): Promise<string[]> {
  const names = Object.keys(zip.files)
    .filter(isCustomXmlItem)
    .sort((a, b) => itemNo(a) - itemNo(b));
  const out: string[] = [];
  for (const n of names) {
    const f = zip.file(n);
    if (f) out.push(stripBom(await f.async('string')));
  }
  return out;
}

/** The custom XML part whose root is in `namespace`, or null. */
export async function readCustomXml(buf: Buffer | ArrayBuffer | Uint8Array, namespace: string): Promise<string | null> {
  const zip = await JSZip.loadAsync(buf);
  for (const xml of await readCustomXmlParts(zip)) if (xml.includes(namespace)) return xml;
  return null;
}

/** Adds (or replaces, matched by namespace) one custom XML part; returns the new .xlsx bytes. */
export async function writeCustomXml(
  buf: Buffer | ArrayBuffer | Uint8Array,
  namespace: string,
  xml: string,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  const existing = Object.keys(zip.files).filter(isCustomXmlItem);
  for (const n of existing) {
    const text = await zip.file(n)!.async('string');
    if (text.includes(namespace)) {
      zip.file(n, xml);
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    }
  }
  const no = existing.reduce((m, n) => Math.max(m, itemNo(n)), 0) + 1;
  zip.file(`customXml/item${no}.xml`, xml);
  zip.file(
    `customXml/itemProps${no}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{${guid(no)}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${namespace}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  zip.file(
    `customXml/_rels/item${no}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${PROPS_REL}" Target="itemProps${no}.xml"/></Relationships>`,
  );
  const relsPath = 'xl/_rels/workbook.xml.rels';
  let rels = await zip.file(relsPath)!.async('string');
  const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const rid = `rId${Math.max(0, ...ids) + 1}`;
  rels = rels.replace(
    '</Relationships>',
    `<Relationship Id="${rid}" Type="${CUSTOM_XML_REL}" Target="../customXml/item${no}.xml"/></Relationships>`,
  );
  zip.file(relsPath, rels);
  let types = await zip.file('[Content_Types].xml')!.async('string');
  types = types.replace(
    '</Types>',
    `<Override PartName="/customXml/itemProps${no}.xml" ContentType="${ITEM_PROPS_TYPE}"/></Types>`,
  );
  if (!/Extension="xml"/.test(types)) {
    types = types.replace('</Types>', '<Default Extension="xml" ContentType="application/xml"/></Types>');
  }
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function guid(no: number): string {
  return `6B1F7A2C-0D3E-4F5A-9B8C-${String(no).padStart(12, '0')}`;
}
