import type { Finding } from '../domain/findings/finding';
import type { Narrative } from '../domain/narrative/narrativeTypes';
import type { StaleParagraph, Staleness } from '../domain/narrative/staleParagraphs';
import type { WatchState } from './narrativeWatch';

/** The inputs the 说明参数 sheet should give (each gets a 填写 button), one entry per input. */
export function missingInputs(n: Narrative): Finding[] {
  return n.findings.filter((f) => f.rule === 'narrative-input');
}

/** Everything else the text check found: tables missing, figures without a source, doubled words. */
export function otherNarrativeFindings(n: Narrative): Finding[] {
  return n.findings.filter((f) => f.rule !== 'narrative-input');
}


/** The marker a paragraph gets, as shown and as read out. */
export const STALE_LABEL: Record<Staleness, string> = { stale: '已过期', possibly: '可能已过期' };

export const STALE_TITLE: Record<Staleness, string> = {
  stale: '本段数字所依据的单元格在生成后被修改，请重新生成',
  possibly: '生成后工作簿有修改，但无法确定修改的是哪张工作表，本段可能已过期，请重新生成',
};

/** Marker lookup for the preview: "section.paragraph" → staleness. */
export function staleByParagraph(stale: readonly StaleParagraph[]): ReadonlyMap<string, Staleness> {
  return new Map(stale.map((p) => [paragraphKey(p.section, p.paragraph), p.staleness]));
}

export function paragraphKey(section: number, paragraph: number): string {
  return `${section}.${paragraph}`;
}

/** The status line above the preview; null while nothing is stale. */
export function staleSummary(stale: readonly StaleParagraph[]): string | null {
  const sure = stale.filter((p) => p.staleness === 'stale').length;
  const maybe = stale.length - sure;
  if (sure > 0 && maybe > 0) {
    return `${sure} 段内容所依据的单元格已修改，另有 ${maybe} 段可能已过期（无法确定修改的是哪张工作表），请重新生成。`;
  }
  if (sure > 0) return `${sure} 段内容所依据的单元格已修改，请重新生成。`;
  if (maybe > 0) return `${maybe} 段内容可能已过期：工作簿在生成后有修改，但无法确定修改的是哪张工作表，请重新生成。`;
  return null;
}

/**
 * A change-event update for the narrative on screen: states of an older generation (an edit that
 * arrived while a new narrative was being built) must not mark the new narrative's paragraphs.
 */
export function withWatchState<V extends { readonly watch: WatchState }>(view: V | null, state: WatchState): V | null {
  return view && view.watch.generation === state.generation ? { ...view, watch: state } : view;
}
