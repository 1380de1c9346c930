/**
 * A text file's characters: by its byte-order mark when it has one (UTF-8, UTF-16), UTF-8 when the
 * bytes are valid UTF-8, else GB18030 — how Notepad and Excel on a Chinese Windows save "ANSI" text
 * and CSV, and how finance bureaus often send them. TextDecoder('gb18030') works in browsers and in
 * Node with full ICU (the default build).
 */
export function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
