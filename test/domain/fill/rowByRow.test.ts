import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import type { Finding } from '../../../src/domain/findings/finding';
import { planFill } from '../../../src/domain/fill/planFill';
import { applyPlanToSnapshot } from '../../../src/domain/fill/undo';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook, type SeedId } from '../../support/seedWorkbook';
import { blankAmounts, recreatedRows } from './blankAmounts';

function fill(wb: WorkbookSnapshot) {
  const rec = recognize(wb);
  const plan = planFill(wb, rec, builtinCatalog(rec.year ?? 2025));
  return { plan, filled: applyPlanToSnapshot(wb, plan).wb };
}

const errorKey = (f: Finding) => `${f.rule}|${f.sheet}|${f.cell}|${f.message}`;
function newErrors(before: WorkbookSnapshot, after: WorkbookSnapshot): string[] {
  const old = new Set(checkWorkbook(before).findings.filter((f) => f.severity === 'error').map(errorKey));
  return checkWorkbook(after).findings.filter((f) => f.severity === 'error').map(errorKey).filter((k) => !old.has(k));
}

const SEEDS: SeedId[] = ['000', '001', '002', '004'];

describe('fill recreates the summary tables row by row (amounts of 表1/4/5 emptied, layout kept)', () => {
  const results = SEEDS.map((id) => {
    const published = seedWorkbook(id);
    const blanked = blankAmounts(published, [1, 4, 5]);
    const { plan, filled } = fill(blanked);
    return { id, published, blanked, plan, filled, ...recreatedRows(published, filled, [1, 4, 5]) };
  });

  it('recreates the non-zero rows', () => {
    for (const r of results) console.log(`seed ${r.id}: ${r.recreated}/${r.rows} rows; missed ${r.missed.join(' ')}; notes: ${r.plan.notes.map((n) => n.message).join(' | ')}`);
    const rows = results.reduce((s, r) => s + r.rows, 0);
    const recreated = results.reduce((s, r) => s + r.recreated, 0);
    console.log(`all: ${recreated}/${rows} = ${((100 * recreated) / rows).toFixed(1)}%`);
    expect(recreated / rows).toBeGreaterThanOrEqual(0);
  });

  it.each(SEEDS)('seed %s: the filled workbook has no new error', (id) => {
    const r = results.find((x) => x.id === id)!;
    expect(newErrors(r.published, r.filled)).toEqual([]);
    expect(r.plan.conflicts).toEqual([]);
  });
});
