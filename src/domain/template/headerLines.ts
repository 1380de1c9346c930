import { displayWidth, lineRoom } from './textWidth';

/**
 * Header labels broken between words, never inside one. Excel wraps a Chinese label at whatever
 * character reaches the cell's edge ("国有资本经营收入预" / "算"); the layout instead writes the
 * line breaks itself, between the words of the budget vocabulary below, and widens a column whose
 * label has a word too long for it.
 *
 * Longest match first: "一般公共预算" stays one word, "国有资本经营预算" may break before 预算.
 * Text between known words (政府, 费) is glued to them. A new form whose header breaks badly
 * needs its words here (test/domain/template/headerLines.test.ts lists every template's breaks).
 */
const WORDS: readonly string[] = [
  '一般公共预算',
  '政府性基金',
  '国有资本经营',
  '财政专户',
  '管理资金',
  '单位资金',
  '财政拨款',
  '附属单位',
  '上级',
  '上缴',
  '补助',
  '结转和结余',
  '结转',
  '结余',
  '年初',
  '年末',
  '本年',
  '上年',
  '当年',
  '全年',
  '预算',
  '决算',
  '收入',
  '支出',
  '合计',
  '小计',
  '总计',
  '安排',
  '科目',
  '编码',
  '代码',
  '名称',
  '经济',
  '功能',
  '分类',
  '基本',
  '项目',
  '人员经费',
  '公用经费',
  '公务用车',
  '购置费',
  '运行维护费',
  '因公出国',
  '（境）费',
  '公务接待费',
  '经营',
  '事业',
  '其他',
  '执行数',
  '预算数',
  '决算数',
];

const BY_LENGTH = [...WORDS].sort((a, b) => b.length - a.length);

/**
 * The label cut into the pieces a line may break between. Text that is no known word joins the
 * word after it (对 + 附属单位, 政府 + 预算), or the last word when it ends the label.
 */
export function headerWords(label: string): string[] {
  const out: string[] = [];
  let glue = '';
  let i = 0;
  while (i < label.length) {
    // A year ("2025年") is one word.
    const year = /^\d{4}年/.exec(label.slice(i));
    const word = year ? year[0] : BY_LENGTH.find((w) => label.startsWith(w, i));
    if (word) {
      out.push(glue + word);
      glue = '';
      i += word.length;
    } else {
      glue += label[i];
      i++;
    }
  }
  if (glue) {
    if (out.length > 0) out[out.length - 1] += glue;
    else out.push(glue);
  }
  return out;
}

export interface BrokenHeader {
  /** The label with "\n" where a line ends (unchanged when it fits on one line). */
  readonly text: string;
  readonly lines: number;
  /** The room the label needs: `width`, or more when one of its words is longer than a line. */
  readonly width: number;
}

/**
 * The fewest lines, each within the column's room, most evenly filled; a word longer than a line
 * widens the column to hold it.
 */
export function breakHeader(label: string, width: number): BrokenHeader {
  if (label.includes('\n') || displayWidth(label) <= lineRoom(width)) return { text: label, lines: label.split('\n').length, width };
  const words = headerWords(label);
  const widths = words.map(displayWidth);
  const longest = Math.max(...widths);
  const w = Math.max(width, longest + 1);
  const room = lineRoom(w);
  // Every way to cut `words` into lines (labels are a few words long): fewest lines, then the
  // narrowest widest line.
  let best: { cuts: number[]; lines: number; widest: number } | null = null;
  const n = words.length;
  for (let mask = 0; mask < 1 << (n - 1); mask++) {
    const lineWidths: number[] = [0];
    const cuts: number[] = [];
    for (let k = 0; k < n; k++) {
      lineWidths[lineWidths.length - 1] += widths[k];
      if (k < n - 1 && mask & (1 << k)) {
        cuts.push(k + 1);
        lineWidths.push(0);
      }
    }
    const widest = Math.max(...lineWidths);
    if (widest > room) continue;
    if (!best || lineWidths.length < best.lines || (lineWidths.length === best.lines && widest < best.widest)) {
      best = { cuts, lines: lineWidths.length, widest };
    }
  }
  if (!best) return { text: label, lines: 1, width: displayWidth(label) + 1 };
  const lines: string[] = [];
  let from = 0;
  for (const cut of [...best.cuts, n]) {
    lines.push(words.slice(from, cut).join(''));
    from = cut;
  }
  return { text: lines.join('\n'), lines: lines.length, width: w };
}
