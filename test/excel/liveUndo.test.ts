import { checkWorkbook } from '../../src/domain/checks/checkWorkbook';
import { cellOf } from '../../src/domain/checks/selectCell';
import type { Finding } from '../../src/domain/findings/finding';
import { recognize } from '../../src/domain/recognition/recognize';
import { LiveChecker } from '../../src/excel/liveChecker';
import { isMarkFormula } from '../../src/excel/markTag';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { FakeWorkbook, fakeHost } from '../support/fakeExcel';
import { seedWorkbook } from '../support/seedWorkbook';

/**
 * Issue 13 item 1: typing with 边输入边校验 on leaves Excel's undo stack exactly as typing alone would,
 * before ExcelApi 1.20 (where any API write clears it) and from 1.20 (where a write becomes an entry);
 * only 校验 writes marks, as one undo group where 1.20 exists.
 */
const SEED = seedWorkbook('000');
const T3 = recognize(SEED).tables.find((t) => t.kind === 'budget' && t.no === 3)!;
const TOTAL = cellOf(T3, { panel: 'main', row: 'total', column: 'total' })!.cell;
const BASIC = cellOf(T3, { panel: 'main', row: 'total', column: 'basic' })!.cell;

/** The accountant's typing: 表3 合计 overtyped (1.00 too high), a second figure, then the total put right. */
const TYPING: [string, number][] = [
  [TOTAL.address, Number(TOTAL.amount.value) + 1],
  [BASIC.address, Number(BASIC.amount.value)],
  [TOTAL.address, Number(TOTAL.amount.value)],
];

async function typeAlone(api: string): Promise<string[]> {
  const fake = FakeWorkbook.fromSnapshot(SEED);
  fakeHost(fake, api);
  for (const [a1, v] of TYPING) await fake.userEdit(T3.sheet, a1, v);
  return fake.undoStack;
}

async function typeWithLiveChecking(api: string) {
  const fake = FakeWorkbook.fromSnapshot(SEED);
  const gateway = new OfficeGateway(fakeHost(fake, api));
  const results: (readonly Finding[])[] = [];
  let next: (() => void) | null = null;
  const checker = new LiveChecker({
    gateway,
    delayMs: 0,
    runCheck: (s) => checkWorkbook(s).findings,
    onResult: (f) => {
      results.push(f);
      next?.();
    },
    onError: (e) => {
      throw e;
    },
  });
  await checker.start();
  for (const [a1, v] of TYPING) {
    const checked = new Promise<void>((r) => (next = r));
    await fake.userEdit(T3.sheet, a1, v);
    await checked;
  }
  return { fake, checker, results };
}

const errorAtTotal = (f: readonly Finding[]) => f.some((x) => x.severity === 'error' && x.sheet === T3.sheet && x.cell === TOTAL.address);
const ourMarks = (fake: FakeWorkbook) => fake.sheets.flatMap((s) => s.conditionalFormats.filter((cf) => cf.formula !== null && isMarkFormula(cf.formula)));

describe.each(['1.14', '1.20'])('typing with live checking on, ExcelApi %s', (api) => {
  it('leaves the undo stack exactly as typing alone, writes nothing, and the pane gets each edit’s findings', async () => {
    const alone = await typeAlone(api);
    const { fake, checker, results } = await typeWithLiveChecking(api);
    await checker.stop();
    expect(alone).toHaveLength(TYPING.length);
    expect(fake.undoStack).toEqual(alone);
    expect(fake.apiWrites).toBe(0);
    expect(ourMarks(fake)).toEqual([]);
    expect(checker.runs).toBe(TYPING.length);
    // The overtyped total is an error while it is wrong, and gone once it is put right.
    expect(results.map(errorAtTotal)).toEqual([true, true, false]);
  });

  it('校验 afterwards writes the marks: one undo entry from 1.20 (one Ctrl+Z removes them), a cleared stack before', async () => {
    const { fake, checker } = await typeWithLiveChecking(api);
    await fake.userEdit(T3.sheet, TOTAL.address, Number(TOTAL.amount.value) + 1);
    const typed = [...fake.undoStack];
    await checker.runNow();
    await checker.stop();
    expect(checker.markingRuns).toBe(1);
    expect(ourMarks(fake).length).toBeGreaterThan(0);
    expect(fake.undoStack).toEqual(api === '1.20' ? [...typed, 'add-in'] : []);
  });
});
