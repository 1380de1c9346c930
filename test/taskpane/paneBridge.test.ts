import { PaneBridge } from '../../src/taskpane/paneBridge';
import type { CheckSummary } from '../../src/taskpane/check/checkMessages';

const summary: CheckSummary = { findings: [], kind: 'budget', profile: 'shanxi-budget-13', tables: 13 };

describe('PaneBridge', () => {
  it('gives the connected check at once, and null after the wait when nothing connects', async () => {
    const bridge = new PaneBridge();
    expect(await bridge.whenConnected(10)).toBeNull();
    const check = async () => summary;
    bridge.connectCheck(check);
    expect(await bridge.whenConnected(10)).toBe(check);
  });

  it('a check connected during the wait ends the wait with it', async () => {
    const bridge = new PaneBridge();
    const check = async () => summary;
    const waiting = bridge.whenConnected(10_000);
    bridge.connectCheck(check);
    expect(await waiting).toBe(check);
  });

  it('an unmounted pane disconnects; an older cleanup does not remove a newer pane', async () => {
    const bridge = new PaneBridge();
    const first = async () => summary;
    const second = async () => ({ ...summary, tables: 10 });
    const disconnectFirst = bridge.connectCheck(first);
    const disconnectSecond = bridge.connectCheck(second); // React strict mode / a remount
    disconnectFirst();
    expect(await bridge.whenConnected(10)).toBe(second);
    disconnectSecond();
    expect(await bridge.whenConnected(10)).toBeNull();
  });

  it('showCheckTab calls the pane’s tab switch while it is connected', () => {
    const bridge = new PaneBridge();
    let shown = 0;
    const disconnect = bridge.connectTabs(() => shown++);
    bridge.showCheckTab();
    disconnect();
    bridge.showCheckTab();
    expect(shown).toBe(1);
  });
});
