/**
 * Splits an address list as Excel returns it for RangeAreas ("Sheet1!A1:B2,'a,b'!C3") into plain
 * A1 ranges without sheet names; quoted sheet names may contain commas.
 */
export function splitAreaAddresses(address: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      push();
      continue;
    }
    cur += ch;
  }
  push();
  return out;

  function push(): void {
    const s = cur.trim();
    cur = '';
    if (!s) return;
    const bang = s.lastIndexOf('!');
    out.push((bang >= 0 ? s.slice(bang + 1) : s).replace(/\$/g, ''));
  }
}

/**
 * Joins addresses into comma lists for `worksheet.getRanges`, each under `maxLength` characters
 * (Excel rejects very long address strings).
 */
export function chunkAddresses(addresses: readonly string[], maxLength = 2000): string[] {
  const chunks: string[] = [];
  let cur = '';
  for (const a of addresses) {
    if (cur && cur.length + 1 + a.length > maxLength) {
      chunks.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) chunks.push(cur);
  return chunks;
}
