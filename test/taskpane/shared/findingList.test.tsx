import { renderToStaticMarkup } from 'react-dom/server';
import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { classCounts } from '../../../src/domain/findings/findingClass';
import { FindingList } from '../../../src/taskpane/shared/FindingList';
import { statusLine } from '../../../src/taskpane/shared/findingGroups';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../../support/seedWorkbook';

function setCell(wb: WorkbookSnapshot, sheet: string, row: number, col: number, v: number): WorkbookSnapshot {
  return { ...wb, sheets: wb.sheets.map((s) => (s.name === sheet ? { ...s, values: s.values.map((r, i) => (i === row ? r.map((x, c) => (c === col ? v : x)) : r)) } : s)) };
}

/** The pane's text, one line per element text. */
function lines(html: string): string[] {
  return html
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Issue 18 items 1–4 in the 校验 list, on seed 000 (汾阳市社会保险中心 2025 预算). */
describe('the 校验 list: errors stand out, 尾数差异 fold, the four words', () => {
  const published = checkWorkbook(seedWorkbook('000')).findings;

  it('folds the 尾数差异 of each table to one line unless the filter asks for them', () => {
    const counts = classCounts(published);
    expect(counts.rounding).toBeGreaterThan(5);
    const html = renderToStaticMarkup(<FindingList findings={published} kind="budget" onSelect={() => undefined} />);
    expect(html).not.toContain('data-finding="rounding"');
    const folds = lines(html).filter((l) => /^\d+ 个尾数差异，均在四舍五入允许范围内 ▸$/.test(l));
    expect(folds.reduce((n, l) => n + Number(/^\d+/.exec(l)![0]), 0)).toBe(counts.rounding);
    expect(folds.length).toBeLessThan(counts.rounding);

    const unfolded = renderToStaticMarkup(<FindingList findings={published} kind="budget" showRounding onSelect={() => undefined} />);
    const shown = [...unfolded.matchAll(/data-finding="rounding" data-count="(\d+)"/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(shown).toBe(counts.rounding);
    expect(unfolded).not.toContain('均在四舍五入允许范围内 ▸');
  });

  it('says the four words in the status line, errors first', () => {
    expect(statusLine(published)).toBe(`0 个错误 · ${classCounts(published).rounding} 个尾数差异 · 0 个提示 · 1 个信息`);
  });

  it('shows 表3 C6 failing two checks once, with both reasons, 实为 before 应为, and that the totals disagree', () => {
    const wb = seedWorkbook('000');
    const t3 = wb.sheets.find((s) => s.name === 'Sheet3')!;
    expect(t3.values[5][2]).toBe(2911.06);
    // The suspect is set aside here: the entry under test is the cell's own.
    const findings = checkWorkbook(setCell(wb, 'Sheet3', 5, 2, 2912.06)).findings.filter((f) => f.rule !== 'suspect-cell');
    const html = renderToStaticMarkup(<FindingList findings={findings} kind="budget" onSelect={() => undefined} />);
    const text = lines(html);
    const at = text.indexOf('实为 2,912.06，2 项校验都不相符：') - 1;
    expect(text[at]).toBe('C6 合计 行“合计”列');
    expect(text[at - 1]).toBe('错误');
    expect(text.slice(at + 2, at + 4)).toEqual([
      expect.stringMatching(/^· 行内合计：应为 基本支出 450\.96 \+ 项目支出 2,460\.09 = 2,911\.05，差额 1\.01/),
      expect.stringMatching(/^· 列内合计：应为 .* = 2,911\.06，差额 1\.00/),
    ]);
    expect(text[at + 4]).toBe('行内合计（2,911.05）与列内合计（2,911.06）互不一致，相差 0.01，本格无法同时满足。');
    expect(text.filter((l) => l.startsWith('实为 2,912.06'))).toHaveLength(1);
    // The error badge is the strong one: filled, danger.
    expect(html).toMatch(/data-finding="error" data-count="2"/);
    expect(html).toContain('fui-Badge');
  });

  it('names a total row by its name (本年支出合计 行)', () => {
    const wb = seedWorkbook('000');
    const findings = checkWorkbook(setCell(wb, 'Sheet1', 36, 3, 2912.06)).findings.filter((f) => f.rule !== 'suspect-cell');
    const text = lines(renderToStaticMarkup(<FindingList findings={findings} kind="budget" onSelect={() => undefined} />));
    expect(text.some((l) => l.startsWith('D37 本年支出合计 行“2025年合计”列'))).toBe(true);
  });
});
