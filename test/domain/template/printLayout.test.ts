import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { PROFILES } from '../../../src/domain/profiles';
import { formLayout } from '../../../src/domain/template/formLayout';
import { breakHeader, headerWords } from '../../../src/domain/template/headerLines';
import type { LayoutCell, SheetLayout } from '../../../src/domain/template/sheetLayout';
import { templateLayouts } from '../../../src/domain/template/templateLayouts';
import { displayWidth, lineRoom, wrappedLineCount } from '../../../src/domain/template/textWidth';
import { parseRange } from '../../../src/domain/workbook/a1';
import { layoutsWorkbook, typed } from './layoutSnapshot';

/** Issue 18 item 11: templates that print right (the LibreOffice renders are test/print). */

const UNIT = '汾阳市社会保险中心';
const every = PROFILES.flatMap((p) => p.forms.map((f) => ({ profile: p.id, form: f, layout: formLayout(f, 2025, UNIT, f.sheetName) })));

function cellAt(layout: SheetLayout, row: number, col: number): LayoutCell | undefined {
  return layout.cells.find((c) => c.row === row && c.col === col);
}

/** The columns a cell spans (its merge, or itself). */
function span(layout: SheetLayout, c: LayoutCell): { from: number; to: number } {
  const m = layout.merges.map(parseRange).find((r) => r.start.row === c.row && r.start.col === c.col);
  return { from: c.col, to: m ? m.end.col : c.col };
}

const room = (layout: SheetLayout, s: { from: number; to: number }) => layout.columnWidths.slice(s.from, s.to + 1).reduce((a, b) => a + b, 0);

describe('print titles', () => {
  it.each(every.map((e) => [e.form.id, e] as const))('%s repeats its header rows on every page', (_id, { layout }) => {
    const headers = layout.tables[0].headerRows;
    const sectioned = layout.freezeRows <= headers[0];
    if (sectioned) {
      // 公开10表: each section has its own header inside the body; nothing above the body repeats.
      expect(layout.print.titleRows).toBeUndefined();
      return;
    }
    expect(layout.print.titleRows).toEqual({ first: 3, last: layout.freezeRows - 1 });
    expect(headers.filter((r) => r < layout.freezeRows)).toEqual(
      Array.from({ length: layout.freezeRows - 3 }, (_, i) => 3 + i),
    );
  });

  it('the 说明参数 sheet repeats its 项目 | 填写内容 | 说明 line', () => {
    for (const kind of ['budget', 'final'] as const) {
      const p = templateLayouts({ kind, year: 2025, unit: UNIT }).layouts[0];
      expect(p.print.titleRows).toEqual({ first: 2, last: 2 });
      expect([0, 1, 2].map((c) => cellAt(p, 2, c)?.value)).toEqual(['项目', '填写内容', '说明']);
    }
  });
});

describe('the unit line', () => {
  it.each(every.map((e) => [e.form.id, e] as const))('%s: 单位：万元 is right-aligned in the last column', (_id, { layout }) => {
    const last = layout.columnWidths.length - 1;
    const unit = layout.cells.find((c) => c.row === 2 && /单位：(万元|元)$/.test(String(c.value)))!;
    expect(unit.col).toBe(Math.max(last, 1));
    expect(unit.style).toBe('unitLineEnd');
  });
});

describe('header labels break between words', () => {
  const headers = every.flatMap(({ form, layout }) =>
    layout.cells.filter((c) => c.style === 'header' && typeof c.value === 'string').map((c) => ({ id: form.id, layout, cell: c })),
  );

  it('every line of every header fits its column(s)', () => {
    const tooWide = headers.filter(({ layout, cell }) => {
      const r = lineRoom(room(layout, span(layout, cell)));
      return String(cell.value).split('\n').some((line) => displayWidth(line) > r);
    });
    expect(tooWide.map(({ id, cell }) => `${id} ${cell.value}`)).toEqual([]);
  });

  it('every break falls between two words of the vocabulary', () => {
    const broken = headers.filter(({ cell }) => String(cell.value).includes('\n'));
    expect(broken.length).toBeGreaterThan(20);
    for (const { cell } of broken) {
      const lines = String(cell.value).split('\n');
      const words = headerWords(lines.join(''));
      // Each line is a run of whole words.
      let k = 0;
      for (const line of lines) {
        let text = '';
        while (text.length < line.length) text += words[k++];
        expect(text).toBe(line);
      }
    }
  });

  it('prints the labels the issue names without breaking a word', () => {
    const label = (formId: string, text: string) =>
      headers.find(({ id, cell }) => id === formId && String(cell.value).replace(/\n/g, '') === text)?.cell.value;
    expect(label('budget/09-soe', '国有资本经营收入预算')).toBe('国有资本经营\n收入预算');
    expect(label('final/04-fiscal-summary', '一般公共预算财政拨款')).toBe('一般公共预算\n财政拨款');
    expect(label('final/04-fiscal-summary', '国有资本经营预算财政拨款')).toBe('国有资本经营\n预算财政拨款');
  });

  it('widens a column whose word is longer than a line rather than cut it', () => {
    expect(breakHeader('国有资本经营预算', 8)).toEqual({ text: '国有资本经营\n预算', lines: 2, width: 13 });
    expect(breakHeader('合计', 14)).toEqual({ text: '合计', lines: 1, width: 14 });
  });

  it('gives a header row the height of its tallest label', () => {
    for (const { layout, cell } of headers.filter(({ cell }) => String(cell.value).split('\n').length > 2)) {
      const lines = String(cell.value).split('\n').length;
      const bottom = Math.max(...layout.merges.map(parseRange).filter((r) => r.start.row === cell.row && r.start.col === cell.col).map((r) => r.end.row), cell.row);
      const height = Array.from({ length: bottom - cell.row + 1 }, (_, i) => layout.rowHeights?.[cell.row + i] ?? 14).reduce((a, b) => a + b, 0);
      expect(height).toBeGreaterThanOrEqual(13.5 * lines);
    }
  });
});

describe('公开06表', () => {
  const layout = every.find((e) => e.form.id === 'final/06-basic-detail')!.layout;
  const byValue = (v: string) => layout.cells.filter((c) => c.value === v);

  it('prints 310 资本性支出 bold like the other 类', () => {
    const classes = ['301', '302', '303', '307', '309', '310', '311', '312', '313', '399'];
    const styles = classes.map((code) => {
      const c = byValue(code)[0];
      return `${code} ${cellAt(layout, c.row, c.col + 1)?.style}`;
    });
    expect(styles).toEqual(classes.map((code) => `${code} totalName`));
  });

  it('gives 39908 a row tall enough for its name on two lines', () => {
    const name = byValue('对民间非营利组织和群众性自治组织补贴')[0];
    const lines = wrappedLineCount(String(name.value), layout.columnWidths[name.col]);
    expect(lines).toBe(2);
    expect(layout.rowHeights?.[name.row]).toBeGreaterThanOrEqual(13.5 * lines);
  });

  it('prints 公用经费合计 once, merged across to the last 决算数 column, like 人员经费合计', () => {
    const [label] = byValue('公用经费合计');
    expect(byValue('公用经费合计')).toHaveLength(1);
    const merge = layout.merges.map(parseRange).find((r) => r.start.row === label.row && r.start.col === label.col)!;
    // 公用经费 triples start at D, G and J: the label spans D…K, the figure is in L.
    expect([merge.start.col, merge.end.col]).toEqual([3, 10]);
    expect(cellAt(layout, label.row, 11)?.style).toBe('total');
    const [personnel] = byValue('人员经费合计');
    expect(layout.merges).toContain(`A${personnel.row + 1}:B${personnel.row + 1}`);
  });
});

describe('说明参数', () => {
  for (const kind of ['budget', 'final'] as const) {
    const p = templateLayouts({ kind, year: 2025, unit: UNIT }).layouts[0];
    it(`${kind}: notes in Chinese only, each row tall enough for its wrapped note`, () => {
      const hints = p.cells.filter((c) => c.style === 'hint' && c.row > 1);
      expect(hints.length).toBeGreaterThan(30);
      expect(hints.filter((c) => /[a-z]{3,}-?/.test(String(c.value))).map((c) => c.value)).toEqual([]);
      for (const c of hints) {
        const lines = wrappedLineCount(String(c.value), p.columnWidths[c.col]);
        if (lines > 1) expect(p.rowHeights?.[c.row]).toBeGreaterThanOrEqual(13.5 * lines);
      }
      const rules = p.cells.filter((c) => String(c.value).startsWith('校验规则：'));
      expect(rules.length).toBeGreaterThan(10);
    });
  }
});

describe('本表无数据 on a template', () => {
  const { layouts } = templateLayouts({ kind: 'budget', year: 2025, unit: UNIT, unitType: '事业单位' });
  const wb = layoutsWorkbook(layouts);

  it('a fresh template asks for no 本表无数据 note', () => {
    expect(checkWorkbook(wb).findings.filter((f) => f.rule === 'no-data-note')).toEqual([]);
  });

  it('once a table has figures, the tables left empty ask for it', () => {
    const t3 = layouts.find((l) => l.tables[0]?.formId === 'budget/03-expense')!;
    const started = typed(wb, t3.name, { C6: 100, D6: 100 });
    const notes = checkWorkbook(started).findings.filter((f) => f.rule === 'no-data-note');
    expect(notes.length).toBeGreaterThan(5);
    expect(notes.map((f) => f.table)).not.toContain(3);
  });
});
