import type { Kind } from '../forms/formTypes';
import { UNIT_TYPES, type TemplateMetadata, type UnitType } from '../workbook/snapshot';
import { escapeXml, unescapeXml } from '../workbook/xmlText';

/**
 * The add-in's template metadata as one custom XML part. Plain string code (no DOMParser), so
 * it runs the same in the task pane, in Node and in tests. Reading tolerates namespace prefixes
 * (<bd:template xmlns:bd="…">) because other tools may rewrite the part that way.
 */
export const TEMPLATE_NAMESPACE = 'urn:budget-disclosure:template:v1';

export function metadataToXml(m: TemplateMetadata): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<template xmlns="${TEMPLATE_NAMESPACE}">`,
    `  <formVersion>${m.formVersion}</formVersion>`,
    `  <kind>${m.kind}</kind>`,
    `  <year>${m.year}</year>`,
    `  <unit>${escapeXml(m.unit)}</unit>`,
  ];
  if (m.unitType) lines.push(`  <unitType>${escapeXml(m.unitType)}</unitType>`);
  if (m.profile) lines.push(`  <profile>${escapeXml(m.profile)}</profile>`);
  lines.push('  <sheets>');
  for (const [name, form] of Object.entries(m.sheets)) {
    lines.push(`    <sheet name="${escapeXml(name)}" form="${escapeXml(form)}"/>`);
  }
  lines.push('  </sheets>', '</template>');
  return lines.join('\n');
}

/** Local name of a possibly prefixed XML name ("bd:unit" → "unit"). */
const local = (name: string) => name.replace(/^[^:]*:/, '');

/** Text of the first element with this local name, unescaped; null when absent. */
function elementText(xml: string, name: string): string | null {
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}\\s*>`);
  const m = re.exec(xml);
  if (!m) return null;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(m[1]);
  return cdata ? cdata[1] : unescapeXml(m[1]).trim();
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w.:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    out[local(m[1])] = unescapeXml(m[3] ?? m[4] ?? '');
  }
  return out;
}

/** The metadata in a custom XML part, or null when the part is someone else's or damaged. */
export function metadataFromXml(xml: string): TemplateMetadata | null {
  const text = xml.replace(/^\uFEFF/, '').replace(/<!--[\s\S]*?-->/g, '');
  // The root element must be our <template> in our namespace (any prefix).
  const root = /<([\w.-]+:)?template(\s[^>]*)?>/.exec(text);
  if (!root) return null;
  const prefix = root[1] ? root[1].slice(0, -1) : '';
  const nsAttr = prefix ? `xmlns:${prefix}` : 'xmlns';
  const rootAttrs: Record<string, string> = {};
  for (const m of (root[2] ?? '').matchAll(/([\w.:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) rootAttrs[m[1]] = m[3] ?? m[4] ?? '';
  if (rootAttrs[nsAttr] !== TEMPLATE_NAMESPACE) return null;

  const formVersion = Number(elementText(text, 'formVersion'));
  const kind = elementText(text, 'kind') as Kind | null;
  const year = Number(elementText(text, 'year'));
  const unit = elementText(text, 'unit');
  const unitTypeText = elementText(text, 'unitType');
  if (!Number.isInteger(formVersion) || formVersion < 1) return null;
  if (kind !== 'budget' && kind !== 'final') return null;
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  if (unit === null) return null;

  const sheets: Record<string, string> = {};
  for (const m of text.matchAll(/<(?:[\w.-]+:)?sheet(\s[^>]*?)\/?>/g)) {
    const a = attributes(m[1]);
    if (a.name !== undefined && a.form !== undefined) sheets[a.name] = a.form;
  }
  const unitType = UNIT_TYPES.find((u) => u === unitTypeText) as UnitType | undefined;
  const profile = elementText(text, 'profile');
  return {
    formVersion,
    kind,
    year,
    unit,
    ...(unitType ? { unitType } : {}),
    ...(profile ? { profile } : {}),
    sheets,
  };
}
