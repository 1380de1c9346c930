import stringWidth from 'string-width';
import type { FindingClass } from '../../domain/findings/findingClass';
import { CLASS_LABEL } from '../../domain/findings/findingClass';

/**
 * Where the report goes: its width in columns (a CJK character takes two) and whether it may use
 * colour (a terminal, and NO_COLOR unset; never when piped).
 */
export interface Terminal {
  readonly width: number;
  readonly color: boolean;
}

/** The report's width: 120 columns, or the terminal's when narrower. */
export const REPORT_WIDTH = 120;

export const PLAIN: Terminal = { width: REPORT_WIDTH, color: false };

/** NO_COLOR (https://no-color.org): present and not empty turns colour off. */
export function terminalFor(stream: { isTTY?: boolean; columns?: number }, env: Record<string, string | undefined>): Terminal {
  const tty = stream.isTTY === true;
  const columns = tty && stream.columns && stream.columns > 40 ? stream.columns : REPORT_WIDTH;
  return { width: Math.min(REPORT_WIDTH, columns), color: tty && !env.NO_COLOR && env.TERM !== 'dumb' };
}

const SGR = { red: '31', yellow: '33', cyan: '36', dim: '2', bold: '1', redBold: '1;31' } as const;
type Tone = keyof typeof SGR;

export function paint(t: Terminal, tone: Tone, text: string): string {
  return t.color ? `\x1b[${SGR[tone]}m${text}\x1b[0m` : text;
}

const CLASS_TONE: Record<FindingClass, Tone> = { error: 'redBold', rounding: 'yellow', hint: 'cyan', info: 'dim' };

/** Text in a class's colour: red 错误, yellow 尾数差异, cyan 提示, dim 信息. */
export function tint(t: Terminal, c: FindingClass, text: string): string {
  return paint(t, CLASS_TONE[c], text);
}

/** "[错误]" in red, "[尾数差异]" in yellow… */
export function badge(t: Terminal, c: FindingClass): string {
  return tint(t, c, `[${CLASS_LABEL[c]}]`);
}

/** "错误 3 个" in the class's colour when it is not zero. */
export function countWord(t: Terminal, c: FindingClass, n: number): string {
  const text = `${CLASS_LABEL[c]} ${n} 个`;
  return n > 0 ? tint(t, c, text) : text;
}

export const width = stringWidth;

/** Pads (or cuts, with …) to `cols` display columns. */
export function fitCell(text: string, cols: number, align: 'left' | 'right' = 'left'): string {
  let s = text;
  if (width(s) > cols) {
    const chars = [...s];
    while (chars.length > 0 && width(chars.join('')) > cols - 1) chars.pop();
    s = `${chars.join('')}…`;
  }
  const pad = ' '.repeat(Math.max(0, cols - width(s)));
  return align === 'left' ? s + pad : pad + s;
}

/** Cuts from the left, keeping the end (a path's file name): "…/甲/汾阳.xlsx". */
export function fitTail(text: string, cols: number): string {
  if (width(text) <= cols) return text + ' '.repeat(cols - width(text));
  const chars = [...text];
  while (chars.length > 0 && width(chars.join('')) > cols - 1) chars.shift();
  return fitCell(`…${chars.join('')}`, cols);
}

/** Where a line may break: after Chinese punctuation, and before the " + " and " = " of a sum. */
const BREAK_AFTER = /[，；：、。）]/;

/**
 * `text` in lines of at most `t.width` columns: the first starts with `first`, the others with
 * `rest` (spaces, to hang under the text). Breaks after punctuation or before + and =; a run longer
 * than a line (a 40,000-character cell) is broken anywhere.
 */
export function wrap(t: Terminal, text: string, first: string, rest: string): string[] {
  const tokens: string[] = [];
  let cur = '';
  const chars = [...text];
  chars.forEach((ch, i) => {
    if (ch === ' ' && (chars[i + 1] === '+' || chars[i + 1] === '=') && cur) {
      tokens.push(cur);
      cur = '';
    }
    cur += ch;
    if (BREAK_AFTER.test(ch)) {
      tokens.push(cur);
      cur = '';
    }
  });
  if (cur) tokens.push(cur);
  const lines: string[] = [];
  let line = first;
  let room = t.width - width(first);
  const newLine = () => {
    lines.push(line.trimEnd());
    line = rest;
    room = t.width - width(rest);
  };
  for (const token of tokens) {
    const w = width(token);
    if (w <= room) {
      line += token;
      room -= w;
      continue;
    }
    if (line !== first && line !== rest && width(token.trimEnd()) <= t.width - width(rest)) {
      newLine();
      const lead = token.replace(/^ +/, '');
      line += lead;
      room -= width(lead);
      continue;
    }
    for (const ch of token) {
      const cw = width(ch);
      if (cw > room) newLine();
      line += ch;
      room -= cw;
    }
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
