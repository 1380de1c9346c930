import { paragraphText, type Narrative, type NarrativeSection } from '../domain/narrative/narrativeTypes';

/** A section's body as plain text: one paragraph a line. */
function sectionText(s: NarrativeSection): string {
  return s.paragraphs.map(paragraphText).join('\n');
}

/** The 情况说明 for a person: title, then each heading and its paragraphs, a blank line between sections. */
export function narrativeToText(n: Narrative): string {
  const parts = [n.title, ''];
  for (const s of n.sections) {
    parts.push(s.heading);
    const body = sectionText(s);
    if (body !== '') parts.push(body);
    parts.push('');
  }
  return parts.join('\n').replace(/\n+$/, '');
}

/** `narrative --json` (../shared/docs/cli.md): sub-sections are entries of their own, in order. */
export function narrativeToJson(n: Narrative): { sections: { heading: string; text: string }[] } {
  return { sections: n.sections.map((s) => ({ heading: s.heading, text: sectionText(s) })) };
}
