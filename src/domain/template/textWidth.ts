/**
 * How much room a text takes in a cell, in Excel's column-width units (the width of "0" in the
 * default font): a CJK or full-width character takes two, anything else one. Excel and LibreOffice
 * do not grow a row for wrapped text a program writes, so layouts size rows from these figures.
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/**
 * What a column of `width` units holds on one line. A unit is 7 px and a column has 5 px of its own,
 * so `width` units hold a little more than `width` units of text (a 10 pt CJK character is 13.3 px,
 * just under two units): the estimate errs on the side of one line too many, never one too few.
 */
export function lineRoom(width: number): number {
  return Math.max(width, 1);
}

/** Lines a text needs when Excel wraps it in `width` units, character by character (explicit breaks kept). */
export function wrappedLineCount(text: string, width: number): number {
  const room = lineRoom(width);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / room)), 0);
}
