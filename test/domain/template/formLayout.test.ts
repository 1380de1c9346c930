import { formsOfKind, formById } from '../../../src/domain/forms/registry';
import { matchFormByTitle, parseLabel } from '../../../src/domain/forms/matchTitle';
import type { FormDef, Kind } from '../../../src/domain/forms/formTypes';
import { BLANK_ROWS, formLayout } from '../../../src/domain/template/formLayout';
import type { LayoutCell, SheetLayout } from '../../../src/domain/template/sheetLayout';
import { parseRange } from '../../../src/domain/workbook/a1';
import { seedTables, type SeedId } from '../../support/seedWorkbook';

const UNIT = '汾阳市社会保险中心';

function at(layout: SheetLayout, a1: string): LayoutCell | undefined {
  const { start } = parseRange(a1);
  return layout.cells.find((c) => c.row === start.row && c.col === start.col);
}

function rowTexts(layout: SheetLayout, row: number): string[] {
  return layout.cells
    .filter((c) => c.row === row && c.value !== null)
    .sort((a, b) => a.col - b.col)
    .map((c) => String(c.value));
}

/** As a PDF paste wraps and prints them: no spaces, half-width brackets. */
const flat = (s: string) => s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');

/**
 * The seed's own title line and table lines of the table a form stands for: `lines` without blank
 * cells, `cells` with them (a blank 行次 stays in its column).
 */
function seedTable(seed: SeedId, form: FormDef): { title: string; lines: string[][]; cells: string[][] } {
  for (const block of seedTables(seed)) {
    const i = block.findIndex((l) => !l.includes('\t') && !parseLabel(l.trim()) && matchFormByTitle(l.replace(/^#+\s*/, ''), form.kind, formsOfKind(form.kind))?.id === form.id);
    if (i < 0) continue;
    const cells = block.slice(i + 1).filter((l) => l.includes('\t')).map((l) => l.split('\t').map((c) => c.trim()));
    return { title: block[i].replace(/^#+\s*/, '').trim(), lines: cells.map((l) => l.filter(Boolean)), cells };
  }
  throw new Error(`${form.id} not in seed ${seed}`);
}

describe.each([
  ['budget', '000', 2025],
  ['final', '004', 2024],
] as const)('%s templates against the published tables of seed %s', (kind: Kind, seed: SeedId, year: number) => {
  // 公开10表 prints no header on top (its section headers are compared below).
  const forms = formsOfKind(kind).filter((f) => f.id !== 'final/10-information');

  it.each(forms.map((f) => [f.id, f] as const))('%s: title and every header row as published', (_id, form) => {
    const layout = formLayout(form, year, UNIT, form.sheetName);
    const published = seedTable(seed, form);
    expect(flat(String(at(layout, 'A2')!.value))).toBe(flat(published.title));
    const headerRows = layout.tables[0].headerRows;
    const mine = headerRows.map((r) => rowTexts(layout, r).map(flat));
    expect(mine).toEqual(published.lines.slice(0, headerRows.length).map((l) => l.map(flat)));
  });
});

describe('预算公开表3', () => {
  const form = formById('budget/03-expense')!;
  const layout = formLayout(form, 2025, UNIT, form.sheetName);

  it('has the label, the merged title and the unit line', () => {
    expect(at(layout, 'A1')).toEqual({ row: 0, col: 0, value: '预算公开表3', style: 'label' });
    expect(at(layout, 'A2')).toMatchObject({ value: '2025年预算支出总表', style: 'title' });
    expect(at(layout, 'A3')).toMatchObject({ value: `单位名称：${UNIT}`, style: 'unitLine' });
    expect(at(layout, 'E3')).toMatchObject({ value: '单位：万元', style: 'unitLineEnd' });
    expect(layout.merges).toContain('A2:E2');
  });

  it('merges 项目 over 科目编码/科目名称 and 2025年预算数 over 合计/基本支出/项目支出', () => {
    expect(at(layout, 'A4')).toMatchObject({ value: '项目', style: 'header' });
    expect(at(layout, 'C4')).toMatchObject({ value: '2025年预算数', style: 'header' });
    expect(rowTexts(layout, 4)).toEqual(['科目编码', '科目名称', '合计', '基本支出', '项目支出']);
    expect(layout.merges).toEqual(expect.arrayContaining(['A4:B4', 'C4:E4']));
    expect(layout.tables).toEqual([{ formId: 'budget/03-expense', range: `A1:E${6 + BLANK_ROWS}`, titleAddress: 'A2', headerRows: [3, 4] }]);
    expect(layout.freezeRows).toBe(5);
  });

  it('offers a 合计 line across code and name, then blank rows with code, name and amount formats', () => {
    expect(at(layout, 'A6')).toMatchObject({ value: '合计', style: 'totalName' });
    expect(layout.merges).toContain('A6:B6');
    expect(at(layout, 'C6')!.style).toBe('total');
    for (let r = 6; r < 6 + BLANK_ROWS; r++) {
      expect(rowTexts(layout, r)).toEqual([]);
      expect(layout.cells.filter((c) => c.row === r).map((c) => c.style)).toEqual(['code', 'name', 'amount', 'amount', 'amount']);
    }
    expect(layout.cells.some((c) => c.row >= 6 + BLANK_ROWS)).toBe(false);
  });

  it('sets widths from the form, A4 landscape fit to width', () => {
    expect(layout.columnWidths).toEqual([12, 36, 14, 14, 14]);
    expect(layout.print).toEqual({ landscape: true, fitToWidth: true, paper: 'A4', titleRows: { first: 3, last: 4 } });
  });

  it('never writes the 本表无数据 note (the table is not known to be empty)', () => {
    for (const f of [...formsOfKind('budget'), ...formsOfKind('final')]) {
      const l = formLayout(f, 2025, UNIT, f.sheetName);
      expect(l.cells.filter((c) => typeof c.value === 'string' && c.value.includes('本表无数据'))).toEqual([]);
    }
  });
});

describe('预算公开表1', () => {
  const form = formById('budget/01-summary')!;
  const layout = formLayout(form, 2025, UNIT, form.sheetName);

  it('puts 收入 over A:B and 支出 over C:F', () => {
    expect(layout.merges).toEqual(expect.arrayContaining(['A4:B4', 'C4:F4']));
    expect(rowTexts(layout, 4)).toEqual(['项目', '2025年', '项目', '2025年合计', '当年预算安排', '上年结转安排']);
  });

  it('lists the 30 类 lines in the published order of seed 000, beside the income lines', () => {
    const published = seedTable('000', form)
      .lines.map((l) => l.find((c) => /^[一二三四五六七八九十]+、.*支出$|^[一二三四五六七八九十]+、预备费$/.test(c)))
      .filter((c): c is string => !!c && !/预算$|资金$/.test(c));
    const mine = Array.from({ length: 30 }, (_, i) => String(at(layout, `C${6 + i}`)!.value));
    expect(published).toHaveLength(30);
    expect(mine).toEqual(published.map(flat));
    expect(mine[7]).toBe('八、社会保障和就业支出');
    expect(rowTexts(layout, 5)).toEqual(['一、一般公共预算', '一、一般公共服务支出']);
  });

  it('ends both sides on the same rows: 本年收入合计 / 本年支出合计 … 收入总计 / 支出总计', () => {
    expect(rowTexts(layout, 35)).toEqual(['本年收入合计', '本年支出合计']);
    expect(rowTexts(layout, 36)).toEqual(['上年结转', '年终结转']);
    expect(rowTexts(layout, 37)).toEqual(['收入总计', '支出总计']);
    expect(at(layout, 'A38')!.style).toBe('totalName');
    expect(at(layout, 'B38')!.style).toBe('total');
    expect(at(layout, 'D20')!.style).toBe('amount');
  });
});

describe('公开01表', () => {
  const form = formById('final/01-summary')!;
  const layout = formLayout(form, 2024, UNIT, form.sheetName);

  it('prints 部门名称, the year and 金额单位 on the unit line', () => {
    expect(rowTexts(layout, 2)).toEqual([`部门名称：${UNIT}`, '2024年度', '金额单位：万元']);
    expect(at(layout, 'F3')!.value).toBe('金额单位：万元');
  });

  it('merges 收入 and 支出 over their three columns and prints 栏次 on both sides', () => {
    expect(layout.merges).toEqual(expect.arrayContaining(['A4:C4', 'D4:F4']));
    expect(rowTexts(layout, 4)).toEqual(['项目', '行次', '金额', '项目', '行次', '金额']);
    expect(layout.cells.filter((c) => c.row === 5).map((c) => c.value)).toEqual(['栏次', null, 1, '栏次', null, 2]);
    expect(layout.tables[0].headerRows).toEqual([3, 4, 5]);
    expect(layout.freezeRows).toBe(6);
  });

  it('numbers the lines with 行次 as published (1–8, 27–31 | 32–57, 58–62)', () => {
    expect(rowTexts(layout, 6)).toEqual(['一、一般公共预算财政拨款收入', '1', '一、一般公共服务支出', '32']);
    expect(rowTexts(layout, 31)).toEqual(['26', '二十六、抗疫特别国债安排的支出', '57']);
    expect(rowTexts(layout, 32)).toEqual(['本年收入合计', '27', '本年支出合计', '58']);
    expect(rowTexts(layout, 36)).toEqual(['总计', '31', '总计', '62']);
  });

  it('puts the footnote under the table, merged across it', () => {
    expect(at(layout, 'A38')).toMatchObject({ value: form.footnote, style: 'note' });
    expect(layout.merges).toContain('A38:F38');
    expect(layout.tables[0].range).toBe('A1:F38');
  });
});

describe('公开06表 and 公开10表', () => {
  it('公开06表 prints its four code/name/amount triples with codes as text and dashes for 309/311', () => {
    const form = formById('final/06-basic-detail')!;
    const layout = formLayout(form, 2024, UNIT, form.sheetName);
    expect(rowTexts(layout, 3)).toEqual(['人员经费', '公用经费']);
    expect(layout.merges).toEqual(expect.arrayContaining(['A4:C4', 'D4:L4']));
    expect(at(layout, 'A6')).toMatchObject({ value: '301', style: 'code' });
    const dashes = layout.cells.filter((c) => c.value === '—');
    expect(dashes.length).toBeGreaterThan(0);
    for (const d of dashes) expect(String(layout.cells.find((c) => c.row === d.row && c.col === d.col - 2)!.value)).toMatch(/^3(09|11)/);
  });

  it('公开10表 counts vehicles as whole numbers and keeps 行次 17 after 15', () => {
    const form = formById('final/10-information')!;
    const layout = formLayout(form, 2024, UNIT, form.sheetName);
    const vehicles = layout.cells.find((c) => c.value === '(一) 车辆数合计(辆)')!;
    expect(layout.cells.find((c) => c.row === vehicles.row && c.col === 2)!.style).toBe('count');
    const equipment = layout.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('(二) 单价100万元'))!;
    expect(layout.cells.find((c) => c.row === equipment.row && c.col === 1)!.value).toBe(17);
  });
});

describe('row heights', () => {
  it('gives wrapped header labels and long footnotes room, and leaves short headers alone', () => {
    const f4 = formById('final/04-fiscal-summary')!;
    const l4 = formLayout(f4, 2024, UNIT, f4.sheetName);
    // 一般公共预算财政拨款 (10 characters) does not fit in a 14-wide column on one line.
    expect(l4.rowHeights![4]).toBeGreaterThan(20);
    expect(l4.rowHeights![3]).toBeUndefined();
    const f3 = formById('budget/03-expense')!;
    const l3 = formLayout(f3, 2025, UNIT, f3.sheetName);
    expect(l3.rowHeights).toEqual({ 1: 30 });
    const f9 = formById('final/09-three-public')!;
    const l9 = formLayout(f9, 2024, UNIT, f9.sheetName);
    const noteRow = l9.cells.find((c) => c.style === 'note')!.row;
    expect(l9.rowHeights![noteRow]).toBeGreaterThan(20);
  });
});

describe('公开10表 in sections, as seed 004 prints it', () => {
  const form = formById('final/10-information')!;
  const layout = formLayout(form, 2024, UNIT, form.sheetName);
  const published = seedTable('004', form).cells;
  const first = 3; // the line under 单位名称 … 金额单位
  const texts = (row: number) => [0, 1, 2].map((col) => flat(String(at(layout, `${'ABC'[col]}${row + 1}`)?.value ?? '')));
  const isHeader = (cells: readonly string[]) => cells[0] === '项目';

  it('prints each section heading, then the header row that section prints (none in 三), in the seed order', () => {
    expect(published.length).toBe(21);
    // The template leaves the figures blank: the seed's lines without their 统计数.
    const expected = published.map((cells) => (isHeader(cells) ? cells : [cells[0], cells[1] ?? '', ''])).map((l) => l.map(flat));
    const mine = published.map((_, i) => texts(first + i));
    expect(mine).toEqual(expected);
    expect(mine.filter((l) => /^[一二三]、/.test(l[0])).map((l) => l[0])).toEqual(['一、政府采购情况', '二、机关运行经费', '三、国有资产占用情况']);
    // Section 一's header carries 行次, section 二's leaves it blank, as published.
    expect(published.filter(isHeader)).toEqual([['项目', '行次', '统计数'], ['项目', '', '统计数']]);
  });

  it('styles the section header rows as headers and reports them as the table header rows', () => {
    const headerRows = published.map((cells, i) => (isHeader(cells) ? first + i : -1)).filter((r) => r >= 0);
    expect(layout.tables[0].headerRows).toEqual(headerRows);
    for (const r of headerRows) expect(layout.cells.filter((c) => c.row === r).map((c) => c.style)).toEqual(['header', 'header', 'header']);
    expect(layout.cells.filter((c) => c.row < first && c.style === 'header')).toEqual([]);
    // Title and unit line stay in view; the first header belongs to section 一 only.
    expect(layout.freezeRows).toBe(first);
  });

  it('merges each section heading across the table, like the title and the footnote', () => {
    const headings = published.map((cells, i) => (/^[一二三]、/.test(cells[0]) ? first + i : -1)).filter((r) => r >= 0);
    expect(headings).toEqual([3, 9, 13]);
    for (const r of headings) expect(layout.merges).toContain(`A${r + 1}:C${r + 1}`);
    const note = layout.cells.find((c) => c.style === 'note')!;
    expect(note.row).toBe(first + published.length);
    expect(layout.merges).toContain(`A${note.row + 1}:C${note.row + 1}`);
    expect(layout.tables[0].range).toBe(`A1:C${note.row + 1}`);
    expect(layout.columnWidths).toEqual([40, 6, 14]);
  });

  it('formats amounts with two decimals and the counts of section 三 as whole numbers, as the seed prints them', () => {
    published.forEach((cells, i) => {
      const figure = cells[2] ?? '';
      if (isHeader(cells) || figure === '') return;
      const style = at(layout, `C${first + i + 1}`)!.style;
      if (figure.includes('.')) expect([cells[0], style]).toEqual([cells[0], expect.stringMatching(/^(amount|total)$/)]);
      else expect([cells[0], style]).toEqual([cells[0], 'count']);
    });
    const section3 = published.findIndex((c) => c[0].startsWith('三、'));
    for (let i = section3 + 1; i < published.length; i++) expect(at(layout, `C${first + i + 1}`)!.style).toBe('count');
    for (let i = 0; i < section3; i++) {
      if (!isHeader(published[i]) && !/^[一二]、/.test(published[i][0])) expect(at(layout, `C${first + i + 1}`)!.style).toMatch(/^(amount|total)$/);
    }
  });

  it('checks 合计 = 货物 + 工程 + 服务 and 车辆数合计 = the eight vehicle lines, across no header row', () => {
    const rowOf = (label: string) => first + published.findIndex((c) => flat(c[0]) === flat(label));
    expect(layout.sumRules).toEqual([
      { range: `C${rowOf('合计') + 1}`, formula: `ROUND(ABS(C${rowOf('合计') + 1}-SUM(C${rowOf('货物') + 1}:C${rowOf('服务') + 1})),6)>0.02` },
      {
        range: `C${rowOf('(一) 车辆数合计(辆)') + 1}`,
        formula: `ROUND(ABS(C${rowOf('(一) 车辆数合计(辆)') + 1}-SUM(C${rowOf('1. 副部(省)级及以上领导用车') + 1}:C${rowOf('8. 其他用车') + 1})),6)>0.045`,
      },
    ]);
  });
});
