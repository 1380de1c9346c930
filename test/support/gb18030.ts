/**
 * Text as GB18030 bytes, the way Notepad on a Chinese Windows saves "ANSI": Node can decode GB18030
 * (TextDecoder with full ICU) but not encode it, so the two-byte table is built once by decoding
 * every two-byte sequence. ASCII stays one byte; a character outside the two-byte table is an error.
 */
let table: Map<string, [number, number]> | null = null;

function twoByteTable(): Map<string, [number, number]> {
  if (table) return table;
  const decoder = new TextDecoder('gb18030');
  table = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

export function encodeGb18030(text: string): Uint8Array {
  const t = twoByteTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = t.get(ch);
    if (!pair) throw new Error(`GB18030 双字节表中没有“${ch}”`);
    out.push(...pair);
  }
  return new Uint8Array(out);
}
