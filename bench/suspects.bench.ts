import { recognize } from '../src/domain/recognition/recognize';
import { checkRecognized, checkWorkbook } from '../src/domain/checks/checkWorkbook';
import { locateSuspects } from '../src/domain/localisation/locateSuspects';
import { brokenEquationIds } from '../src/domain/localisation/brokenEquationIds';
import { EquationLog } from '../src/domain/checks/equation';
import { seedWorkbook } from '../test/support/seedWorkbook';
import { cellPairs, mutableCells, mutated, pairFound, singleOutcome, type MutableCell, type SingleOutcome } from '../test/support/mutants';
import { medianCpuMs, printTable } from './measure';
import { syntheticTimes, tableCells } from './sizedWorkbook';

/**
 * Error localisation (issue 16): how often the top suspect is exactly the mistyped cell with its
 * original value, on every single-cell mutant of the seeds (+7 and −0.5), detail and total cells
 * apart; how often both cells of a two-cell mutant are found; and what localisation costs on a
 * workbook 100× the largest seed.
 */
const SEEDS = ['000', '001', '002', '004'] as const;
const share = (n: number, of: number) => `${n}/${of} (${((100 * n) / Math.max(of, 1)).toFixed(1)}%)`;

test('single-cell and two-cell mutants of the seeds', () => {
  const rows: (string | number)[][] = [];
  const all = { detail: [0, 0], total: [0, 0] };
  const outcomes = new Map<SingleOutcome, number>();
  let pairs = 0;
  let pairsFound = 0;
  // Two-cell mutants split by whether each of the two cells, mistyped alone by +7, is localised.
  const split = { both: [0, 0], notBoth: [0, 0] };
  for (const id of SEEDS) {
    const wb = seedWorkbook(id);
    const base = checkWorkbook(wb);
    const cells = mutableCells(base);
    const seed = { detail: [0, 0], total: [0, 0] };
    const localised = new Set<MutableCell>();
    for (const delta of [7, -0.5]) {
      for (const c of cells) {
        const o = singleOutcome(base, checkWorkbook(mutated(wb, c, delta)), c);
        if (delta === 7 && o === 'exact') localised.add(c);
        outcomes.set(o, (outcomes.get(o) ?? 0) + 1);
        const k = c.total ? 'total' : 'detail';
        seed[k][1]++;
        all[k][1]++;
        if (o === 'exact') {
          seed[k][0]++;
          all[k][0]++;
        }
      }
    }
    let found = 0;
    const sample = cellPairs(cells, 100);
    for (const [a, b] of sample) {
      const hit = pairFound(base, checkWorkbook(mutated(mutated(wb, a, 7), b, 3)), a, b);
      const k = localised.has(a) && localised.has(b) ? 'both' : 'notBoth';
      split[k][1]++;
      if (hit) {
        found++;
        split[k][0]++;
      }
    }
    pairs += sample.length;
    pairsFound += found;
    rows.push([`seed ${id}`, share(seed.detail[0] + seed.total[0], seed.detail[1] + seed.total[1]), share(seed.detail[0], seed.detail[1]), share(seed.total[0], seed.total[1]), share(found, sample.length)]);
  }
  rows.push(['all', share(all.detail[0] + all.total[0], all.detail[1] + all.total[1]), share(all.detail[0], all.detail[1]), share(all.total[0], all.total[1]), share(pairsFound, pairs)]);
  printTable('suspect-cell: top suspect = mutated cell with its original value (single: +7 and −0.5 each; pairs: +7 and +3 in one table)', ['workbook', 'single overall', 'detail cells', 'total cells', 'two-cell pairs found'], rows);
  printTable('single-cell outcomes', ['outcome', 'mutants'], [...outcomes].map(([o, n]) => [o, n]));
  printTable('two-cell mutants found, by whether each cell alone is localised', ['pairs of', 'found'], [
    ['two cells each localised alone', share(split.both[0], split.both[1])],
    ['at least one cell no identity singles out', share(split.notBoth[0], split.notBoth[1])],
  ]);
  expect(rows.length).toBe(SEEDS.length + 1);
});

/**
 * Localisation costs twice: every identity a check evaluates is logged (held ones too), and the
 * search runs over the broken ones. "no log" replaces EquationLog.record with a no-op, which turns
 * both off; the search is also timed alone. CPU time, median of runs.
 */
test('what localisation adds to a check of the 100× workbook', () => {
  const { wb, items } = syntheticTimes(100);
  const cells = mutableCells(checkWorkbook(wb));
  const record = EquationLog.prototype.record;
  const rows: (string | number)[][] = [];
  for (const mistypes of [0, 1, 100]) {
    let m = wb;
    // Spread over the workbook, every one a +7.
    for (let i = 0; i < mistypes; i++) m = mutated(m, cells[Math.floor(((i + 0.5) * cells.length) / mistypes)], 7);
    const recognition = recognize(m);
    EquationLog.prototype.record = () => 0;
    const without = medianCpuMs(() => checkRecognized(m, recognition), 9, 1);
    EquationLog.prototype.record = record;
    const withIt = medianCpuMs(() => checkRecognized(m, recognition), 9, 1);
    const r = checkRecognized(m, recognition);
    const broken = brokenEquationIds(r.findings);
    const search = medianCpuMs(() => locateSuspects(r.equations ?? [], broken), 5, 1);
    rows.push([
      `${items} 项, ${mistypes} mistyped`,
      tableCells(m),
      (r.equations ?? []).length,
      broken.size,
      r.findings.filter((f) => f.rule === 'suspect-cell').length,
      without.toFixed(0),
      withIt.toFixed(0),
      `${(((withIt - without) / without) * 100).toFixed(0)}%`,
      search.toFixed(1),
    ]);
  }
  printTable(
    '100× synthetic budget: checkRecognized without and with localisation (CPU ms, median)',
    ['workbook', 'table cells', 'identities', 'broken', 'suspects', 'no log ms', 'with ms', 'added', 'search alone ms'],
    rows,
  );
  expect(rows.length).toBe(3);
});
