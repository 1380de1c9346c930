import { LiveChecker, type Timers } from '../../src/excel/liveChecker';
import { MemoryGateway } from '../../src/excel/memoryGateway';
import { OwnWriteCounter } from '../../src/excel/ownWriteCounter';
import type { Finding } from '../../src/domain/findings/finding';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { cellAt } from '../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../support/seedWorkbook';
import { checkWorkbook } from '../../src/domain/checks/checkWorkbook';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { FakeWorkbook, fakeHost } from '../support/fakeExcel';

/** Timers driven by the test: `advance(ms)` fires what is due, in order. */
class ManualTimers implements Timers {
  now = 0;
  private next = 1;
  private pending = new Map<number, { at: number; fn: () => void }>();
  set = (fn: () => void, ms: number): number => {
    const id = this.next++;
    this.pending.set(id, { at: this.now + ms, fn });
    return id;
  };
  clear = (h: unknown): void => {
    this.pending.delete(h as number);
  };
  async advance(ms: number): Promise<void> {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].fn();
      await flush();
    }
    this.now = end;
    await flush();
  }
}

async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

function finding(sheet: string, cell: string, severity: Finding['severity']): Finding {
  return { severity, rule: 'row-sum', table: 3, sheet, cell, row: null, column: '合计', expected: '1.00', actual: '2.00', difference: '1.00', message: '测试' };
}

interface Setup {
  gateway: MemoryGateway;
  timers: ManualTimers;
  checker: LiveChecker;
  seen: WorkbookSnapshot[];
  results: (readonly Finding[])[];
}

async function setup(reportsTriggerSource: boolean, runCheck?: (wb: WorkbookSnapshot) => Promise<readonly Finding[]>): Promise<Setup> {
  const timers = new ManualTimers();
  // The own-write counter settles on the same manual clock.
  const gateway = MemoryGateway.fromSnapshot(seedWorkbook('004'), { reportsTriggerSource, ownWrites: new OwnWriteCounter(300, timers.set) });
  const seen: WorkbookSnapshot[] = [];
  const results: (readonly Finding[])[] = [];
  const checker = new LiveChecker({
    gateway,
    timers,
    onResult: (f) => results.push(f),
    runCheck:
      runCheck ??
      (async (wb) => {
        seen.push(wb);
        return [finding(wb.sheets[0].name, 'C7', 'error')];
      }),
  });
  await checker.start();
  return { gateway, timers, checker, seen, results };
}

describe('LiveChecker', () => {
  it('debounces a burst of edits into one check, 400 ms after the last one', async () => {
    const { gateway, timers, checker, seen } = await setup(true);
    const sheet = gateway.sheets[0].name;
    for (let i = 0; i < 5; i++) {
      gateway.userEdit(sheet, `C${7 + i}`, 100 + i);
      await timers.advance(150);
    }
    expect(checker.runs).toBe(0);
    await timers.advance(250);
    expect(checker.runs).toBe(1);
    // The check saw the last edit.
    expect(cellAt(seen[0].sheets[0], 10, 2)).toBe(104);
    await timers.advance(5000);
    expect(checker.runs).toBe(1);
  });

  it('an edit brings findings to the pane but writes no mark; 校验 (runNow) marks, and its marks start no other check', async () => {
    const { gateway, timers, checker, results } = await setup(true);
    const sheet = gateway.sheets[0].name;
    gateway.userEdit(sheet, 'C7', 1);
    await timers.advance(400);
    expect(results).toHaveLength(1);
    expect(results[0]).toEqual([finding(sheet, 'C7', 'error')]);
    expect(gateway.marks()).toEqual([]);
    expect(checker.markingRuns).toBe(0);
    await checker.runNow();
    expect(gateway.marks()).toEqual([{ sheet, address: 'C7', severity: 'error' }]);
    expect(checker.markingRuns).toBe(1);
    await timers.advance(2000);
    expect(checker.runs).toBe(2);
  });

  it('a 校验 asked for during an edit’s run is the run after it, and it marks', async () => {
    const releases: (() => void)[] = [];
    const { gateway, timers, checker } = await setup(true, async (wb) => {
      await new Promise<void>((r) => releases.push(r));
      return [finding(wb.sheets[0].name, 'C8', 'warning')];
    });
    const sheet = gateway.sheets[0].name;
    gateway.userEdit(sheet, 'C7', 1);
    await timers.advance(400);
    const check = checker.runNow();
    releases.shift()!();
    await flush();
    expect(gateway.marks()).toEqual([]);
    releases.shift()!();
    await check;
    expect(checker.runs).toBe(2);
    expect(checker.markingRuns).toBe(1);
    expect(gateway.marks()).toEqual([{ sheet, address: 'C8', severity: 'warning' }]);
  });

  it.each([true, false])('ignores the add-in own writes (triggerSource reported: %s)', async (reports) => {
    const { gateway, timers, checker } = await setup(reports);
    const sheet = gateway.sheets[0].name;
    await gateway.writeCells([{ sheet, address: 'C7', value: 5 }]);
    await timers.advance(1000);
    expect(checker.runs).toBe(0);
    // After the write has settled, a user edit is checked again.
    gateway.userEdit(sheet, 'C8', 6);
    await timers.advance(400);
    expect(checker.runs).toBe(1);
  });

  it('without triggerSource, a user edit during an own write is (deliberately) not counted', async () => {
    const { gateway, timers, checker } = await setup(false);
    const sheet = gateway.sheets[0].name;
    const write = gateway.ownWrites.around(async () => {
      gateway.userEdit(sheet, 'C9', 1);
    });
    await write;
    await timers.advance(1000);
    expect(checker.runs).toBe(0);
  });

  it('never runs two checks at once; edits during a run cause exactly one more run', async () => {
    let active = 0;
    let maxActive = 0;
    const releases: (() => void)[] = [];
    const { gateway, timers, checker } = await setup(true, async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise<void>((r) => releases.push(r));
      active--;
      return [];
    });
    const sheet = gateway.sheets[0].name;
    gateway.userEdit(sheet, 'C7', 1);
    await timers.advance(400);
    expect(checker.runs).toBe(1);
    for (let i = 0; i < 3; i++) {
      gateway.userEdit(sheet, 'C8', i);
      await timers.advance(400);
    }
    expect(checker.runs).toBe(1); // still in the first run
    releases.shift()!();
    await flush();
    expect(checker.runs).toBe(2);
    releases.shift()!();
    await flush();
    await timers.advance(2000);
    expect(checker.runs).toBe(2);
    expect(maxActive).toBe(1);
  });

  it('stops listening after stop()', async () => {
    const { gateway, timers, checker } = await setup(true);
    await checker.stop();
    gateway.userEdit(gateway.sheets[0].name, 'C7', 1);
    await timers.advance(1000);
    expect(checker.runs).toBe(0);
  });
});

describe('LiveChecker over the Office.js gateway', () => {
  it.each([1, 100])('a re-check of %i× seed 002 costs one read sync and one write sync (the first also lists the sheets)', async (n) => {
    const seed = seedWorkbook('002');
    const wb: WorkbookSnapshot = {
      sheets: Array.from({ length: n }, (_, k) => seed.sheets.map((s) => ({ ...s, name: k === 0 ? s.name : `${s.name}_${k}` }))).flat(),
    };
    const fake = FakeWorkbook.fromSnapshot(wb);
    const gateway = new OfficeGateway(fakeHost(fake));
    const results: (readonly Finding[])[] = [];
    const checker = new LiveChecker({ gateway, runCheck: (s) => checkWorkbook(s).findings, onResult: (f) => results.push(f) });
    fake.syncCount = 0;
    await checker.runNow();
    expect(fake.syncCount).toBe(3);
    fake.syncCount = 0;
    await checker.runNow();
    expect(fake.syncCount).toBe(2);
    expect(results).toHaveLength(2);
    // Seed 002's tables are recognised on every copy, so every copy's 尾数差异 are found and marked
    // (and beyond the first copy, each of its 13 tables is there more than once: one 重复的表 each).
    expect(results[0].length).toBe(n * checkWorkbook(seed).findings.length + (n > 1 ? 13 : 0));
  });
});
