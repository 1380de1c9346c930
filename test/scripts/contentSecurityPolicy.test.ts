import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/* eslint-disable @typescript-eslint/no-require-imports -- the build's own CommonJS modules */
const { policyFor, withPolicy, policyOf, inlineScripts, ContentSecurityPolicyPlugin } = require('../../scripts/contentSecurityPolicy') as {
  policyFor(html: string): string;
  withPolicy(html: string, file?: string): string;
  policyOf(html: string): string | null;
  inlineScripts(html: string): string[];
  ContentSecurityPolicyPlugin: new () => unknown;
};
const webpack = require('webpack') as (config: unknown, cb: (err: Error | null, stats?: { hasErrors(): boolean; toString(o: string): string }) => void) => void;
const HtmlWebpackPlugin = require('html-webpack-plugin') as new (o: Record<string, unknown>) => unknown;
const CopyWebpackPlugin = require('copy-webpack-plugin') as new (o: Record<string, unknown>) => unknown;
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, '..', '..');
const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.split(' ')[0] === name);

describe('the policy of a page', () => {
  const page = '<!doctype html><html><head><meta charset="UTF-8"><script>var a = 1;</script><script src="office-js/office.js"></script></head><body><script defer src="x.js"></script></body></html>';

  it('allows its own origin, the hash of each inline script, and neither inline script nor eval otherwise', () => {
    const policy = policyFor(page);
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
    expect(directive(policy, 'script-src')).toBe(`script-src 'self' ${sha('var a = 1;')}`);
    expect(policy).not.toContain('unsafe-eval');
    expect(directive(policy, 'script-src')).not.toContain('unsafe-inline');
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    // Fluent UI v9 (Griffel) inserts <style> elements at run time: inline styles, never style attributes.
    expect(directive(policy, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive(policy, 'style-src-attr')).toBe("style-src-attr 'none'");
    // A <meta> policy cannot carry these; browsers ignore them there and log an error.
    expect(policy).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });

  it('goes right after <meta charset>, before any script, and replaces an earlier one', () => {
    const once = withPolicy(page);
    expect(once.indexOf('Content-Security-Policy')).toBeLessThan(once.indexOf('<script'));
    expect(once.indexOf('<meta charset')).toBeLessThan(once.indexOf('Content-Security-Policy'));
    expect(withPolicy(once)).toBe(once);
    expect(policyOf(once)).toBe(policyFor(page));
  });

  it('hashes the inline scripts of the pane page and none of its external ones', () => {
    const html = fs.readFileSync(path.join(ROOT, 'src', 'taskpane', 'boot', 'taskpane.html'), 'utf8');
    const scripts = inlineScripts(html);
    expect(scripts).toHaveLength(2); // the ES5 boot script and the Office.js loader line
    expect(scripts[0]).toContain('__budgetBootMessage');
    expect(scripts[1]).toContain("document.write('<script src=\"office-js/office.js\"><\\/script>')");
  });
});

describe('ContentSecurityPolicyPlugin in a production build', () => {
  let out: string;

  beforeAll(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-build-'));
    const entry = path.join(out, 'entry.js');
    fs.writeFileSync(entry, 'document.title = "x";\n');
    await new Promise<void>((resolve, reject) =>
      webpack(
        {
          mode: 'production',
          context: ROOT,
          entry: { pane: entry },
          output: { path: path.join(out, 'dist'), filename: '[name].js' },
          plugins: [
            new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/boot/taskpane.html', chunks: ['pane'] }),
            new CopyWebpackPlugin({ patterns: [{ from: 'src/taskpane/help/help.html', to: 'help.html' }] }),
            new ContentSecurityPolicyPlugin(),
          ],
        },
        (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats!.toString('errors-only'))) : resolve()),
      ),
    );
  }, 60000);

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('hashes the scripts as emitted, after webpack has minified the page', () => {
    const html = fs.readFileSync(path.join(out, 'dist', 'taskpane.html'), 'utf8');
    const scripts = inlineScripts(html);
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).not.toContain('\n'); // minified: the hash of the source text would not match
    const policy = policyOf(html)!;
    for (const s of scripts) expect(policy).toContain(sha(s));
  });

  it('gives a copied page its policy too', () => {
    expect(policyOf(fs.readFileSync(path.join(out, 'dist', 'help.html'), 'utf8'))).toBe(policyFor('<head></head>'));
  });
});
