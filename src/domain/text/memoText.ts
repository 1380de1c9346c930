/**
 * A text → text function remembered per input. Recognition normalises the same few hundred labels,
 * titles and headers thousands of times per workbook (and again per workbook in a folder check):
 * the profile of `check` on 300 workbooks put those regex chains among its largest costs.
 * The memory is bounded: past `limit` distinct inputs it starts afresh, so a sheet of a million
 * distinct texts cannot grow it without end.
 */
export function memoText(fn: (text: string) => string, limit = 20_000): (text: string) => string {
  let seen = new Map<string, string>();
  return (text: string): string => {
    const hit = seen.get(text);
    if (hit !== undefined) return hit;
    const out = fn(text);
    if (seen.size >= limit) seen = new Map();
    seen.set(text, out);
    return out;
  };
}
