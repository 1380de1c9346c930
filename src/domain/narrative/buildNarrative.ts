import type { Kind } from '../forms/formTypes';
import type { Parameters } from '../parameters/parameters';
import type { RecognitionResult } from '../recognition/recognizedTable';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { NarrativeContext } from './context';
import type { Narrative } from './narrativeTypes';
import { checkText } from './textChecks';
import { withZeroStyle } from './wordingProfile';

/**
 * The 情况说明 of a workbook: every sentence a template over the recognised tables and the
 * parameter sheet (prior-year figures also from last year's workbook), followed by a check of the
 * text itself. Pure: it can be rebuilt after every edit.
 */
export function buildNarrative(
  wb: WorkbookSnapshot,
  recognition: RecognitionResult,
  params: Parameters,
  options?: { prior?: { wb: WorkbookSnapshot; recognition: RecognitionResult } },
): Narrative {
  const profile = recognition.facts.profile;
  const kind: Kind = profile.kind;
  const ctx = new NarrativeContext(kind, wb, recognition, params, options?.prior);
  const built = profile.narrative.flatMap((fn) => fn(ctx));
  // The profile's switches are budget wording; 决算 keeps its own.
  const sections = kind === 'budget' ? withZeroStyle(built, ctx.wording) : built;
  const year = ctx.year;
  const title = profile.narrativeTitle.replace('{year}', year === null ? '' : String(year));
  return {
    kind,
    title: ctx.unit ? `${ctx.unit}${title}` : title,
    sections,
    charts: ctx.charts,
    findings: [...ctx.findings, ...checkText(sections)],
  };
}
