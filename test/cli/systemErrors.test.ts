import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli, type CliRun } from './runCli';
import { writeSeedXlsx } from './seedFiles';
import { systemErrorReason, type FileAction } from '../../src/xlsx/systemError';

/**
 * Node's file-system errors never reach the user as they are (English, with an absolute path):
 * each is a Chinese sentence that names the file as given and says what to do.
 */
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bd-syserr-'));
  await writeSeedXlsx('000', dir, '单位.xlsx');
  await fs.mkdir(path.join(dir, '文件夹.xlsx'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** Latin words a message may carry: file types, products and the CLI's own options. */
const ALLOWED_LATIN = new Set(['xlsx', 'xls', 'et', 'txt', 'docx', 'csv', 'Excel', 'WPS', 'jobs', 'force', 'out']);

function plainChinese(r: CliRun): void {
  const all = r.stdout + r.stderr;
  expect(all).not.toContain(dir);
  expect(all).not.toMatch(/\bE[A-Z]{3,}\b/);
  for (const word of all.match(/[A-Za-z]{2,}/g) ?? []) expect(ALLOWED_LATIN).toContain(word);
  expect(all).not.toMatch(/\bat .*\.(ts|js):\d+/);
}

/** Makes the next fs.promises[fn] call fail as the system would, with its English text and absolute path. */
function failNext(fn: 'readFile' | 'writeFile' | 'rename' | 'readdir', code: string): jest.SpyInstance {
  const err = Object.assign(new Error(`${code}: operation failed, open '${path.join(dir, 'x')}'`), { code, errno: -1, syscall: 'open', path: path.join(dir, 'x') });
  return jest.spyOn(fs, fn).mockRejectedValueOnce(err);
}

const CODES = ['EACCES', 'EPERM', 'ENOENT', 'EISDIR', 'ENOTDIR', 'ENOSPC', 'EROFS', 'EMFILE', 'ENFILE', 'EBUSY', 'ELOOP', 'ENAMETOOLONG', 'EIO', 'EXDEV', 'ETIMEDOUT', 'EDQUOT', 'ENOMEM', 'ESOMETHINGNEW'];

describe('every system error is a Chinese sentence that says what to do', () => {
  it.each(CODES.flatMap((code) => (['read', 'write', 'list'] as FileAction[]).map((a) => [code, a] as const)))('%s (%s)', (code, action) => {
    const reason = systemErrorReason(Object.assign(new Error('x'), { code }), action);
    expect(reason).toMatch(/[\u4e00-\u9fff]/);
    for (const word of reason.match(/[A-Za-z]{2,}/g) ?? []) expect(ALLOWED_LATIN).toContain(word);
    // What to do: every sentence gives the next step (请…) or names the state plainly for a folder listing.
    expect(reason).toMatch(/请|这是/);
  });
});

describe('read errors name the file as given', () => {
  it.each([
    ['EACCES', '无法读取 单位.xlsx：没有读取权限，请检查文件的权限，或把它复制到自己的文件夹后再试'],
    ['EPERM', '无法读取 单位.xlsx：系统不允许读取（没有权限，或被安全软件拦截），请检查文件的权限，或把它复制到自己的文件夹后再试'],
    ['EBUSY', '无法读取 单位.xlsx：文件正被其他程序占用（例如已在 Excel 或 WPS 中打开），请关闭后再试'],
    ['EMFILE', '无法读取 单位.xlsx：同时打开的文件太多，请关闭其他程序，或用 --jobs 1 再试'],
    ['EIO', '无法读取 单位.xlsx：读写磁盘时出错，请检查磁盘或网络盘的连接后再试'],
  ])('%s on check and narrative', async (code, line) => {
    for (const command of ['check', 'narrative']) {
      const spy = failNext('readFile', code);
      try {
        const r = await cli([command, '单位.xlsx'], dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe(`${line}\n`);
        plainChinese(r);
      } finally {
        spy.mockRestore();
      }
    }
  });

  it('ENOENT, EISDIR and ENOTDIR as the file system gives them', async () => {
    const cases: [string[], string][] = [
      [['check', '没有这个.xlsx'], '无法读取 没有这个.xlsx：文件不存在，请检查文件名和所在文件夹'],
      [['narrative', '没有这个.xlsx'], '无法读取 没有这个.xlsx：文件不存在，请检查文件名和所在文件夹'],
      [['narrative', '文件夹.xlsx'], '无法读取 文件夹.xlsx：这是文件夹，不是文件，请给出文件名'],
      [['check', '单位.xlsx/里面.xlsx'], '无法读取 单位.xlsx/里面.xlsx：路径中有一段是文件而不是文件夹，请检查路径'],
      [['fill', '单位.xlsx', '--out', '新.xlsx', '--catalog', '没有.csv'], '无法读取 没有.csv：文件不存在，请检查文件名和所在文件夹'],
    ];
    for (const [argv, line] of cases) {
      const r = await cli(argv, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`${line}\n`);
      plainChinese(r);
    }
  });

  it('a folder whose subfolder cannot be listed: that subfolder is reported, the rest is checked', async () => {
    await writeSeedXlsx('000', dir, '批量/甲.xlsx');
    await fs.mkdir(path.join(dir, '批量', '锁住的'));
    const real = fs.readdir;
    const spy = jest.spyOn(fs, 'readdir').mockImplementation(((p: string, o: unknown) =>
      String(p).endsWith('锁住的') ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, scandir '${p}'`), { code: 'EACCES' })) : real(p, o as never)) as never);
    try {
      const r = await cli(['check', '批量', '--json'], dir);
      const out = JSON.parse(r.stdout);
      expect(out.files.map((f: { file: string; error?: string }) => [f.file, f.error ?? null])).toEqual([
        [path.join('批量', '甲.xlsx'), null],
        [path.join('批量', '锁住的'), '没有读取权限，请检查文件的权限，或把它复制到自己的文件夹后再试'],
      ]);
      expect(r.code).toBe(2);
      plainChinese({ ...r, stdout: '' });
    } finally {
      spy.mockRestore();
    }
  });
});

describe('write errors name the --out as given', () => {
  it.each([
    ['EACCES', '没有在这里保存文件的权限，请换一个自己有权限的文件夹，或请管理员开放权限'],
    ['EPERM', '系统不允许写入（文件只读、正在 Excel 中打开，或被安全软件拦截），请关闭文件、取消只读，或换一个保存位置'],
    ['ENOSPC', '磁盘已满，请清理磁盘空间，或换一个保存位置后再试'],
    ['EROFS', '所在的磁盘只读，不能写入，请换一个保存位置'],
    ['EBUSY', '文件正被其他程序占用（例如已在 Excel 或 WPS 中打开），请关闭后再试'],
  ])('%s on template, fill and narrative', async (code, reason) => {
    const runs: [string[], string][] = [
      [['template', '--kind', 'final', '--year', '2024', '--unit', '单位', '--out', '模板.xlsx'], '模板.xlsx'],
      [['fill', '单位.xlsx', '--out', '已填.xlsx'], '已填.xlsx'],
      [['narrative', '单位.xlsx', '--out', '说明.docx'], '说明.docx'],
    ];
    for (const [argv, out] of runs) {
      const spy = failNext('writeFile', code);
      try {
        const r = await cli(argv, dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe(`无法写入 ${out}：${reason}\n`);
        plainChinese(r);
      } finally {
        spy.mockRestore();
      }
      await expect(fs.stat(path.join(dir, out))).rejects.toThrow();
    }
  });

  it('a folder that does not exist, and a folder where the file should be', async () => {
    const missing = await cli(['narrative', '单位.xlsx', '--out', '没有的文件夹/说明.txt'], dir);
    expect(missing.stderr).toBe('无法写入 没有的文件夹/说明.txt：要保存到的文件夹不存在，请先建好文件夹，或换一个保存位置\n');
    const folder = await cli(['fill', '单位.xlsx', '--out', '文件夹.xlsx', '--force'], dir);
    expect(folder.stderr).toBe('无法写入 文件夹.xlsx：这是一个文件夹，请在文件夹名后加上要保存的文件名\n');
    for (const r of [missing, folder]) {
      expect(r.code).toBe(2);
      plainChinese(r);
    }
  });
});
