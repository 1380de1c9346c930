import type { FormDef, Kind } from '../forms/formTypes';
import { norm } from './normalize';
import { formByLabel, titleScore } from '../forms/matchTitle';
import { PROFILES, defaultProfile, profileById, profileForms, profilesOfKind, type Profile } from '../profiles';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { TitleHit } from './findTitles';

/** An exact published title of a profile's own form counts this much more than a keyword match. */
const EXACT = 3;
const KEYWORD = 1;
/** A label line (公开01表, 预算公开表1) names the table of the profiles that print it. */
const LABEL = 3;
/** Each header word under a title that the profile's form of that title uses. */
const HEADER = 2;

/** The profile's form a title names best (an exact wording first, else the longest keyword set). */
function bestForm(forms: readonly FormDef[], title: string): FormDef | undefined {
  let top: FormDef | undefined;
  let score = 0;
  for (const f of forms) {
    const t = titleScore(f, title);
    if (t > score) {
      top = f;
      score = t;
    }
  }
  return top;
}

const vocabulary = new WeakMap<FormDef, Set<string>>();

/** Every header label and alias of a form, normalised. */
function headerVocabulary(form: FormDef): Set<string> {
  let words = vocabulary.get(form);
  if (!words) {
    words = new Set(form.panels.flatMap((p) => p.columns.flatMap((c) => [...c.header, ...(c.aliases ?? [])].map((h) => norm(h)))));
    vocabulary.set(form, words);
  }
  return words;
}

/** The profiles a workbook may be: the one its template metadata names, else those of its kind. */
export function candidateProfiles(wb: WorkbookSnapshot, kindHint: Kind | null): readonly Profile[] {
  const named = profileById(wb.metadata?.profile);
  if (named) return [named];
  return kindHint ? profilesOfKind(kindHint) : PROFILES;
}

/**
 * The table set a workbook was made in, from the titles found (scored against each profile's own
 * forms) and the label lines above them. Titles are scanned once for all profiles; only the tables
 * of the winner are read, so tables of different profiles never mix in one result. A tie goes to
 * the profile with the higher tieBreak (Shanxi's, the templates the add-in writes).
 */
export function pickProfile(hits: readonly TitleHit[], candidates: readonly Profile[], kindHint: Kind | null): Profile {
  if (candidates.length === 1) return candidates[0];
  let best: Profile | null = null;
  let bestScore = -1;
  for (const p of candidates) {
    const forms = profileForms(p);
    let score = 0;
    for (const hit of hits) {
      let s = 0;
      for (const f of forms) {
        const t = titleScore(f, hit.title);
        if (t === Infinity) s = Math.max(s, EXACT);
        else if (t > 0) s = Math.max(s, KEYWORD);
      }
      if (hit.label && formByLabel(forms, hit.label)) s += LABEL;
      // The header words under the title that the profile's form uses (功能分类科目编码, 行次, 预算数…).
      const form = bestForm(forms, hit.title);
      if (form && hit.headerWords) {
        const words = headerVocabulary(form);
        s += HEADER * hit.headerWords.filter((w) => words.has(w)).length;
      }
      score += s;
    }
    if (score > bestScore || (score === bestScore && best !== null && p.tieBreak > best.tieBreak)) {
      best = p;
      bestScore = score;
    }
  }
  if (best && bestScore > 0) return best;
  return defaultProfile(kindHint ?? best?.kind ?? 'budget');
}
