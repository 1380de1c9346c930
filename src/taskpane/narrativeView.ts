import type { Finding } from '../domain/findings/finding';
import type { Narrative } from '../domain/narrative/narrativeTypes';

/** The inputs the 说明参数 sheet should give (each gets a 填写 button), one entry per input. */
export function missingInputs(n: Narrative): Finding[] {
  return n.findings.filter((f) => f.rule === 'narrative-input');
}

/** Everything else the text check found: tables missing, figures without a source, doubled words. */
export function otherNarrativeFindings(n: Narrative): Finding[] {
  return n.findings.filter((f) => f.rule !== 'narrative-input');
}

