import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'check-manifest.js');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(file: string, ...options: string[]): Run {
  const r = spawnSync(process.execPath, [SCRIPT, file, ...options], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-check-'));
  // The tmp dir mirrors the repository: manifest.xml next to assets/.
  fs.cpSync(path.join(ROOT, 'assets'), path.join(tmp, 'assets'), { recursive: true });
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Writes a variant of the real manifest and checks it. */
function checkVariant(edit: (xml: string) => string): Run {
  const xml = edit(MANIFEST);
  expect(xml).not.toBe(MANIFEST); // the edit must have changed something, or the test proves nothing
  const file = path.join(tmp, 'manifest.xml');
  fs.writeFileSync(file, xml);
  return run(file);
}

describe('scripts/check-manifest.js', () => {
  it('passes the real manifest', () => {
    const r = run(path.join(ROOT, 'manifest.xml'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('manifest.xml 结构检查通过');
    expect(r.code).toBe(0);
  });

  it('passes an identical copy in another directory (icons resolved relative to the manifest)', () => {
    const file = path.join(tmp, 'manifest.xml');
    fs.writeFileSync(file, MANIFEST);
    expect(run(file).code).toBe(0);
  });

  it('finds the icons of a manifest served under a path in --web-root (a package: manifest.xml beside web/)', () => {
    const dir = path.join(tmp, 'package');
    fs.cpSync(path.join(ROOT, 'assets'), path.join(dir, 'web', 'assets'), { recursive: true });
    const file = path.join(dir, 'manifest.xml');
    fs.writeFileSync(file, MANIFEST.replace(/https:\/\/localhost:3000\//g, 'https://addins.example/budget/'));
    expect(run(file, '--web-root', path.join(dir, 'web')).code).toBe(0);
    const without = run(file);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('图标文件不存在：assets/icon-32.png');
  });

  it('refuses a host or path in raw Unicode, naming the punycode form to write', () => {
    const r = checkVariant((x) => x.replace(/https:\/\/localhost:3000\//g, 'https://预算.example/'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('网址含非 ASCII 字符，应写作 https://xn--lzz850d.example/taskpane.html');
  });

  it('reports malformed XML with the line of the unclosed element', () => {
    const r = checkVariant((x) => x.replace('</Hosts>\n  <Requirements>', '\n  <Requirements>'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('XML 格式错误 / malformed XML');
    expect(r.stderr).toMatch(/<\/OfficeApp> does not match <Hosts>/);
  });

  it('reports an unescaped ampersand', () => {
    const r = checkVariant((x) => x.replace('模板、校验', '模板 & 校验'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unescaped "&"');
  });

  it('reports elements out of schema order', () => {
    const r = checkVariant((x) => {
      const support = /\s*<SupportUrl [^>]*\/>/.exec(x)![0];
      return x.replace(support, '').replace('<Id>', `${support.trim()}\n  <Id>`);
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('<Id> 应在 <SupportUrl> 之前');
    expect(r.stderr).toContain('<Id> must come before <SupportUrl> (schema order)');
  });

  it('reports a missing required element', () => {
    const r = checkVariant((x) => x.replace(/\s*<Permissions>ReadWriteDocument<\/Permissions>/, ''));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('缺少必需元素 <Permissions> / missing required element <Permissions>');
  });

  it('reports an Id that is not a GUID', () => {
    const r = checkVariant((x) => x.replace(/<Id>[^<]+<\/Id>/, '<Id>budget-disclosure</Id>'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Id 不是 GUID：budget-disclosure');
  });

  it('reports a resid that is not defined in Resources', () => {
    const r = checkVariant((x) => x.replace('<Label resid="Validate.Label"/>', '<Label resid="Validate.Lable"/>'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('resid “Validate.Lable” 在 Resources 中不存在');
    expect(r.stderr).toContain('resid "Validate.Lable" is not defined in Resources');
  });

  it('reports a resid of the wrong kind (a label pointing at a long string)', () => {
    const r = checkVariant((x) => x.replace('<Label resid="OpenPane.Label"/>', '<Label resid="OpenPane.Tooltip"/>'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('must be in ShortStrings, found in LongStrings');
  });

  it('reports an http URL and a second origin', () => {
    const r = checkVariant((x) =>
      x.replace('"https://localhost:3000/help.html"/>\n', '"http://intranet.example/help.html"/>\n'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('URL must use https: http://intranet.example/help.html');
    expect(r.stderr).toContain('all URLs must share one origin, found 2');
  });

  it('reports an icon file that does not exist', () => {
    const r = checkVariant((x) => x.replace('assets/icon-80.png', 'assets/icon-81.png'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('图标文件不存在：assets/icon-81.png');
  });

  it('reports an icon whose size differs from the size the ribbon asks for', () => {
    const r = checkVariant((x) => x.replace('"Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', '"Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('icon Icon.80x80 must be 80x80, is 64x64');
  });

  describe('shared runtime', () => {
    it('the real manifest shares one runtime between the pane, the ribbon and the function file', () => {
      // What Excel needs to share the runtime, read from the manifest itself rather than trusted.
      const runtime = /<Runtime resid="([^"]+)" lifetime="long"\/>/.exec(MANIFEST);
      expect(runtime).not.toBeNull();
      const page = runtime![1];
      expect(MANIFEST).toContain(`<FunctionFile resid="${page}"/>`);
      expect(MANIFEST).toContain(`<SourceLocation resid="${page}"/>`);
      expect(MANIFEST).toMatch(new RegExp(`<bt:Url id="${page.replace('.', '\\.')}" DefaultValue="https://[^"]+/taskpane\\.html"/>`));
      expect(MANIFEST.indexOf('<Runtimes>')).toBeLessThan(MANIFEST.indexOf('<DesktopFormFactor>'));
    });

    it('reports a function file on another page (the runtime would not be shared)', () => {
      const r = checkVariant((x) =>
        x
          .replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Commands.Url"/>')
          .replace('<bt:Urls>', '<bt:Urls>\n        <bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>'),
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('FunctionFile 的 resid 应与 Runtime 相同（Taskpane.Url）');
    });

    it('reports Runtimes placed after DesktopFormFactor', () => {
      const r = checkVariant((x) => {
        const runtimes = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/.exec(x)![0];
        return x.replace(runtimes, '').replace('</DesktopFormFactor>', `</DesktopFormFactor>${runtimes}`);
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('Runtimes must come first');
    });

    it('reports a short lifetime', () => {
      const r = checkVariant((x) => x.replace('lifetime="long"', 'lifetime="short"'));
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('Runtime lifetime must be long');
    });

    it('reports SharedRuntime listed in Requirements (it would hide the add-in from older Excel)', () => {
      const r = checkVariant((x) => x.replace('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.7"/>\n      <Set Name="SharedRuntime" MinVersion="1.1"/>'));
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('Requirements 不应列出 SharedRuntime');
    });

    it('reports a task pane without a TaskpaneId (a shared runtime has one task pane)', () => {
      const r = checkVariant((x) => x.replace(/\s*<TaskpaneId>ButtonId1<\/TaskpaneId>/, ''));
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('same TaskpaneId');
    });
  });

  it('counts the problems in the summary line', () => {
    const r = checkVariant((x) => x.replace(/<Id>[^<]+<\/Id>/, '<Id>x</Id>').replace('ReadWriteDocument', 'Everything'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('manifest.xml 结构检查未通过（2 个问题）');
  });
});
