import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { planFill } from '../../../src/domain/fill/planFill';
import { applyPlanToSnapshot } from '../../../src/domain/fill/undo';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { cellAt } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook, type SeedId } from '../../support/seedWorkbook';
import { blankAmounts, recreatedRows } from './blankAmounts';
import { newErrors, typeInputs } from './summaryMeasure';
import { shanghaiWorkbook } from '../../support/shanghaiWorkbook';

function fill(wb: WorkbookSnapshot) {
  const rec = recognize(wb);
  const plan = planFill(wb, rec, builtinCatalog(rec.year ?? 2025));
  return { plan, filled: applyPlanToSnapshot(wb, plan).wb };
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
    for (const r of results) console.log(`seed ${r.id}: ${r.recreated}/${r.rows} non-zero rows recreated; missed ${r.missed.join(' ') || 'none'}`);
    const rows = results.reduce((s, r) => s + r.rows, 0);
    const recreated = results.reduce((s, r) => s + r.recreated, 0);
    console.log(`all: ${recreated}/${rows} = ${((100 * recreated) / rows).toFixed(1)}%`);
    // 130/141 when measured (issue 18 item 15 asks ≥ 90%); the rest are totals over inputs the notes name.
    expect(recreated / rows).toBeGreaterThanOrEqual(0.92);
    // Every seed's missed rows are announced: a fill note on its table.
    for (const r of results.filter((x) => x.missed.length > 0)) expect(r.plan.notes.length).toBeGreaterThan(0);
  });

  it.each(SEEDS)('seed %s: the filled workbook has no new error', (id) => {
    const r = results.find((x) => x.id === id)!;
    const errors = newErrors(r.published, r.filled);
    console.log(`seed ${id}: ${errors.onFigures.length} new errors on figures, ${errors.onBlanks.length} on blank totals waiting for inputs`);
    expect(errors.onFigures).toEqual([]);
    expect(r.plan.conflicts).toEqual([]);
  });

  // The inputs the notes ask for, typed in as published: 001's 上年结转 by source on 表4; 004's
  // 结转结余 lines of 公开01/04表 (blank there, so 0).
  const INPUTS: Partial<Record<SeedId, Record<string, [number, number][]>>> = {
    '001': { Sheet4: [[38, 1], [39, 1], [40, 1]] },
    '004': { Sheet1: [[36, 2], [37, 2], [36, 5], [37, 5]], Sheet4: [[38, 2], [39, 2], [40, 2], [37, 5], [37, 6], [37, 7], [37, 8]] },
  };

  it.each(Object.keys(INPUTS) as SeedId[])('seed %s: with the inputs the notes name entered, a second fill recreates every row', (id) => {
    const r = results.find((x) => x.id === id)!;
    const cells = INPUTS[id]!;
    const withInputs: WorkbookSnapshot = {
      ...r.filled,
      sheets: r.filled.sheets.map((sh) => {
        const at = cells[sh.name];
        if (!at) return sh;
        const pub = r.published.sheets.find((x) => x.name === sh.name)!;
        return { ...sh, values: sh.values.map((row, i) => row.map((v, c) => (at.some(([ar, ac]) => ar === i && ac === c) ? (cellAt(pub, i, c) ?? 0) : v))) };
      }),
    };
    const second = fill(withInputs);
    const again = recreatedRows(r.published, second.filled, [1, 4, 5]);
    expect(again.missed).toEqual([]);
    expect(second.plan.conflicts).toEqual([]);
    expect(newErrors(r.published, second.filled)).toEqual({ onFigures: [], onBlanks: [] });
  });
});

describe('the national 部门决算 row by row (上海 2024, amounts of 表1/4/5 emptied, layout kept)', () => {
  const results = (['social-work', 'planning-resources'] as const).map((doc) => {
    const published = shanghaiWorkbook(doc, { layout: 'sheetPerTable', names: 'cells', codes: 'three' });
    const first = fill(blankAmounts(published, [1, 4, 5]));
    const typed = typeInputs(published, first.filled);
    const second = fill(typed);
    return { doc, published, first, second, before: recreatedRows(published, first.filled, [1, 4, 5]), after: recreatedRows(published, second.filled, [1, 4, 5]) };
  });

  it('recreates the rows 表2, 表3 and 表6 settle, and the rest once the 结转和结余 the notes ask for are typed', () => {
    const total = (k: 'before' | 'after') => results.reduce((s, r) => [s[0] + r[k].recreated, s[1] + r[k].rows], [0, 0]);
    for (const r of results) console.log(`national ${r.doc}: ${r.before.recreated}/${r.before.rows}, with the inputs ${r.after.recreated}/${r.after.rows}; missed ${r.after.missed.join(' ') || 'none'}`);
    const [b, n] = total('before');
    const [a] = total('after');
    console.log(`national row by row: ${b}/${n}, with the inputs ${a}/${n} = ${((100 * a) / n).toFixed(1)}%`);
    expect(a / n).toBeGreaterThanOrEqual(0.9);
    for (const r of results) {
      expect(newErrors(r.published, r.first.filled).onFigures).toEqual([]);
      expect(newErrors(r.published, r.second.filled)).toEqual({ onFigures: [], onBlanks: [] });
      expect([...r.first.plan.conflicts, ...r.second.plan.conflicts]).toEqual([]);
    }
  });
});
