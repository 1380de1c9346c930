import { paragraphText, type Narrative } from '../../../src/domain/narrative/narrativeTypes';
import {
  parseArea,
  rangesIntersect,
  staleParagraphs,
  type ChangedRange,
  type StaleParagraph,
} from '../../../src/domain/narrative/staleParagraphs';
import { recognize } from '../../../src/domain/recognition/recognize';
import { address, parseRange } from '../../../src/domain/workbook/a1';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../../support/seedWorkbook';
import { narrativeOf } from './narrativeFixtures';

/** The sheet a recognised table sits on (the seed names them Sheet1…; the user's may be 表3 or anything). */
function sheetOfTable(wb: WorkbookSnapshot, no: number): string {
  const t = recognize(wb).tables.find((x) => x.no === no);
  if (!t) throw new Error(`no 表${no}`);
  return t.sheet;
}

function valueAt(wb: WorkbookSnapshot, sheet: string, a1: string): unknown {
  const { start } = parseRange(a1);
  return wb.sheets.find((s) => s.name === sheet)?.values[start.row]?.[start.col];
}

const heading = (n: Narrative, p: StaleParagraph) => n.sections[p.section].heading;
const text = (n: Narrative, p: StaleParagraph) => paragraphText(n.sections[p.section].paragraphs[p.paragraph]);
const keys = (ps: readonly StaleParagraph[]) => ps.map((p) => `${p.section}.${p.paragraph}:${p.staleness}`).sort();

describe('staleParagraphs on the narrative of seed 000', () => {
  const wb = seedWorkbook('000');
  const n = narrativeOf(wb);
  const t3 = sheetOfTable(wb, 3);
  const t6 = sheetOfTable(wb, 6);

  test('editing 表3!C6 (合计 2,911.06) marks the paragraph printing it from that cell, and only that one', () => {
    expect(Number(valueAt(wb, t3, 'C6'))).toBeCloseTo(2911.06, 2);
    const stale = staleParagraphs(n, [{ sheet: t3, address: 'C6' }]);
    expect(stale).toHaveLength(1);
    expect(stale[0].staleness).toBe('stale');
    expect(heading(n, stale[0])).toBe('三、支出预算情况说明');
    expect(text(n, stale[0])).toContain('支出预算2,911.06万元');
    // Other paragraphs print 2,911.06 too, but read it from 表1/表4/表5: an edit of 表3 leaves them valid.
    const alsoPrinting = n.sections.flatMap((s) => s.paragraphs).filter((p) => paragraphText(p).includes('2,911.06'));
    expect(alsoPrinting.length).toBeGreaterThan(1);
  });

  test('$-anchored, sheet-prefixed and whole-column addresses find the same paragraph', () => {
    const one = keys(staleParagraphs(n, [{ sheet: t3, address: 'C6' }]));
    expect(keys(staleParagraphs(n, [{ sheet: t3, address: '$C$6' }]))).toEqual(one);
    expect(keys(staleParagraphs(n, [{ sheet: t3, address: `${t3}!C6` }]))).toEqual(one);
    expect(keys(staleParagraphs(n, [{ sheet: t3, address: 'C:C' }]))).toEqual(one);
    expect(keys(staleParagraphs(n, [{ sheet: t3, address: '6:6' }]))).toEqual(keys(staleParagraphs(n, [{ sheet: t3, address: 'C6:E6' }])));
  });

  test('editing a cell no figure uses marks nothing', () => {
    // 表3!C6 on another sheet, a cell beside the table, and a label cell of the table.
    expect(staleParagraphs(n, [{ sheet: t6, address: 'C5' }])).toEqual([]);
    expect(staleParagraphs(n, [{ sheet: t3, address: 'Z100' }])).toEqual([]);
    expect(staleParagraphs(n, [{ sheet: t3, address: 'A6' }])).toEqual([]);
    expect(staleParagraphs(n, [{ sheet: '说明参数', address: 'C6' }])).toEqual([]);
  });

  test('a multi-cell paste marks the union of what its cells mark', () => {
    // 表6 D6 (人员经费) and E6 (公用经费) feed different paragraphs of 六、.
    const d = staleParagraphs(n, [{ sheet: t6, address: 'D6' }]);
    const e = staleParagraphs(n, [{ sheet: t6, address: 'E6' }]);
    expect(text(n, d.find((p) => text(n, p).startsWith('人员经费'))!)).toContain('427.83');
    expect(e.some((p) => text(n, p).startsWith('公用经费'))).toBe(true);
    expect(keys(d)).not.toEqual(keys(e));

    const paste: ChangedRange = { sheet: t6, address: 'D6:E21' };
    const union = new Set<string>();
    const { start, end } = parseRange(paste.address);
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.col; c <= end.col; c++) {
        for (const k of keys(staleParagraphs(n, [{ sheet: t6, address: address(r, c) }]))) union.add(k);
      }
    }
    expect(keys(staleParagraphs(n, [paste]))).toEqual([...union].sort());
    expect(union.size).toBeGreaterThanOrEqual(new Set([...keys(d), ...keys(e)]).size);
    // Two separate edits mark the same as a list of both.
    expect(keys(staleParagraphs(n, [{ sheet: t6, address: 'D6' }, { sheet: t6, address: 'E6' }]))).toEqual(
      [...new Set([...keys(d), ...keys(e)])].sort(),
    );
  });

  test('a change on a sheet that cannot be named marks every paragraph with a workbook figure as possibly stale', () => {
    const withFigures = n.sections.flatMap((s, i) =>
      s.paragraphs.flatMap((p, j) => (p.runs.some((r) => r.sources && r.sources.length > 0) ? [`${i}.${j}:possibly`] : [])),
    );
    const names = new Set(wb.sheets.map((s) => s.name));
    const unknown = staleParagraphs(n, [{ sheet: null, address: 'C6' }], names);
    expect(keys(unknown)).toEqual(withFigures.sort());
    // Wording-only paragraphs ("本单位无“三公”经费预算。") are never marked.
    expect(unknown.some((p) => text(n, p) === '本单位无“三公”经费预算。')).toBe(false);
    // A known edit on top makes its paragraph definitely stale, the rest stay possibly stale.
    const both = staleParagraphs(n, [{ sheet: null, address: 'A1' }, { sheet: t3, address: 'C6' }], names);
    expect(both.filter((p) => p.staleness === 'stale').map((p) => heading(n, p))).toEqual(['三、支出预算情况说明']);
    expect(both).toHaveLength(unknown.length);
  });

  test('figures quoted from last year’s file: only this year’s cells count as sources in this workbook', () => {
    const withPrior = narrativeOf(wb, seedWorkbook('001'));
    const names = new Set(wb.sheets.map((s) => s.name));
    const priorSources = withPrior.sections
      .flatMap((s) => s.paragraphs.flatMap((p) => p.runs.flatMap((r) => r.sources ?? [])))
      .filter((c) => !names.has(c.sheet));
    expect(priorSources.length).toBeGreaterThan(0);
    // Editing this year's 表1 total marks the paragraphs comparing it with last year's, through this year's cell.
    const t1 = sheetOfTable(wb, 1);
    expect(Number(valueAt(wb, t1, 'B39'))).toBeCloseTo(2911.06, 2);
    const stale = staleParagraphs(withPrior, [{ sheet: t1, address: 'B39' }]);
    expect(stale.map((p) => heading(withPrior, p))).toContain('一、单位预算收支数据变动情况及原因');
    for (const p of stale) {
      const sources = withPrior.sections[p.section].paragraphs[p.paragraph].runs.flatMap((r) => r.sources ?? []);
      expect(sources.some((c) => c.sheet === t1 && c.address === 'B39')).toBe(true);
    }
    // The unnamed-sheet fallback counts only the sheets it is told are the workbook's.
    const priorRef = priorSources[0];
    expect(staleParagraphs(withPrior, [{ sheet: null, address: priorRef.address }], new Set([priorRef.sheet])).length).toBeGreaterThan(0);
    expect(staleParagraphs(withPrior, [{ sheet: null, address: 'A1' }], new Set())).toEqual([]);
  });
});

describe('A1 range intersection', () => {
  test('cells, ranges, whole columns and whole rows', () => {
    expect(rangesIntersect('C6', 'C5:E9')).toBe(true);
    expect(rangesIntersect('B6', 'C5:E9')).toBe(false);
    expect(rangesIntersect('E9', 'C5:E9')).toBe(true);
    expect(rangesIntersect('F9', 'C5:E9')).toBe(false);
    expect(rangesIntersect('E9:C5', 'D7')).toBe(true);
    expect(rangesIntersect('C:C', 'C1048576')).toBe(true);
    expect(rangesIntersect('A:B', 'C6')).toBe(false);
    expect(rangesIntersect('$B:$D', 'C6')).toBe(true);
    expect(rangesIntersect('6:6', 'AA6')).toBe(true);
    expect(rangesIntersect('7:9', 'C6')).toBe(false);
    expect(rangesIntersect('1:1048576', 'XFD1')).toBe(true);
    expect(rangesIntersect('A1,C6', 'C6')).toBe(true);
    expect(rangesIntersect("'a,b'!A1,'a,b'!B2", 'C6')).toBe(false);
  });

  test('an address that cannot be read counts as the whole sheet', () => {
    expect(parseArea('C')).toBeNull();
    expect(parseArea('C5:E')).toBeNull();
    expect(parseArea('#REF!')).toBeNull();
    expect(rangesIntersect('#REF!', 'C6')).toBe(true);
  });
});
