import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './runCli';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bd-bad-'));
  await fs.writeFile(path.join(dir, '空.xlsx'), '');
  await fs.writeFile(path.join(dir, '文本.xlsx'), '科目编码\t科目名称\n208\t社会保障和就业支出\n');
  const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  await fs.writeFile(path.join(dir, '加密.xlsx'), ole);
  await fs.writeFile(path.join(dir, '旧版.xls'), ole);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe.each([
  ['空.xlsx', '文件为空'],
  ['文本.xlsx', '不是 Excel 工作簿'],
  ['加密.xlsx', '文件已加密或为旧版 .xls 格式'],
  ['旧版.xls', '.xls'],
  ['不存在.xlsx', '不存在'],
])('%s', (file, why) => {
  it.each([['check'], ['narrative']])('%s: exit 2, one Chinese line naming the file, no stack', async (command) => {
    const r = await cli([command, file], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^无法读取 ${file.replace('.', '\\.')}：`));
    expect(lines[0]).toContain(why);
    expect(r.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });
});

describe('bad arguments', () => {
  it('no command: usage in Chinese, exit 2', async () => {
    const r = await cli([], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('用法');
  });
  it('unknown option', async () => {
    const r = await cli(['check', '空.xlsx', '--colour'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不认识的选项 --colour');
  });
  it('bad tolerance', async () => {
    const r = await cli(['check', '空.xlsx', '--tolerance', 'abc'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--tolerance');
  });
  it('template without --year', async () => {
    const r = await cli(['template', '--kind', 'budget', '--unit', '汾阳市社会保险中心', '--out', 'x.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--year');
  });
});

describe('--version', () => {
  it('prints the package’s version', async () => {
    const { version } = JSON.parse(await fs.readFile(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    for (const flag of ['--version', '-v']) {
      const r = await cli([flag], dir);
      expect(r).toEqual({ code: 0, stdout: `budget-disclosure ${version}\n`, stderr: '' });
    }
  });
});
