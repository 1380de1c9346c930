import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { formById } from '../../src/domain/forms/registry';
import { formLayout } from '../../src/domain/template/formLayout';
import type { SheetLayout } from '../../src/domain/template/sheetLayout';
import { parseAddress } from '../../src/domain/workbook/a1';
import { layoutsToBuffer } from '../../src/xlsx/writeLayouts';
import { bodyCell } from '../domain/template/layoutSnapshot';

/**
 * The claim the README and 帮助 make to users whose Office cannot run the add-in (WPS, Excel 2016/2019):
 * a template colours a broken sum by itself, with its own conditional formats, without the add-in. Here it
 * is checked in a spreadsheet program that is not Excel: LibreOffice opens the template as the CLI writes
 * it, with seed 000's 表3 figures typed in, and prints it to PDF; Ghostscript renders each page and the
 * test counts the pixels of the rule's fill (#FFC7CE). WPS itself cannot be run here.
 * Needs `soffice` and `gs` (skipped, saying so, where they are missing).
 */
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
const GS = ['/usr/bin/gs'].find((p) => fs.existsSync(p));
const run = SOFFICE && GS ? describe : describe.skip;
if (!SOFFICE || !GS) process.stderr.write('templateInLibreOffice: soffice or gs missing, LibreOffice check skipped\n');

const FORM = formById('budget-03')!;
const UNIT = '汾阳市社会保险中心';

/** 表3 as the template writes it, with [line, column, value] typed into its body. */
function table3(sheetName: string, entries: [string | number, string, string | number][]): SheetLayout {
  const layout = formLayout(FORM, 2025, UNIT, sheetName);
  const typed = new Map<string, string | number>();
  for (const [line, col, v] of entries) typed.set(bodyCell(layout, FORM, 'main', line, col), v);
  const cells = layout.cells.filter((c) => ![...typed.keys()].some((a) => sameCell(a, c.row, c.col)));
  for (const [a1, value] of typed) {
    const { row, col } = parseAddress(a1);
    cells.push({ row, col, value, style: typeof value === 'number' ? 'amount' : 'code' });
  }
  return { ...layout, cells };
}

function sameCell(a1: string, row: number, col: number): boolean {
  const p = parseAddress(a1);
  return p.row === row && p.col === col;
}

/** Seed 000 表3 (2025): 208 社会保障和就业支出 1,506.16 = 基本 318.96 + 项目 1,187.20, and the 合计 line. */
function figures(basic: number): [string | number, string, string | number][] {
  return [
    ['total', 'total', 1506.16], ['total', 'basic', 318.96], ['total', 'project', 1187.2],
    [0, 'code', '208'], [0, 'name', '社会保障和就业支出'], [0, 'total', 1506.16], [0, 'basic', basic], [0, 'project', 1187.2],
  ];
}

/** Pixels of one page (binary PPM from Ghostscript) within a few levels of #FFC7CE. */
function fillPixels(ppm: Buffer): number {
  // "P6", width, height, maxval, separated by whitespace, with "# …" comment lines allowed; then RGB bytes.
  let pos = 0;
  let fields = 0;
  while (fields < 4) {
    const ch = String.fromCharCode(ppm[pos]);
    if (ch === '#') while (ppm[pos] !== 0x0a) pos++;
    else if (/\s/.test(ch)) pos++;
    else {
      while (!/\s/.test(String.fromCharCode(ppm[pos]))) pos++;
      fields++;
    }
  }
  pos++; // the single whitespace after maxval
  let n = 0;
  for (let i = pos; i + 2 < ppm.length; i += 3) {
    if (Math.abs(ppm[i] - 0xff) <= 6 && Math.abs(ppm[i + 1] - 0xc7) <= 6 && Math.abs(ppm[i + 2] - 0xce) <= 6) n++;
  }
  return n;
}

run('a template in LibreOffice: its own conditional formats colour a broken sum, without the add-in', () => {
  let pages: number[];
  let tmp: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'template-lo-'));
    const book = path.join(tmp, 'template.xlsx');
    fs.writeFileSync(
      book,
      await layoutsToBuffer(
        [
          table3('预算公开表3', figures(318.96)), // as published: every sum holds
          table3('尾数差异', figures(318.97)), // 0.01 off: within the rounding allowance, no colour
          table3('错误', figures(300)), // 18.96 off: a broken row sum
        ],
        null,
      ),
    );
    // A profile of its own: other LibreOffice processes on the machine must not share (or lock) it.
    const profile = `file://${path.join(tmp, 'profile')}`;
    const lo = spawnSync(SOFFICE!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, book], {
      encoding: 'utf8',
      timeout: 180000,
    });
    const pdf = path.join(tmp, 'template.pdf');
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF: ${lo.stderr || lo.stdout}`);
    const gs = spawnSync(GS!, ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=ppmraw', '-r40', `-sOutputFile=${path.join(tmp, 'page-%d.ppm')}`, pdf], {
      encoding: 'utf8',
      timeout: 120000,
    });
    if (gs.status !== 0) throw new Error(`gs failed: ${gs.stderr}`);
    const files = fs.readdirSync(tmp).filter((f) => /^page-\d+\.ppm$/.test(f)).sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
    pages = files.map((f) => fillPixels(fs.readFileSync(path.join(tmp, f))));
  }, 300000);

  afterAll(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('prints one page per sheet', () => {
    expect(pages).toHaveLength(3);
  });

  it('colours nothing where every sum holds, nor for a 0.01 rounding difference', () => {
    expect(pages[0]).toBe(0);
    expect(pages[1]).toBe(0);
  });

  it('colours the broken 合计 cell', () => {
    expect(pages[2]).toBeGreaterThan(50);
  });
});
