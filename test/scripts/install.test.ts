import * as fs from 'fs';
import * as path from 'path';
import semver from 'semver';

/**
 * `npm ci` on the Node the README names (20) prints no engine warning and no install-script warning:
 * every package the lock file installs admits Node 20, and every dependency with an install script
 * is decided in package.json's allowScripts (npm 11 warns about the others).
 */
const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string }; optional?: boolean; hasInstallScript?: boolean }>;
};
const NODE_20 = '20.19.0';

describe('npm ci on Node 20', () => {
  it('the README and package.json say Node 20', () => {
    expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('Node.js 20');
    expect(semver.satisfies(NODE_20, pkg.engines.node)).toBe(true);
  });

  it('every package installed admits Node 20 (nanoid: 5 by override, as docx bundles the lines it uses)', () => {
    const refused = Object.entries(lock.packages)
      .filter(([name, p]) => name !== '' && !p.optional && p.engines?.node && !semver.satisfies(NODE_20, p.engines.node))
      .map(([name, p]) => `${name} (${p.engines!.node})`);
    expect(refused).toEqual([]);
    expect(pkg.overrides.nanoid).toBeDefined();
  });

  it('every dependency with an install script is allowed or denied in allowScripts', () => {
    const scripted = Object.entries(lock.packages)
      .filter(([name, p]) => name !== '' && p.hasInstallScript)
      .map(([name]) => name.replace(/^.*node_modules\//, ''));
    expect(scripted.filter((name) => !(name in (pkg.allowScripts ?? {})))).toEqual([]);
  });
});
