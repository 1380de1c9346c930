import * as fs from 'fs';
import * as path from 'path';
import { DIST } from './paneHarness';

/**
 * The production pane (dist/) carries neither the in-memory gateway nor the fake Excel: browser tests
 * inject them (test/browser/host/testHost.ts). Property names survive minification, so the memory
 * gateway's test-only methods and the fake's error text are what to look for.
 */
describe('production bundle', () => {
  test('no in-memory gateway and no fake Excel in dist/*.js', () => {
    const scripts = fs.readdirSync(DIST).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    const markers = ['addUserConditionalFormat', 'reportsTriggerSource', 'The request payload size has exceeded the limit'];
    const found = scripts.flatMap((f) => {
      const text = fs.readFileSync(path.join(DIST, f), 'utf8');
      return markers.filter((m) => text.includes(m)).map((m) => `${f}: ${m}`);
    });
    expect(found).toEqual([]);
    // The markers are real: the test host script has them.
    const host = fs.readFileSync(path.resolve(__dirname, '..', '..', 'build', 'browser-test', 'test-host.js'), 'utf8');
    expect(host).toContain('addUserConditionalFormat');
  });
});
