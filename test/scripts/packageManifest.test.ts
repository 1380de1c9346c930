import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/* eslint-disable @typescript-eslint/no-require-imports -- the scripts are plain Node (CommonJS) files */
const { PackageError, addinBase, readableBase, manifestVersion, packageId, packagedManifest } = require('../../scripts/packageManifest') as {
  PackageError: new (m: string) => Error;
  addinBase(text: string | undefined): URL;
  readableBase(base: URL): string;
  manifestVersion(v: string): string;
  packageId(o: { id?: string; newId?: boolean }, uuid: () => string): string | null;
  packagedManifest(xml: string, o: { base: URL; version: string; id: string | null }): string;
};
const { checkManifest, parseXml, manifestUrls } = require('../../scripts/check-manifest') as {
  checkManifest(xml: string, baseDir: string): string[];
  parseXml(xml: string): unknown;
  manifestUrls(root: unknown): { url: string; line: number; domainOnly?: boolean }[];
};
const { deploymentNotes } = require('../../scripts/deploymentNotes') as {
  deploymentNotes(o: { base: URL; version: string; id: string; idIsNew: boolean }): string;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const DEV_ID = /<Id>([^<]*)<\/Id>/.exec(MANIFEST)![1];
const NEW_ID = '2f1c9a8e-5b7d-4c3e-9a61-0d4b8e7f6a21';

describe('the add-in folder from --origin', () => {
  it('writes a Chinese host in punycode and makes the path a folder, as new URL() does', () => {
    const base = addinBase('https://预算.intranet.example/addin');
    expect(base.href).toBe('https://xn--lzz850d.intranet.example/addin/');
    expect(readableBase(base)).toBe('https://预算.intranet.example/addin/');
    expect(addinBase('https://addins.example:8443/').href).toBe('https://addins.example:8443/');
    // A Chinese path is percent-encoded in the manifest, readable in the notes.
    const cn = addinBase('https://预算.intranet.example/加载项');
    expect(cn.href).toBe('https://xn--lzz850d.intranet.example/%E5%8A%A0%E8%BD%BD%E9%A1%B9/');
    expect(readableBase(cn)).toBe('https://预算.intranet.example/加载项/');
  });

  it.each([
    [undefined, '缺少 --origin'],
    ['预算.intranet.example/addin', '不是有效的网址'],
    ['http://预算.intranet.example/addin', '必须是 https'],
    ['https://user:pw@host.example/addin', '用户名或密码'],
    ['https://host.example/addin?x=1', '“?”或“#”'],
    ['https://host.example/addin/taskpane.html', '文件夹，而不是页面'],
  ])('refuses %s', (origin, message) => {
    expect(() => addinBase(origin)).toThrow(PackageError);
    expect(() => addinBase(origin)).toThrow(message);
  });
});

describe('the manifest <Version> from package.json', () => {
  it('has four parts', () => {
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(manifestVersion('12.3.45')).toBe('12.3.45.0');
    expect(manifestVersion('1.2.3+build.7')).toBe('1.2.3.0');
  });

  it('refuses a pre-release (1.2.3.0 would not be newer than the beta) and what is not x.y.z', () => {
    expect(() => manifestVersion('1.2.3-beta.1')).toThrow('预发布版本');
    expect(() => manifestVersion('1.2')).toThrow('x.y.z');
    expect(() => manifestVersion('70000.0.0')).toThrow('65535');
  });

  it('takes package.json as it is', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(manifestVersion(pkg.version)).toBe(`${pkg.version}.0`);
  });
});

describe('the <Id>', () => {
  it('is new with --new-id, the given one with --id, else the development one (null)', () => {
    expect(packageId({ newId: true }, () => NEW_ID)).toBe(NEW_ID);
    expect(packageId({ id: NEW_ID.toUpperCase() }, () => 'unused')).toBe(NEW_ID);
    expect(packageId({}, () => NEW_ID)).toBeNull();
    expect(() => packageId({ id: '12' }, () => NEW_ID)).toThrow('GUID');
    expect(() => packageId({ id: NEW_ID, newId: true }, () => NEW_ID)).toThrow('只能用一个');
  });
});

describe('the packaged manifest', () => {
  const base = addinBase('https://预算.intranet.example/addin');
  const packaged = packagedManifest(MANIFEST, { base, version: '0.1.0.0', id: NEW_ID });
  const urls = manifestUrls(parseXml(packaged));

  it('points every URL of the development manifest at the intranet folder, path kept', () => {
    const before = manifestUrls(parseXml(MANIFEST)).map((u) => u.url);
    expect(urls.map((u) => u.url)).toEqual(before.map((u) => u.replace('https://localhost:3000/', 'https://xn--lzz850d.intranet.example/addin/')));
    expect(urls.length).toBeGreaterThanOrEqual(9); // 2 icons, SupportUrl, SourceLocation, 3 ribbon images, 2 resource URLs
    expect(packaged).toContain('<SourceLocation DefaultValue="https://xn--lzz850d.intranet.example/addin/taskpane.html"/>');
    expect(packaged).toContain('<SupportUrl DefaultValue="https://xn--lzz850d.intranet.example/addin/help.html"/>');
    expect(packaged).not.toContain('localhost');
    for (const u of urls) expect(u.url).toMatch(/^[\x21-\x7e]+$/); // no raw Unicode host or path
  });

  it('rewrites <AppDomain> entries on the development origin to the intranet origin', () => {
    const withDomain = MANIFEST.replace('<Hosts>', '<AppDomains>\n    <AppDomain>https://localhost:3000</AppDomain>\n  </AppDomains>\n  <Hosts>');
    const out = packagedManifest(withDomain, { base, version: '0.1.0.0', id: null });
    expect(out).toContain('<AppDomain>https://xn--lzz850d.intranet.example</AppDomain>');
    expect(checkManifest(out, ROOT).filter((p) => !p.includes('图标文件不存在'))).toEqual([]);
  });

  it('sets <Version> and the new <Id>; without one keeps the development <Id>', () => {
    expect(packaged).toContain('<Version>0.1.0.0</Version>');
    expect(packaged).toContain(`<Id>${NEW_ID}</Id>`);
    expect(packagedManifest(MANIFEST, { base, version: '0.1.0.0', id: null })).toContain(`<Id>${DEV_ID}</Id>`);
  });

  it('replaces the developer header comment (no "--" inside it, which XML forbids)', () => {
    expect(packaged).toContain('由 npm run package 为 https://预算.intranet.example/addin/ 生成');
    expect(packaged).not.toContain('replace https://localhost:3000');
    const dashes = packagedManifest(MANIFEST, { base: addinBase('https://a--b.example/x'), version: '0.1.0.0', id: null });
    expect(() => parseXml(dashes)).not.toThrow();
  });

  it('passes the offline manifest check against a folder laid out like the package (icons under web/)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'package-manifest-'));
    try {
      fs.cpSync(path.join(ROOT, 'assets'), path.join(dir, 'web', 'assets'), { recursive: true });
      expect(checkManifest(packaged, path.join(dir, 'web'))).toEqual([]);
      // Beside the manifest there are no icons: the check looks where the pane's URL folder maps.
      expect(checkManifest(packaged, dir).join('\n')).toContain('图标文件不存在');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is refused by the check when a URL carries raw Unicode instead of punycode', () => {
    const raw = packaged.replace(/xn--lzz850d/g, '预算');
    expect(checkManifest(raw, ROOT).join('\n')).toContain('应写作 https://xn--lzz850d.intranet.example/addin/');
  });
});

describe('部署说明.txt', () => {
  const text = deploymentNotes({ base: addinBase('https://预算.intranet.example/addin'), version: '0.1.0.0', id: NEW_ID, idIsNew: true });

  it('is CRLF text with a byte-order mark, so Notepad on older Windows shows it', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\n').every((l, i, all) => i === all.length - 1 || l.endsWith('\r'))).toBe(true);
  });

  it('names the readable address, the server path, the Id and each step the README describes', () => {
    expect(text).toContain('https://预算.intranet.example/addin/taskpane.html');
    expect(text).toContain('预算.intranet.example 的 /addin/ 下');
    expect(text).toContain(NEW_ID);
    for (const step of ['受信任的加载项目录', '添加目录', '在菜单中显示', '重启 Excel', '共享文件夹', 'Microsoft 365 租户', 'WebView2', 'Wef', 'WPS']) {
      expect(text).toContain(step);
    }
  });
});
