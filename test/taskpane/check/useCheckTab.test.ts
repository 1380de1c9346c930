import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { statusLine } from '../../../src/taskpane/shared/findingGroups';
import { checkStatus } from '../../../src/taskpane/check/useCheckTab';
import { seedWorkbook } from '../../support/seedWorkbook';

describe('校验 status line', () => {
  it('says how to start before the first check, with and without live checking', () => {
    expect(checkStatus(false, [], true)).toBe('尚未校验。点击“校验”，或直接修改表格（边输入边校验已开启）。');
    expect(checkStatus(false, [], false)).toBe('尚未校验。');
  });

  it('gives the counts of seed 001’s findings once checked', () => {
    const { findings } = checkWorkbook(seedWorkbook('001'));
    expect(findings.length).toBeGreaterThan(0);
    expect(checkStatus(true, findings, true)).toBe(statusLine(findings));
    expect(checkStatus(true, findings, true)).toMatch(/尾数差异|错误|提示|信息/);
  });
});
