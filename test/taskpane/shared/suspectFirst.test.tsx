import { renderToStaticMarkup } from 'react-dom/server';
import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import type { Finding } from '../../../src/domain/findings/finding';
import { FindingList } from '../../../src/taskpane/shared/FindingList';
import { checkReportLayout } from '../../../src/taskpane/check/checkReport';
import { groupFindings, listedInOrder } from '../../../src/taskpane/shared/findingGroups';
import { mutableCells, mutated } from '../../support/mutants';
import { seedWorkbook } from '../../support/seedWorkbook';

/**
 * The suspect leads its table in the pane and in the 校验报告: seed 000 with 表3 208 项目支出 typed
 * 2,467.09 for 2,460.09 breaks its row sum, the 项目支出 合计 and 208 = Σ 款; one cell explains all three.
 */
const wb = seedWorkbook('000');
const e7 = mutableCells(checkWorkbook(wb)).find((c) => c.table === 3 && c.address === 'E7')!;
const result = checkWorkbook(mutated(wb, e7, 7));
const suspect = result.findings.find((f) => f.rule === 'suspect-cell')!;
const explainedCells = (fs: readonly Finding[]) => fs.map((f) => `${f.rule} ${f.cell}`).sort();

describe('the 校验 tab’s groups', () => {
  const groups = groupFindings(result.findings, { kind: 'budget' });
  const t3 = groups.find((g) => g.title === '表3')!;

  it('open 表3 with the suspect and fold the three findings it explains under it', () => {
    expect(groups[0]).toBe(t3);
    expect(t3.suspects.map((s) => s.suspect)).toEqual([suspect]);
    expect(explainedCells(t3.suspects[0].explained)).toEqual(['column-sum E6', 'row-sum C7', 'subject-hierarchy E7']);
    expect(t3.findings.some((f) => f.severity === 'error')).toBe(false);
    expect(t3.errors).toBe(4);
  });

  it('list every finding once', () => {
    const listed = listedInOrder(groups);
    expect(listed).toHaveLength(result.findings.length);
    expect(new Set(listed)).toEqual(new Set(result.findings));
  });

  it('render the suspect’s line first, as the issue words it, with the folded findings behind a toggle', () => {
    const html = renderToStaticMarkup(<FindingList findings={result.findings} kind="budget" onSelect={() => undefined} />);
    const text = html.replace(/<[^>]+>/g, '\n');
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines.slice(0, 2)).toEqual(['表3 · 4 个错误', '最可能出错：表3 E7 208 社会保障和就业支出 行“项目支出”列 —— 改为 2,460.09 可使 3 处不一致同时成立']);
    expect(html).toContain('展开它解释的 3 条结果');
    // Folded: the three explained findings are not rendered until the toggle is used.
    expect(html.match(/data-finding="error"/g) ?? []).toHaveLength(0);
    expect(html.match(/data-finding="suspect"/g) ?? []).toHaveLength(1);
  });
});

describe('校验报告', () => {
  it('lists the suspect first, 类别 最可能出错, then the findings it explains', () => {
    const layout = checkReportLayout('校验报告', { findings: result.findings, checkedAt: 'x', tables: 13, kind: 'budget' });
    const row = (r: number) => layout.cells.filter((c) => c.row === r).sort((a, b) => a.col - b.col).map((c) => c.value);
    expect(row(4).slice(0, 8)).toEqual([1, '最可能出错', '表3', 'Sheet3!E7', '208 社会保障和就业支出', '项目支出', 2467.09, 2460.09]); // 实为, then 应为
    expect(row(4)[9]).toBe(suspect.message);
    expect([5, 6, 7].map((r) => `${row(r)[1]} ${String(row(r)[3]).split('!')[1]}`).sort()).toEqual(['错误 C7', '错误 E6', '错误 E7']);
  });
});
