import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writtenFromText } from '../../src/domain/narrative/audit/writtenNarrative';
import { encodeGb18030 } from '../support/gb18030';
import { narrativeDocx, publishedNarrative } from '../support/narrativeFiles';
import { narrativeSheetLayout } from '../../src/taskpane/narrative/narrativeSheet';
import { layoutFromSnapshot } from '../../src/xlsx/snapshotLayout';
import { writeLayoutsToFile } from '../../src/xlsx/writeLayouts';
import { narrativeOf, seedWithInputs } from '../domain/narrative/narrativeFixtures';
import { cli } from './runCli';
import { writeSeedXlsx } from './seedFiles';

/** `check F.xlsx --narrative 情况说明.docx|.txt` as cli.md defines it, on seeds 001 and 004. */
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bd-narrative-'));
  await writeSeedXlsx('001', dir, '人社局.xlsx');
  await writeSeedXlsx('004', dir, '社保中心决算.xlsx');
  await fs.writeFile(path.join(dir, '人社局情况说明.txt'), encodeGb18030(publishedNarrative('001')));
  await fs.writeFile(path.join(dir, '决算情况说明.docx'), await narrativeDocx(writtenFromText(publishedNarrative('004'))));
  await fs.writeFile(path.join(dir, '旧版.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  // 002 with its 说明参数 and the 情况说明 sheet the pane inserts.
  const wb = seedWithInputs('002');
  await writeLayoutsToFile([...wb.sheets.map(layoutFromSnapshot), narrativeSheetLayout(narrativeOf(wb))], null, path.join(dir, '忻州.xlsx'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('--json', () => {
  it('adds the narrative findings with paragraph, quote and the table cell compared', async () => {
    const r = await cli(['check', '社保中心决算.xlsx', '--narrative', '决算情况说明.docx', '--json'], dir);
    expect(r.stderr).toBe('');
    const [file] = JSON.parse(r.stdout).files;
    const narrative = file.findings.filter((f: { rule: string }) => f.rule.startsWith('narrative-'));
    const wage = narrative.find((f: { quote?: string }) => f.quote === '112.76万元');
    expect(wage).toEqual({
      severity: 'warning',
      rule: 'narrative-amount',
      table: 6,
      sheet: 'Sheet6',
      cell: 'C14',
      row: { code: '30107', name: '绩效工资' },
      column: '决算数',
      expected: '112.75',
      actual: '112.76',
      difference: '0.01',
      message: expect.stringMatching(/^第\d+段（六、一般公共预算财政拨款基本支出决算情况说明）“绩效工资112.76万元”与公开06表（Sheet6!C14）“绩效工资” 112.75 不一致/),
      paragraph: expect.any(Number),
      quote: '112.76万元',
      unit: '万元',
    });
    for (const f of narrative) {
      expect(Number.isInteger(f.paragraph)).toBe(true);
      expect(typeof f.quote).toBe('string');
    }
    // The workbook's own findings keep exactly the documented fields.
    for (const f of file.findings.filter((x: { rule: string }) => !x.rule.startsWith('narrative-'))) expect(f.paragraph).toBeUndefined();
    expect(file.summary.info).toBeGreaterThan(0);
  });
});

describe('the report for a person', () => {
  it('puts the narrative findings under their own heading; a claim of 22 attached tables with 20 is an error (exit 1)', async () => {
    const r = await cli(['check', '人社局.xlsx', '--narrative', '人社局情况说明.txt'], dir);
    expect(r.code).toBe(1);
    const [, narrative] = r.stdout.split('【情况说明（人社局情况说明.txt）】');
    expect(narrative).toBeDefined();
    // Lines wrap at the terminal's width: read them joined.
    const joined = narrative.replace(/\n\s+/g, '');
    expect(joined).toMatch(/\[错误\] 第\d+段写“公开项目绩效目标22个”，文中所附绩效目标表为 20 张；预算公开表12中未附绩效目标表的项目：2025年中央财政就业补助资金、单位长期聘用人员经费；实为 22，应为 20，差额 2/);
    expect(joined).toMatch(/\[提示\] Sheet6!E25 其他交通费用 行“公用经费”列：第\d+段科目名称写作“其他交通费”，表中为“其他交通费用”/);
  });
});

describe('a 情况说明 sheet of the workbook', () => {
  it('--narrative 情况说明 reads the sheet the pane wrote: its figures all agree with the tables', async () => {
    const r = await cli(['check', '忻州.xlsx', '--narrative', '情况说明', '--json'], dir);
    expect(r.stderr).toBe('');
    const [file] = JSON.parse(r.stdout).files;
    expect(file.findings.filter((f: { rule: string }) => f.rule.startsWith('narrative-'))).toEqual([]);
  });
});

describe('bad input', () => {
  it('a missing 情况说明 file: one line, exit 2', async () => {
    const r = await cli(['check', '人社局.xlsx', '--narrative', '没有这个文件.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['无法读取 没有这个文件.docx：文件不存在']);
    // A name without an extension may be a sheet: the workbook is read, and lacks it.
    const sheet = await cli(['check', '人社局.xlsx', '--narrative', '情况说明'], dir);
    expect(sheet.code).toBe(2);
    expect(sheet.stderr).toContain('没有名为“情况说明”的情况说明文件，工作簿中也没有这个名称的工作表');
  });

  it('an old .doc: says to save it as .docx', async () => {
    const r = await cli(['check', '人社局.xlsx', '--narrative', '旧版.doc'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('另存为 .docx');
  });

  it('a folder with --narrative, and --prior without it, are usage errors', async () => {
    const folder = await cli(['check', '.', '--narrative', '人社局情况说明.txt'], dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('--narrative 只能与单个工作簿一起使用');
    const prior = await cli(['check', '人社局.xlsx', '--prior', '社保中心决算.xlsx'], dir);
    expect(prior.code).toBe(2);
    expect(prior.stderr).toContain('--prior 只与 --narrative 一起使用');
  });
});
