import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryGateway } from '../../../src/excel/memoryGateway';
import { generateNarrative } from '../../../src/taskpane/narrative/generateNarrative';
import { NarrativePreview } from '../../../src/taskpane/narrative/NarrativePreview';
import { gluedRuns, inputLabel, missingInputs, unitPieces } from '../../../src/taskpane/narrative/narrativeView';
import { seedWorkbook } from '../../support/seedWorkbook';

/** Issue 18 item 6: the 说明 tab on seed 000 (汾阳市社会保险中心 2025 预算) and on an empty workbook. */
describe('说明: short lines, units on their figure’s line, one line for a workbook without tables', () => {
  it('says in one line that a workbook without 公开表 has nothing to write from (no paragraphs of placeholders)', async () => {
    const shown = await generateNarrative(MemoryGateway.fromSnapshot({ sheets: [{ name: 'Sheet1', values: [] }] }), null, null);
    expect(shown.tables).toBe(0);
    // What the pane no longer shows: the text of placeholders the engine builds all the same.
    expect(shown.narrative.findings.length).toBeGreaterThan(10);
  });

  it('lists each 待填写 input by its name alone', async () => {
    const shown = await generateNarrative(MemoryGateway.fromSnapshot(seedWorkbook('000')), null, null);
    expect(shown.tables).toBe(13);
    const labels = missingInputs(shown.narrative).map(inputLabel);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels).toContain('上年预算收入总计');
    for (const l of labels) {
      expect(l).not.toMatch(/[。【]|^情况说明|请在/);
      expect(l.length).toBeLessThanOrEqual(24);
    }
  });

  it('keeps 万元 and % on the line of their figure', async () => {
    const { narrative } = await generateNarrative(MemoryGateway.fromSnapshot(seedWorkbook('000')), null, null);
    let glued = 0;
    for (const s of narrative.sections)
      for (const p of s.paragraphs) {
        const pieces = gluedRuns(p.runs);
        pieces.forEach((g, i) => {
          if (g.unit) glued++;
          // No piece after a figure starts with the unit: it went with the figure.
          if (i > 0 && pieces[i - 1].run.sources?.length) expect(g.run.text).not.toMatch(/^\s?(万元|%)/);
          // In wording, a figure's unit is kept with it.
          if (!g.run.sources?.length) for (const x of unitPieces(g.run.text)) if (!x.keep) expect(x.text).not.toMatch(/\d\s?(万元|%)/);
        });
      }
    expect(glued).toBeGreaterThan(10);
    const html = renderToStaticMarkup(<NarrativePreview narrative={narrative} stale={[]} onSelect={() => undefined} />);
    // Each figure button with its 万元 sits in one span that does not wrap.
    expect(html).toMatch(/<span class="[^"]+"><button[^>]*>2,911\.06<\/button>万元<\/span>/);
  });
});
