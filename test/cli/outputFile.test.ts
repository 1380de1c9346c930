import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './runCli';
import { writeSeedXlsx } from './seedFiles';

/**
 * --out of template, fill and narrative: an existing file is refused without --force, the input is
 * never written whatever the name points at, and the file is never written in place.
 */
let dir: string;
let input: Buffer;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bd-out-'));
  await writeSeedXlsx('000', dir, '原表.xlsx');
  input = await fs.readFile(path.join(dir, '原表.xlsx'));
  await fs.mkdir(path.join(dir, '子'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const at = (name: string) => path.join(dir, name);
const TEMPLATE = ['template', '--kind', 'budget', '--year', '2025', '--unit', '汾阳市社会保险中心'];
const COMMANDS: Record<string, (out: string) => string[]> = {
  template: (out) => [...TEMPLATE, '--out', out],
  fill: (out) => ['fill', '原表.xlsx', '--out', out],
  narrative: (out) => ['narrative', '原表.xlsx', '--out', out],
};
const ext = (command: string) => (command === 'narrative' ? 'txt' : 'xlsx');

async function inputUnchanged(): Promise<void> {
  expect((await fs.readFile(at('原表.xlsx'))).equals(input)).toBe(true);
}

async function noTemporaryFiles(): Promise<void> {
  expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}

describe.each(Object.keys(COMMANDS))('%s --out', (command) => {
  const args = COMMANDS[command];

  it('refuses an existing file without --force and leaves it as it was; replaces it with --force', async () => {
    const out = `已有-${command}.${ext(command)}`;
    await fs.writeFile(at(out), '用户自己的文件');
    const r = await cli(args(out), dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${out} 已存在，未覆盖；确需覆盖请加 --force\n`);
    expect(await fs.readFile(at(out), 'utf8')).toBe('用户自己的文件');
    const forced = await cli([...args(out), '--force'], dir);
    expect(forced.stderr).toBe('');
    expect([0, 1]).toContain(forced.code);
    expect(await fs.readFile(at(out), 'utf8')).not.toBe('用户自己的文件');
    await noTemporaryFiles();
  });

  it('never writes in place: a name hard-linked to another file gets a new file, the other keeps its bytes', async () => {
    const out = `链接-${command}.${ext(command)}`;
    await fs.writeFile(at(`别处-${command}`), '别处的文件');
    await fs.link(at(`别处-${command}`), at(out));
    const r = await cli([...args(out), '--force'], dir);
    expect([0, 1]).toContain(r.code);
    expect(await fs.readFile(at(`别处-${command}`), 'utf8')).toBe('别处的文件');
    expect((await fs.stat(at(out))).ino).not.toBe((await fs.stat(at(`别处-${command}`))).ino);
  });

  it('replaces a symbolic link at the name, never writing through it', async () => {
    const out = `符号-${command}.${ext(command)}`;
    await fs.writeFile(at(`目标-${command}`), '链接指向的文件');
    await fs.symlink(at(`目标-${command}`), at(out));
    const r = await cli([...args(out), '--force'], dir);
    expect([0, 1]).toContain(r.code);
    expect(await fs.readFile(at(`目标-${command}`), 'utf8')).toBe('链接指向的文件');
    expect((await fs.lstat(at(out))).isSymbolicLink()).toBe(false);
  });
});

describe.each(['fill', 'narrative'])('%s never writes over its input, whatever --out is called', (command) => {
  const run = (out: string) => cli([command, '原表.xlsx', '--out', out, '--force'], dir);
  const refused = (r: { code: number; stderr: string }, out: string) => {
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`--out 不能是输入文件本身：${out} 与 原表.xlsx 是同一个文件（经由链接，或只是写法不同）；请换一个文件名\n`);
  };
  const name = (base: string) => `${base}-${command}.${command === 'fill' ? 'xlsx' : 'txt'}`;

  it('a symbolic link to the input', async () => {
    await fs.symlink(at('原表.xlsx'), at(name('指向原表')));
    refused(await run(name('指向原表')), name('指向原表'));
    await inputUnchanged();
  });

  it('a hard link to the input (same device and inode)', async () => {
    await fs.link(at('原表.xlsx'), at(name('硬链接')));
    refused(await run(name('硬链接')), name('硬链接'));
    await inputUnchanged();
  });
});

it('fill: the input spelled another way (子/../原表.xlsx) is the input', async () => {
  const out = '子/../原表.xlsx';
  const r = await cli(['fill', '原表.xlsx', '--out', out, '--force'], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(`--out 不能是输入文件本身：${out} 与 原表.xlsx 是同一个文件`);
  await inputUnchanged();
  await noTemporaryFiles();
});

describe('a write that fails', () => {
  it('leaves the existing file and no temporary file, and says why in Chinese', async () => {
    await fs.writeFile(at('旧说明.txt'), '旧的说明');
    const spy = jest.spyOn(fs, 'rename').mockRejectedValueOnce(Object.assign(new Error(`ENOSPC: no space left on device, rename '${at('x')}'`), { code: 'ENOSPC' }));
    try {
      const r = await cli(['narrative', '原表.xlsx', '--out', '旧说明.txt', '--force'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('无法写入 旧说明.txt：磁盘已满，请清理磁盘空间，或换一个保存位置后再试\n');
    } finally {
      spy.mockRestore();
    }
    expect(await fs.readFile(at('旧说明.txt'), 'utf8')).toBe('旧的说明');
    await noTemporaryFiles();
  });
});
