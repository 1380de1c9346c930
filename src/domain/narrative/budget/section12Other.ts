import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section } from '../paragraph';

/** 十二、其他说明: the unit's own notes, or 无 (an optional input: no placeholder). */
export function section12Other(ctx: NarrativeContext): NarrativeSection[] {
  const notes = ctx.text('other.notes');
  const paras = notes
    ? notes.text.split(/\r?\n+/).filter((l) => l.trim() !== '').map((l) => para().input(l.trim(), notes.cell))
    : [para().text('无。')];
  return [section('十二、其他说明', 1, paras)];
}
