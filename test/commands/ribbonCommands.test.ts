import { registerRibbonCommands, runValidation, type CommandEvent, type RibbonDeps, type RibbonHost } from '../../src/commands/ribbonCommands';
import { checkAndMark } from '../../src/taskpane/check/checkAndMark';
import { MemoryGateway } from '../../src/excel/memoryGateway';
import { PaneBridge } from '../../src/taskpane/paneBridge';
import type { CheckSummary } from '../../src/taskpane/check/checkMessages';
import { recognize } from '../../src/domain/recognition/recognize';
import { cellOf } from '../../src/domain/checks/selectCell';
import { parseAddress } from '../../src/domain/workbook/a1';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../support/seedWorkbook';

/** Seed 000 with 表3's 合计/合计 (published 2,911.06) overtyped: a real error at a known cell. */
function seedWithWrongTotal(): { wb: WorkbookSnapshot; sheet: string; address: string } {
  const wb = seedWorkbook('000');
  const t3 = recognize(wb).tables.find((t) => t.kind === 'budget' && t.no === 3)!;
  const { address } = cellOf(t3, { panel: 'main', row: 'total', column: 'total' })!.cell;
  const sheet = wb.sheets.find((s) => s.name === t3.sheet)!;
  const { row, col } = parseAddress(address);
  const values = sheet.values.map((r) => [...r]);
  values[row][col] = 2918.06;
  return { wb: { ...wb, sheets: wb.sheets.map((s) => (s === sheet ? { ...s, values } : s)) }, sheet: t3.sheet, address };
}

/** A host that records what the command asked of Excel. */
function fakeHost(sharedRuntime: boolean, options: { showPaneFails?: boolean } = {}) {
  const calls = { showPane: 0, messages: [] as string[], handlers: new Map<string, (e: CommandEvent) => void>() };
  const host: RibbonHost = {
    sharedRuntime,
    associate: (name, handler) => calls.handlers.set(name, handler),
    showPane: async () => {
      calls.showPane++;
      if (options.showPaneFails) throw new Error('showAsTaskpane is not supported');
    },
    showMessage: async (text) => {
      calls.messages.push(text);
    },
  };
  return { host, calls };
}

/** A pane stand-in: its check is the standalone one (same engine) and it counts runs and tab switches. */
function fakePane(bridge: PaneBridge, gateway: MemoryGateway) {
  const pane = { checks: 0, shownChecks: 0 };
  bridge.connectCheck(async () => {
    pane.checks++;
    return checkAndMark(gateway);
  });
  bridge.connectTabs(() => pane.shownChecks++);
  return pane;
}

function deps(host: RibbonHost, gateway: MemoryGateway, bridge: PaneBridge, extra: Partial<RibbonDeps> = {}): RibbonDeps {
  return { host, gateway, bridge, standaloneCheck: checkAndMark, paneWaitMs: 200, ...extra };
}

const errorsIn = (s: CheckSummary | null) => (s ? s.findings.filter((f) => f.severity === 'error') : []);

describe('the ribbon 校验 in a shared runtime', () => {
  it('runs the pane’s own check and, on errors, opens the pane at 校验 without a dialog', async () => {
    const { wb, sheet, address } = seedWithWrongTotal();
    const gateway = MemoryGateway.fromSnapshot(wb);
    const bridge = new PaneBridge();
    const pane = fakePane(bridge, gateway);
    const { host, calls } = fakeHost(true);

    const out = await runValidation(deps(host, gateway, bridge));

    expect(out.ranIn).toBe('pane');
    expect(pane.checks).toBe(1);
    expect(errorsIn(out.summary).some((f) => f.cell === address)).toBe(true);
    expect(pane.shownChecks).toBe(1);
    expect(calls.showPane).toBe(1);
    expect(out.paneShown).toBe(true);
    expect(calls.messages).toEqual([]);
    // The marks are written: the overtyped cell carries an error mark.
    expect(gateway.marks().some((m) => m.sheet === sheet && m.address.split(',').includes(address) && m.severity === 'error')).toBe(true);
  });

  it('without errors keeps the pane closed and gives the counts in a dialog', async () => {
    const gateway = MemoryGateway.fromSnapshot(seedWorkbook('000'));
    const bridge = new PaneBridge();
    fakePane(bridge, gateway);
    const { host, calls } = fakeHost(true);

    const out = await runValidation(deps(host, gateway, bridge));

    expect(out.ranIn).toBe('pane');
    expect(calls.showPane).toBe(0);
    expect(calls.messages).toHaveLength(1);
    // Seed 000's tables have only 尾数差异 (see test/domain/checks/seedDiscrepancies.test.ts).
    expect(calls.messages[0]).toMatch(/^已校验 13 张表：0 个错误 · [1-9]\d* 个尾数差异/);
  });

  it('waits for the pane when Excel started the page only for the command', async () => {
    const gateway = MemoryGateway.fromSnapshot(seedWithWrongTotal().wb);
    const bridge = new PaneBridge();
    const { host, calls } = fakeHost(true);
    let pane: ReturnType<typeof fakePane> | null = null;
    setTimeout(() => {
      pane = fakePane(bridge, gateway);
    }, 30);

    const out = await runValidation(deps(host, gateway, bridge, { paneWaitMs: 5000 }));

    expect(out.ranIn).toBe('pane');
    expect(pane!.checks).toBe(1);
    expect(calls.showPane).toBe(1);
  });

  it('checks on its own when the pane never connects, and still opens the pane on errors', async () => {
    const gateway = MemoryGateway.fromSnapshot(seedWithWrongTotal().wb);
    const bridge = new PaneBridge();
    const { host, calls } = fakeHost(true);

    const out = await runValidation(deps(host, gateway, bridge, { paneWaitMs: 20 }));

    expect(out.ranIn).toBe('command');
    expect(errorsIn(out.summary).length).toBeGreaterThan(0);
    expect(calls.showPane).toBe(1);
  });

  it('falls back to the dialog when the pane cannot be shown', async () => {
    const gateway = MemoryGateway.fromSnapshot(seedWithWrongTotal().wb);
    const bridge = new PaneBridge();
    fakePane(bridge, gateway);
    const { host, calls } = fakeHost(true, { showPaneFails: true });

    const out = await runValidation(deps(host, gateway, bridge));

    expect(out.paneShown).toBe(false);
    expect(calls.messages).toHaveLength(1);
    expect(calls.messages[0]).toMatch(/^已校验 13 张表：[1-9]\d* 个错误/);
  });
});

describe('the ribbon 校验 without a shared runtime', () => {
  it('never waits for a pane (it is another runtime), checks and marks on its own, and says the counts', async () => {
    const { wb, sheet, address } = seedWithWrongTotal();
    const gateway = MemoryGateway.fromSnapshot(wb);
    const bridge = new PaneBridge();
    const pane = fakePane(bridge, gateway); // connected, but must not be used: not the same page's pane
    const { host, calls } = fakeHost(false);

    const out = await runValidation(deps(host, gateway, bridge, { paneWaitMs: 5000 }));

    expect(out.ranIn).toBe('command');
    expect(pane.checks).toBe(0);
    expect(calls.showPane).toBe(0);
    expect(calls.messages).toHaveLength(1);
    expect(calls.messages[0]).toContain('在“打开助手”的“校验”页可查看明细');
    expect(gateway.marks().some((m) => m.sheet === sheet && m.address.split(',').includes(address) && m.severity === 'error')).toBe(true);
  });

  it('says so in Chinese when the workbook has no disclosure table', async () => {
    const gateway = MemoryGateway.fromSnapshot({ sheets: [{ name: 'Sheet1', values: [['收支情况'], [1, 2]], formulas: new Set(), textFormatted: new Set() }] });
    const { host, calls } = fakeHost(false);
    await runValidation(deps(host, gateway, new PaneBridge()));
    expect(calls.messages).toEqual(['没有识别到预算/决算公开表。请检查表格标题，或在“打开助手”中插入模板。']);
  });

  it('reports a failed check in the dialog instead of leaving the button spinning', async () => {
    const gateway = MemoryGateway.fromSnapshot(seedWorkbook('000'));
    const { host, calls } = fakeHost(false);
    const out = await runValidation(
      deps(host, gateway, new PaneBridge(), {
        standaloneCheck: async () => {
          throw new Error('RichApi.Error: 工作簿正在编辑');
        },
      }),
    );
    expect(out.summary).toBeNull();
    expect(calls.messages).toEqual(['校验失败：RichApi.Error: 工作簿正在编辑']);
  });
});

describe('registerRibbonCommands', () => {
  it('binds runValidation and completes the event exactly once, after the check', async () => {
    const gateway = MemoryGateway.fromSnapshot(seedWorkbook('000'));
    const { host, calls } = fakeHost(false);
    registerRibbonCommands(deps(host, gateway, new PaneBridge()));
    expect([...calls.handlers.keys()]).toEqual(['runValidation']);

    let completed = 0;
    await new Promise<void>((resolve) => {
      calls.handlers.get('runValidation')!({
        completed: () => {
          completed++;
          // Completing before the dialog was asked for would let Excel end the command's runtime first.
          expect(calls.messages).toHaveLength(1);
          resolve();
        },
      });
    });
    expect(completed).toBe(1);
  });
});
