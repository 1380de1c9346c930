/**
 * The few XML text helpers our custom XML parts (template metadata, imported catalog, fill undo record)
 * need. They are written and read as plain text — no DOMParser — so the same code runs in the pane, in
 * the check worker, in Node and in tests.
 */

/** Escapes text for an attribute or element; line breaks and tabs as character references so attributes keep them. */
export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const n = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(n);
  });
}

/** Attributes of one start tag, in either quote style, unescaped, by their name as written. */
export function xmlAttributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag)) !== null) out.set(m[1], unescapeXml(m[3] ?? m[4] ?? ''));
  return out;
}
