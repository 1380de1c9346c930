import JSZip from 'jszip';
import { builtinCatalog } from '../../src/domain/catalog/builtinCatalog';
import { checkRecognized } from '../../src/domain/checks/checkWorkbook';
import type { CheckResult } from '../../src/domain/checks/checkTypes';
import type { Finding } from '../../src/domain/findings/finding';
import { planFill } from '../../src/domain/fill/planFill';
import { applyPlanToSnapshot } from '../../src/domain/fill/undo';
import { buildNarrative } from '../../src/domain/narrative/buildNarrative';
import { readParameters } from '../../src/domain/parameters/parameterSheet';
import { recognize } from '../../src/domain/recognition/recognize';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { checkedFileJson } from '../../src/cli/checkJson';
import { humanCheckReport } from '../../src/cli/report/humanReport';
import { narrativeToDocx } from '../../src/output/narrativeDocx';
import { narrativeToJson, narrativeToText } from '../../src/output/narrativeText';
import { brokenWords } from '../support/outputScan';
import { seedWorkbook, type SeedId } from '../support/seedWorkbook';

/**
 * Seeded mutations of the seed workbooks, as a careless or hostile user makes them: text, dashes,
 * error values and extreme numbers in amount cells, rows and columns deleted or inserted, broken
 * merges, tables moved. Each goes through check, narrative and fill, which must:
 * - not crash;
 * - never print Infinity, NaN or undefined (human report, JSON, 情况说明 text/JSON/.docx, fill plan);
 * - give every check finding a cell, or say why it has none (Finding.noCell);
 * - leave their input unchanged (fill plans on a copy);
 * - not make errors: the filled workbook has no error the input did not have.
 * Deterministic: FUZZ_SEED picks the sequence (default 12), FUZZ_RUNS how many (default 200).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 12);
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/** mulberry32: a small, well-known seeded PRNG, so a failure names the run that reproduces it. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, n: number) => Math.floor(r() * n);

type Values = CellValue[][];
type Mutation = { readonly name: string; apply(r: Rand, v: Values, s: SheetSnapshot): { values: Values; merges?: string[] } | null };

/** A cell holding a figure (where amounts go), or null when the sheet has none. */
function figureCell(r: Rand, v: Values): [number, number] | null {
  const cells: [number, number][] = [];
  v.forEach((row, i) => row.forEach((x, j) => (typeof x === 'number' || (typeof x === 'string' && /^\d[\d,]*\.\d+$/.test(x))) && cells.push([i, j])));
  return cells.length ? pick(r, cells) : null;
}

function setFigure(value: (r: Rand) => CellValue): Mutation['apply'] {
  return (r, v) => {
    const at = figureCell(r, v);
    if (!at) return null;
    v[at[0]][at[1]] = value(r);
    return { values: v };
  };
}

const MUTATIONS: readonly Mutation[] = [
  { name: 'text in an amount', apply: setFigure((r) => pick(r, ['abc', '1.2.3', '12,34,5', '２９１１．０６万元', '约100', ' ', '(3.5)', '1e5', '#', '——1'])) },
  { name: 'dash in an amount', apply: setFigure((r) => pick(r, ['—', '-', '——', '－', '–', '―', '— —'])) },
  { name: 'error value', apply: setFigure((r) => ({ error: pick(r, ['#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NUM!', '#NAME?']) })) },
  {
    name: 'extreme number',
    apply: setFigure((r) => pick(r, [1.7976931348623157e308, -1.7976931348623157e308, 1e15, -2.5e16, 5e-324, Infinity, -Infinity, NaN, 999999999999999.9, '99999999999999999999.99', -0.000001])),
  },
  {
    name: 'row deleted',
    apply: (r, v) => {
      if (v.length < 2) return null;
      const gone = int(r, v.length);
      return { values: v.filter((_, i) => i !== gone) };
    },
  },
  {
    name: 'row inserted',
    apply: (r, v) => {
      const at = int(r, v.length + 1);
      const row = pick(r, [[], [null, '其他支出', 5], ['2080109', '社会保险经办机构', 1, 2, 3], ['合计', null, 9.99], [12.5, 12.5, 12.5]] as CellValue[][]);
      return { values: [...v.slice(0, at), [...row], ...v.slice(at)] };
    },
  },
  {
    name: 'column deleted',
    apply: (r, v) => {
      const c = int(r, 6);
      return { values: v.map((row) => row.filter((_, j) => j !== c)) };
    },
  },
  {
    name: 'column inserted',
    apply: (r, v) => {
      const c = int(r, 6);
      const fill = pick(r, [null, '备注', 0] as CellValue[]);
      return { values: v.map((row) => [...row.slice(0, c), fill, ...row.slice(c)]) };
    },
  },
  {
    name: 'broken merges',
    apply: (r, v, s) => ({ values: v, merges: [...(s.merges ?? []), pick(r, ['B3:A1', 'A1:XFD1048576', 'A1:A1', 'C5:C2', 'ZZ1:A', '', 'A1:B2', 'A1:B2'])] }),
  },
  {
    name: 'table moved down',
    apply: (r, v) => ({ values: [...Array.from({ length: 1 + int(r, 40) }, () => [] as CellValue[]), ...v] }),
  },
  {
    name: 'table moved right',
    apply: (r, v) => {
      const k = 1 + int(r, 3);
      return { values: v.map((row) => [...Array.from({ length: k }, () => null), ...row]) };
    },
  },
];

/** A copy deep enough that nothing done to it can reach the original. */
function copy(wb: WorkbookSnapshot): WorkbookSnapshot {
  return { ...wb, sheets: wb.sheets.map((s) => ({ ...s, values: s.values.map((row) => row.slice()), ...(s.merges ? { merges: [...s.merges] } : {}) })) };
}

/** Everything in a snapshot, as text, to see whether it changed. */
function fingerprint(wb: WorkbookSnapshot): string {
  return JSON.stringify(wb, (_, x: unknown) => (x instanceof Set ? [...x].sort() : typeof x === 'number' && !Number.isFinite(x) ? String(x) : x));
}

function mutate(r: Rand, base: WorkbookSnapshot): { wb: WorkbookSnapshot; steps: string[] } {
  const wb = copy(base);
  const steps: string[] = [];
  const sheets = [...wb.sheets];
  for (let k = 1 + int(r, 3); k > 0; k--) {
    if (r() < 0.08 && sheets.length > 1) {
      // A table moved to another place in the workbook: its sheet goes elsewhere in the order.
      const i = int(r, sheets.length);
      const [moved] = sheets.splice(i, 1);
      sheets.splice(int(r, sheets.length + 1), 0, moved);
      steps.push(`sheet ${moved.name} moved`);
      continue;
    }
    const si = int(r, sheets.length);
    const m = pick(r, MUTATIONS);
    const out = m.apply(r, sheets[si].values.map((row) => row.slice()), sheets[si]);
    if (!out) continue;
    sheets[si] = { ...sheets[si], values: out.values, ...(out.merges ? { merges: out.merges } : {}) };
    steps.push(`${m.name} on ${sheets[si].name}`);
  }
  return { wb: { ...wb, sheets }, steps };
}

/** What an error is about, without its address (rows inserted by fill move addresses). */
const errorKey = (f: Finding) => `${f.rule}|${f.sheet}|${f.table}|${f.row?.code ?? ''}|${f.row?.name ?? ''}|${f.column ?? ''}`;

function fillPlanText(plan: ReturnType<typeof planFill>): string {
  return JSON.stringify(plan, (_, x: unknown) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : x));
}

const BASES: readonly [SeedId, 'sheetPerTable' | 'oneSheet', 'number' | 'text'][] = [
  ['000', 'sheetPerTable', 'number'],
  ['001', 'oneSheet', 'number'],
  ['002', 'sheetPerTable', 'text'],
  ['004', 'sheetPerTable', 'number'],
  ['004', 'oneSheet', 'text'],
  ['000', 'oneSheet', 'text'],
];

describe(`fuzz: ${RUNS} seeded mutations of the seed workbooks (FUZZ_SEED=${SEED})`, () => {
  const bases = BASES.map(([id, layout, amounts]) => ({ name: `${id}/${layout}/${amounts}`, wb: seedWorkbook(id, { layout, amounts }) }));

  it('check, narrative and fill never crash, never print Infinity/NaN/undefined, never change their input, never add errors', async () => {
    const r = prng(SEED);
    const problems: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const base = pick(r, bases);
      const { wb, steps } = mutate(r, base.wb);
      const where = `run ${run} (FUZZ_SEED=${SEED}) ${base.name}: ${steps.join('; ') || 'unchanged'}`;
      const before = fingerprint(wb);
      try {
        const recognition = recognize(wb);
        const catalog = builtinCatalog(recognition.year ?? 2025);
        const checked: CheckResult = checkRecognized(wb, recognition, { catalog });
        const outputs: Record<string, string> = {
          'check report': humanCheckReport('x.xlsx', checked),
          'check --json': JSON.stringify(checkedFileJson('x.xlsx', checked)),
        };
        for (const f of checked.findings) if (f.cell === null && !f.noCell) problems.push(`${where}: finding without a cell or a reason: ${f.message}`);
        const narrative = buildNarrative(wb, recognition, readParameters(wb));
        outputs['narrative text'] = narrativeToText(narrative);
        outputs['narrative --json'] = JSON.stringify(narrativeToJson(narrative));
        if (run % 20 === 0) {
          const zip = await JSZip.loadAsync(await narrativeToDocx(narrative));
          outputs['narrative .docx'] = await zip.file('word/document.xml')!.async('string');
        }
        const plan = planFill(wb, recognition, catalog);
        outputs['fill plan'] = fillPlanText(plan);
        const filled = applyPlanToSnapshot(wb, plan).wb;
        const broken = brokenWords(outputs);
        if (Object.keys(broken).length) problems.push(`${where}: ${JSON.stringify(broken)}`);
        if (fingerprint(wb) !== before) problems.push(`${where}: the input changed`);
        const had = new Set(checked.findings.filter((f) => f.severity === 'error').map(errorKey));
        const fresh = checkRecognized(filled, recognize(filled), { catalog }).findings.filter((f) => f.severity === 'error' && !had.has(errorKey(f)));
        if (fresh.length) problems.push(`${where}: fill made ${fresh.length} new error(s), e.g. ${fresh[0].message}`);
      } catch (e) {
        problems.push(`${where}: crashed: ${e instanceof Error ? `${e.message}\n${e.stack?.split('\n').slice(1, 9).join('\n')}` : String(e)}`);
      }
    }
    expect(problems).toEqual([]);
  }, 600000);
});
