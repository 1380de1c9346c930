import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { disagreement, findingEntries } from '../../../src/domain/findings/cellEntries';
import { inReportOrder } from '../../../src/domain/findings/findingOrder';
import { seedWorkbook } from '../../support/seedWorkbook';
import { withCell } from '../../support/withCell';


const TITLES: Record<string, string> = { 'row-sum': '行内合计', 'column-sum': '列内合计', 'subject-hierarchy': '科目层级', 'cross-table': '表间关系', balance: '收支平衡' };
const title = (rule: string) => TITLES[rule] ?? rule;

describe('seed 000 with 表3 合计 typed 2,918.06 in C6 (published 2,911.06)', () => {
  const wb = seedWorkbook('000');
  const t3 = checkWorkbook(wb).recognition.tables.find((t) => t.no === 3)!;
  const result = checkWorkbook(withCell(wb, t3.sheet, 'C6', 2918.06));
  const table3 = inReportOrder(result.findings.filter((f) => f.table === 3));
  const entries = findingEntries(table3);
  // The suspect-cell finding (issue 16) is evidence across checks, an entry of its own.
  const c6 = entries.filter((e) => e.findings.some((f) => f.cell === 'C6' && f.rule !== 'suspect-cell'));

  it('C6 fails its row (2,911.05) and its column (2,911.06): one entry with both reasons', () => {
    expect(c6).toHaveLength(1);
    expect(c6[0].findings.map((f) => [f.rule, f.expected, f.difference])).toEqual([
      ['row-sum', '2911.05', '7.01'],
      ['column-sum', '2911.06', '7.00'],
    ]);
    // Nothing lost: every finding of the table is in exactly one entry.
    expect(entries.flatMap((e) => e.findings)).toHaveLength(table3.length);
  });

  it('says that the two totals disagree with each other, so no value satisfies both', () => {
    expect(disagreement(c6[0], title)).toBe('行内合计（2,911.05）与列内合计（2,911.06）互不一致，相差 0.01，本格无法同时满足');
  });

  it('findings on different cells, or without figures, stay entries of their own', () => {
    expect(entries.filter((e) => e.findings.some((f) => f.rule === 'suspect-cell')).map((e) => e.findings.length)).toEqual([1]);
    for (const e of entries.filter((x) => x !== c6[0])) {
      const cells = new Set(e.findings.map((f) => `${f.sheet}!${f.cell}`));
      expect(cells.size).toBe(1);
    }
    expect(entries.filter((e) => e.findings.length > 1)).toHaveLength(1);
  });
});

it('two checks that agree on the 应为 (表4 收入总计 against its column and against 支出总计) share an entry without a disagreement', () => {
  const wb = seedWorkbook('000');
  const t4 = checkWorkbook(wb).recognition.tables.find((t) => t.no === 4)!;
  const result = checkWorkbook(withCell(wb, t4.sheet, 'B42', 2918.06));
  const entry = findingEntries(inReportOrder(result.findings.filter((f) => f.table === 4))).find((e) => e.findings[0].cell === 'B42' && e.findings[0].rule !== 'suspect-cell')!;
  expect(entry.findings.map((f) => f.rule).sort()).toEqual(['balance', 'column-sum']);
  expect(disagreement(entry, title)).toBeNull();
});
