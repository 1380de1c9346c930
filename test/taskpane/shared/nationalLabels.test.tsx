import { renderToStaticMarkup } from 'react-dom/server';
import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { recognize } from '../../../src/domain/recognition/recognize';
import { checkSummary } from '../../../src/taskpane/check/checkMessages';
import { checkReportLayout } from '../../../src/taskpane/check/checkReport';
import { FindingList } from '../../../src/taskpane/shared/FindingList';
import { groupFindings } from '../../../src/taskpane/shared/findingGroups';
import { existingOf } from '../../../src/taskpane/template/useTemplateTab';
import { seedWorkbook } from '../../support/seedWorkbook';
import { shanghaiWorkbook } from '../../support/shanghaiWorkbook';

/**
 * The pane names a national (上海 2024 部门决算, national-final-9) table 表1–9 as it prints and as the
 * CLI's report does, never 公开0N表; a Shanxi 决算 keeps 公开0N表.
 */
describe('table names in the pane follow the table set', () => {
  const summary = checkSummary(checkWorkbook(shanghaiWorkbook('planning-resources')));

  it('the check carries the set it recognised', () => {
    expect([summary.kind, summary.profile, summary.tables]).toEqual(['final', 'national-final-9', 9]);
    expect(summary.findings.some((f) => f.table !== null)).toBe(true);
  });

  it('groups, the finding list and the 校验报告 name the national tables 表N', () => {
    const titles = groupFindings(summary.findings, summary).map((g) => g.title);
    expect(titles.filter((t) => /^表\d$/.test(t)).length).toBeGreaterThan(0);
    expect(titles.join(' ')).not.toMatch(/公开0\d表/);

    const html = renderToStaticMarkup(<FindingList findings={summary.findings} kind={summary.kind} profile={summary.profile} showRounding onSelect={() => undefined} />);
    expect(html).toMatch(/表1/);
    expect(html).not.toMatch(/公开0\d表/);

    const report = checkReportLayout('校验报告', { findings: summary.findings, checkedAt: 'x', tables: summary.tables, kind: summary.kind, profile: summary.profile });
    const column = report.cells.filter((c) => c.col === 2 && c.row >= 4).map((c) => String(c.value));
    expect(column.length).toBe(summary.findings.length);
    for (const v of column) expect(v).toMatch(/^(表\d|工作簿)$/);
  });

  it('the 模板 tab lists the workbook’s national tables as 表1 … 表9', () => {
    const listed = existingOf(recognize(shanghaiWorkbook('social-work'))).tables.map((t) => t.text.split(' ')[0]);
    expect(listed).toEqual(['表1', '表2', '表3', '表4', '表5', '表6', '表7', '表8', '表9']);
  });

  it('a Shanxi 决算 (seed 004) keeps 公开0N表', () => {
    const wb = seedWorkbook('004');
    const s = checkSummary(checkWorkbook(wb));
    expect([s.kind, s.profile]).toEqual(['final', 'shanxi-final-10']);
    expect(existingOf(recognize(wb)).tables[0].text).toMatch(/^公开01表 /);
    const titles = groupFindings(s.findings, s).map((g) => g.title);
    expect(titles.some((t) => /^公开\d\d表$/.test(t))).toBe(true);
    expect(titles.some((t) => /^表\d+$/.test(t))).toBe(false);
  });
});
