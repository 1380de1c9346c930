/** Words no generated text may ever show: a number that went wrong on the way to the page. */
export const BROKEN_WORDS = /Infinity|NaN|undefined/;

/** The broken words found in each named output, e.g. { 'check --json': ['Infinity'] }; empty when clean. */
export function brokenWords(outputs: Record<string, string>): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const [name, text] of Object.entries(outputs)) {
    const hits = text.match(new RegExp(BROKEN_WORDS.source, 'g'));
    if (hits) found[name] = [...new Set(hits)];
  }
  return found;
}
