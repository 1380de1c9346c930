import type { FormDef, Kind } from './formTypes';
import { ALL_FORMS, formByNo } from './registry';
import { memoText } from '../text/memoText';

/**
 * Finding a form from a table's title or label line as people write them: with or without the
 * year, quotes and brackets, wrapped by spaces ("社会保障和就 业支出"-style breaks), or from a bare
 * label line (预算公开表9, 部门公开表9, 公开09表).
 */

const LABEL_PREFIX = /^(预算公开表|部门公开表|单位公开表)\s*\d{1,2}(?!\d)|^公开\s*\d{1,2}(?!\d)\s*表?/;

/** The form-neutral core of a title: no spaces, year, quotes or bracket characters. */
export const normaliseTitle = memoText((text: string): string =>
  text
    .trim()
    .replace(/^#+\s*/, '')
    .replace(LABEL_PREFIX, '')
    .replace(/\s+/g, '')
    .replace(/(19|20)\d{2}(年度|年)?/g, '')
    .replace(/[“”"‘’'「」『』]/g, '')
    .replace(/[（）()【】[\]]/g, ''),
);

const keywordNorm = (word: string): string => word.replace(/[“”"‘’'「」『』（）()【】[\]\s]/g, '');

/** A form's titles and keywords as titles are compared with them, worked out once per form. */
interface FormWords {
  readonly titles: ReadonlySet<string>;
  readonly all: readonly { readonly words: readonly string[]; readonly length: number }[];
  readonly none: readonly string[];
}

// Every title line of every workbook is held against every form: normalising the form's side each
// time cost more than the rest of the matching.
const FORM_WORDS = new WeakMap<FormDef, FormWords>();

function formWords(form: FormDef): FormWords {
  let w = FORM_WORDS.get(form);
  if (!w) {
    w = {
      titles: new Set([form.title, ...form.titleVariants].map((t) => normaliseTitle(t.replace(/\{year\}/g, '')))),
      all: form.keywords.all.map((set) => {
        const words = set.map(keywordNorm);
        return { words, length: words.join('').length };
      }),
      none: (form.keywords.none ?? []).map(keywordNorm),
    };
    FORM_WORDS.set(form, w);
  }
  return w;
}

/** Length of the longest `all` set of the form that the title satisfies (0 = no match). */
function matchScore(words: FormWords, title: string): number {
  if (words.none.some((w) => title.includes(w))) return 0;
  let best = 0;
  for (const set of words.all) if (set.length > best && set.words.every((w) => title.includes(w))) best = set.length;
  return best;
}

function scoreOf(form: FormDef, normalised: string): number {
  const words = formWords(form);
  return words.titles.has(normalised) ? Infinity : matchScore(words, normalised);
}

/** How well a title names a form: Infinity for a published wording, else the keyword score (0 = no match). */
export function titleScore(form: FormDef, title: string): number {
  const t = normaliseTitle(title);
  if (t === '') return 0;
  return scoreOf(form, t);
}

/** Every form (of the given set, all by default) whose keywords accept the title, most specific first. */
export function matchFormsByTitle(title: string, kind?: Kind, forms: readonly FormDef[] = ALL_FORMS): FormDef[] {
  const t = normaliseTitle(title);
  if (t === '') return [];
  return forms.filter((f) => kind === undefined || f.kind === kind)
    .map((form) => ({ form, score: scoreOf(form, t) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((m) => m.form);
}

/**
 * The form a title stands for: an exact published wording first, else the form whose matched
 * keyword set is the longest. A bare label line ("公开09表") is also accepted.
 */
export function matchFormByTitle(title: string, kind?: Kind, forms: readonly FormDef[] = ALL_FORMS): FormDef | undefined {
  const byTitle = matchFormsByTitle(title, kind, forms)[0];
  if (byTitle) return byTitle;
  const label = parseLabel(title);
  if (label && (kind === undefined || label.kind === kind)) return forms === ALL_FORMS ? formByNo(label.kind, label.no) : formByLabel(forms, label);
  return undefined;
}

/** The form of a set that prints this label line (公开09表 → the set's form numbered 9 with that label). */
export function formByLabel(forms: readonly FormDef[], label: { kind: Kind; no: number }): FormDef | undefined {
  return forms.find((f) => f.kind === label.kind && f.no === label.no && f.printsLabel !== false);
}

/**
 * A label line alone: 预算公开表9 / 部门公开表9 / 单位公开表9 → budget 9; 公开09表 / 公开09 / "公开
 * 09表" (wrapped) → final 9. Undefined when the text is not a label or names no known table.
 */
export function parseLabel(text: string): { kind: Kind; no: number } | undefined {
  const t = text.replace(/\s+/g, '');
  const budget = /^(预算公开表|部门公开表|单位公开表)(\d{1,2})$/.exec(t);
  const final = /^公开(\d{1,2})表?$/.exec(t);
  const found: { kind: Kind; no: number } | undefined = budget
    ? { kind: 'budget', no: Number(budget[2]) }
    : final
      ? { kind: 'final', no: Number(final[1]) }
      : undefined;
  return found && formByNo(found.kind, found.no) ? found : undefined;
}
