import type { Finding } from '../../domain/findings/finding';
import type { Narrative, NarrativeRun } from '../../domain/narrative/narrativeTypes';
import type { StaleParagraph, Staleness } from '../../domain/narrative/staleParagraphs';
import type { WatchState } from './narrativeWatch';

/** The inputs the 说明参数 sheet should give (each gets a 填写 button), one entry per input. */
export function missingInputs(n: Narrative): Finding[] {
  return n.findings.filter((f) => f.rule === 'narrative-input');
}

/** What a 待填写 line says: the input's name alone ("上年预算收入总计"); the message when it names none. */
export function inputLabel(f: Finding): string {
  const blank = /^情况说明需要“(.+)”：/.exec(f.message);
  if (blank) return blank[1];
  const invalid = /^说明参数“(.+)”不是有效的数字/.exec(f.message);
  return invalid ? `${invalid[1]}（不是有效的数字）` : f.message;
}

/** On a workbook without any 公开表 the 说明 is all placeholders: one line says what is missing and what to do. */
export const NO_TABLES_LINE = '工作簿中没有识别到预算或决算公开表，无法生成情况说明：请先在“模板”页插入模板并填写，或把公开表粘贴到本工作簿，再点击“生成情况说明”。';

/** A unit that must stay on the line of the figure before it. */
const UNIT = /^\s?(?:万元|元|%|个百分点)/;
const FIGURE_WITH_UNIT = /\d[\d,]*(?:\.\d+)?\s?(?:万元|元|%|个百分点)/g;

/**
 * The runs of a paragraph with the unit that follows a figure taken into the figure's piece, so
 * "2,911.06" (a button) and "万元" never wrap apart: `unit` is what goes on the figure's line.
 */
export function gluedRuns(runs: readonly NarrativeRun[]): { readonly run: NarrativeRun; readonly unit: string }[] {
  const out = runs.map((run) => ({ run, unit: '' }));
  for (let i = 0; i + 1 < out.length; i++) {
    const next = out[i + 1].run;
    if (!out[i].run.sources?.length || next.sources?.length || next.missing) continue;
    const m = UNIT.exec(next.text);
    if (!m) continue;
    out[i] = { ...out[i], unit: m[0] };
    out[i + 1] = { ...out[i + 1], run: { ...next, text: next.text.slice(m[0].length) } };
  }
  return out;
}

/** Plain wording cut so that each figure with its unit ("5.20%", "12.00万元") is one piece that does not wrap. */
export function unitPieces(text: string): { readonly text: string; readonly keep: boolean }[] {
  const out: { text: string; keep: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(FIGURE_WITH_UNIT)) {
    if (m.index! > at) out.push({ text: text.slice(at, m.index), keep: false });
    out.push({ text: m[0], keep: true });
    at = m.index! + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), keep: false });
  return out;
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
