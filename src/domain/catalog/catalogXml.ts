import type { Catalog, Classification } from './catalog';
import { catalogOf, NamedEntry } from './builtinCatalog';
import { escapeXml, xmlAttributes as attributes } from '../workbook/xmlText';

/**
 * An imported catalog kept in the workbook's custom XML part, so the next session (or a colleague
 * opening the file) checks against the same catalog. Our own small format, written and read as text
 * (no DOMParser: the core runs in Node and in the pane alike):
 *
 * <catalog xmlns="urn:budget-disclosure:catalog:v1" year="2025" source="2025年科目.xlsx">
 *   <entry c="function" code="2080109" name="社会保险经办机构"/>
 * </catalog>
 */
export const CATALOG_NAMESPACE = 'urn:budget-disclosure:catalog:v1';

const CLASSIFICATIONS: readonly Classification[] = ['function', 'economic', 'income'];

export function catalogToXml(catalog: Catalog): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<catalog xmlns="${CATALOG_NAMESPACE}" year="${catalog.year}" source="${escapeXml(catalog.source)}">`,
  ];
  for (const c of CLASSIFICATIONS) {
    for (const e of catalog.entries(c)) {
      lines.push(`  <entry c="${c}" code="${escapeXml(e.code)}" name="${escapeXml(e.name)}"/>`);
    }
  }
  lines.push('</catalog>');
  return lines.join('\n');
}

/** The catalog stored by catalogToXml; null for any other XML (another part, another version). */
export function catalogFromXml(xml: string): Catalog | null {
  const text = xml.replace(/<!--[\s\S]*?-->/g, '');
  // Root may carry a prefix (ns0:catalog) when a host rewrites the part.
  const root = /<([A-Za-z_][\w.-]*:)?catalog\b([^>]*)>/.exec(text);
  if (!root) return null;
  const attrs = attributes(root[2]);
  const nsAttr = [...attrs.entries()].find(([k]) => k === 'xmlns' || k.startsWith('xmlns:'));
  if (!nsAttr || nsAttr[1] !== CATALOG_NAMESPACE) return null;
  const year = Number(attrs.get('year'));
  if (!Number.isInteger(year)) return null;
  const source = attrs.get('source') ?? '';
  const entries: NamedEntry[] = [];
  const re = /<([A-Za-z_][\w.-]*:)?entry\b([^>]*?)\/?>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const a = attributes(m[2]);
    const c = a.get('c') as Classification | undefined;
    const code = a.get('code');
    const name = a.get('name');
    if (!c || !CLASSIFICATIONS.includes(c) || !code || name === undefined) continue;
    entries.push({ code, name, classification: c });
  }
  return catalogOf(year, source, entries);
}
