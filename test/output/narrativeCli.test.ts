import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { cli } from '../cli/runCli';
import { writeSeedXlsx } from '../cli/seedFiles';

/** `budget-disclosure narrative` end to end on an .xlsx written from a seed (../shared/docs/cli.md). */
describe('narrative command', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'narrative-'));
    await writeSeedXlsx('004', dir, 'final.xlsx');
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('--json prints the sections', async () => {
    const r = await cli(['narrative', 'final.xlsx', '--json'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { sections: { heading: string; text: string }[] };
    expect(json.sections[0].heading).toBe('一、收入支出决算总体情况说明');
    expect(json.sections.find((s) => s.heading.startsWith('六、'))!.text).toContain('绩效工资112.75万元');
  });

  test('--out FILE.docx writes a Word file, --out FILE.txt plain text', async () => {
    expect((await cli(['narrative', 'final.xlsx', '--out', 'out.docx'], dir)).code).toBe(0);
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(dir, 'out.docx')));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('九、财政拨款“三公”经费支出决算情况说明');
    expect((await cli(['narrative', 'final.xlsx', '--out', 'out.txt'], dir)).code).toBe(0);
    expect(await fs.readFile(path.join(dir, 'out.txt'), 'utf8')).toContain('三、支出决算情况说明\n2024年度支出合计3,951.18万元，其中：');
  });
});
