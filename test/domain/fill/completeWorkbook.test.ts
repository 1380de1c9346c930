import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { planFill } from '../../../src/domain/fill/planFill';
import { recognize } from '../../../src/domain/recognition/recognize';
import { seedWorkbook } from '../../support/seedWorkbook';

describe('a complete published workbook', () => {
  it.each(['000', '001', '002', '004'] as const)('seed %s: nothing to write, no conflict, no note', (id) => {
    const wb = seedWorkbook(id);
    const rec = recognize(wb);
    const plan = planFill(wb, rec, builtinCatalog(rec.year ?? 2025));
    // Published figures that differ by a cent from their parts (尾数差异) are the checks' business:
    // fill derives only blank cells and compares only the figures it would have written.
    expect(plan).toEqual({ writes: [], conflicts: [], insertions: [], notes: [] });
  });

  it('seed 000 as one sheet with amounts pasted as text: still nothing to write', () => {
    const wb = seedWorkbook('000', { layout: 'oneSheet', amounts: 'text' });
    const rec = recognize(wb);
    expect(planFill(wb, rec, builtinCatalog(2025))).toEqual({ writes: [], conflicts: [], insertions: [], notes: [] });
  });
});
