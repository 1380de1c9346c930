/**
 * A 情况说明 as someone wrote it, in the order of the file: headings, body paragraphs and the rows of
 * the tables inside it (the attached 绩效目标表, a chart's figures). Every reader — .txt, .docx, a
 * 情况说明 sheet — produces this, and the audit reads only this.
 */
export interface WrittenParagraph {
  /** 1-based index in the file as the reader counts paragraphs: non-empty ones, a table row counting as one. */
  readonly index: number;
  /** The text, whitespace inside a line kept, line breaks of a broken PDF paste joined. */
  readonly text: string;
  /** 1 for 一、…, 2 for （一）… / 1、…, 3 for a deeper numbered heading; 0 for a body paragraph or a table row. */
  readonly heading: 0 | 1 | 2 | 3;
  /** The cells of a table row (a Word table, a tab-separated line, a sheet row of several cells). */
  readonly cells?: readonly string[];
}

export interface WrittenNarrative {
  readonly paragraphs: readonly WrittenParagraph[];
}

/** One block as a reader finds it, before numbering: a line, a Word paragraph, a table row, a sheet row. */
export interface WrittenBlock {
  readonly text: string;
  readonly cells?: readonly string[];
  /** The Word style said it is a heading (Heading 1 / 标题 1 → 1). */
  readonly styleHeading?: 1 | 2 | 3;
}

const CHINESE_NUMERAL = '[一二三四五六七八九十]+';
const HEADING_PATTERNS: readonly (readonly [RegExp, 1 | 2 | 3])[] = [
  [/^第[一二三四五六七八九十]+部分/u, 1],
  [new RegExp(`^${CHINESE_NUMERAL}、`, 'u'), 1],
  [new RegExp(`^[（(]${CHINESE_NUMERAL}[）)]`, 'u'), 2],
  [/^\d{1,2}[、.．](?!\d)/u, 2],
  [/^[（(]\d{1,2}[）)]/u, 3],
];

/**
 * "1、一般公共服务支出（类）社会工作事务（款）行政运行（项）。主要用于：…支出决算为51.32万元…": an item
 * of 五（三） in the national wording opens a paragraph about its 科目; it is no heading, however short.
 */
const SUBJECT_ITEM = /^\d{1,2}[、.．](?!\d)[^。；;]*?[（(](类|款)[）)]/u;
/** The item's 科目 alone, its figures still to come ("1、…（款）", "1、…（项）。"). */
const SUBJECT_ONLY = /^\d{1,2}[、.．](?!\d)[^。；;\d]*[（(](类|款|项)[）)][。.]?$/u;
/** A heading that is its number only: the words follow on the next line ("（一）" / "“三公”经费…说明。"). */
const BARE_NUMBER = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．])$/u;
/** A line that cannot start anything: it closes the line before ("。主要用于：…" after "…（项）"). */
const CLOSING = /^[。，、；：:;,.）)”’]/u;

/** Longest heading the documents print ("（一）一般公共预算财政拨款支出决算总体情况" and a little more). */
const HEADING_MAX = 36;

/**
 * The heading level of a line, or 0. A numbered line is a heading when it is short and says no
 * figure ("1、因公出国（境）费支出0万元，…" is a paragraph); a Word heading style counts as well.
 */
export function headingLevel(text: string, styleHeading?: 1 | 2 | 3): 0 | 1 | 2 | 3 {
  const t = text.replace(/[\s\u3000]+/gu, '');
  if (t === '' || SUBJECT_ITEM.test(t)) return 0;
  const numbered = HEADING_PATTERNS.find(([re]) => re.test(t));
  const short = t.length <= HEADING_MAX && !/\d[\d,.]*\s*(万元|元|%|％)/u.test(t) && !/。.+/u.test(t);
  if (numbered && short) return numbered[1];
  if (styleHeading && short) return styleHeading;
  return 0;
}

/** Numbers the blocks that have text and decides which are headings. */
export function writtenFromBlocks(blocks: readonly WrittenBlock[]): WrittenNarrative {
  const paragraphs: WrittenParagraph[] = [];
  // An item's 科目 on a paragraph of its own ("1、…（项）" / "主要用于：…支出决算为51.32万元") is read with
  // the paragraph that follows, so its figures know their 科目.
  let pending = '';
  for (const b of blocks) {
    let text = b.text.replace(/\s+$/u, '');
    if (text.trim() === '') continue;
    if (!b.cells && SUBJECT_ONLY.test(text.replace(/[\s\u3000]+/gu, ''))) {
      pending += text.trim();
      continue;
    }
    if (pending !== '' && !b.cells) {
      text = pending + text.trim();
      pending = '';
    }
    const index = paragraphs.length + 1;
    if (b.cells) {
      paragraphs.push({ index, text, heading: 0, cells: b.cells });
    } else {
      paragraphs.push({ index, text: text.trim(), heading: headingLevel(text, b.styleHeading) });
    }
  }
  if (pending !== '') paragraphs.push({ index: paragraphs.length + 1, text: pending, heading: 0 });
  return { paragraphs };
}

/** A line that ends a paragraph: sentence or clause punctuation, or a closing quote/bracket after one. */
const PARAGRAPH_END = /[。：:；;！!？?]['"’”）)]?$/u;

/**
 * Plain text as written or pasted: a line is a paragraph; a tab-separated line is a table row; a
 * line that stops mid-sentence (a PDF copied line by line, often with blank lines between) is joined
 * to the next until a sentence ends or a heading starts. Markdown heading marks and <b> tags that
 * converters leave are dropped.
 */
export function writtenFromText(text: string): WrittenNarrative {
  const lines = text
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map((l) => l.replace(/<\/?b>/giu, '').replace(/^\s*#+\s*/u, ''));
  const blocks: WrittenBlock[] = [];
  let open: string | null = null;
  const flush = () => {
    if (open !== null) blocks.push({ text: open });
    open = null;
  };
  for (const raw of lines) {
    if (raw.includes('\t')) {
      flush();
      blocks.push({ text: raw, cells: raw.split('\t').map((c) => c.trim()) });
      continue;
    }
    const line = raw.trim();
    if (line === '') continue;
    const last = blocks[blocks.length - 1];
    if (open === null && last && !last.cells && (CLOSING.test(line) || BARE_NUMBER.test(last.text.replace(/[\s\u3000]+/gu, '')))) {
      // The line finishes the block before: "（一）" + "“三公”经费…说明。", "…（项）" + "。".
      blocks.pop();
      open = joinLines(last.text, line);
      if (headingLevel(open) > 0) {
        blocks.push({ text: open });
        open = null;
      } else if (ends(open)) flush();
      continue;
    }
    if (headingLevel(line) > 0 || SUBJECT_ITEM.test(line.replace(/[\s\u3000]+/gu, ''))) flush();
    if (headingLevel(line) > 0) {
      blocks.push({ text: line });
      continue;
    }
    open = open === null ? line : joinLines(open, line);
    if (ends(open)) flush();
  }
  flush();
  return writtenFromBlocks(blocks);
}

/**
 * Whether a paragraph being joined ends here. An item of 五（三） runs on to the next item or heading:
 * its lines end at "（项）。" and "主要用于：" long before its figures do.
 */
function ends(open: string): boolean {
  return PARAGRAPH_END.test(open) && !SUBJECT_ITEM.test(open.replace(/[\s\u3000]+/gu, ''));
}

/** Two pieces of one broken line: Chinese needs no space between them, Latin words keep one. */
function joinLines(a: string, b: string): string {
  return /[A-Za-z]$/u.test(a) && /^[A-Za-z]/u.test(b) ? `${a} ${b}` : `${a}${b}`;
}
