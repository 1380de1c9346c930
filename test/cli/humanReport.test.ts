import { humanCheckReport as report, type ReportOptions } from '../../src/cli/report/humanReport';
import type { CheckResult } from '../../src/domain/checks/checkTypes';
import { checkWorkbook } from '../../src/domain/checks/checkWorkbook';
import type { Finding } from '../../src/domain/findings/finding';
import { formatWan } from '../../src/domain/money/format';
import { classCounts, isRoundingDifference } from '../../src/domain/findings/findingClass';
import { recurringSlips } from '../../src/domain/findings/recurringSlips';
import { findingLine } from '../../src/domain/findings/findingWords';
import Decimal from 'decimal.js';
import { seedWorkbook } from '../support/seedWorkbook';
import { withCell } from '../support/withCell';


/** Every finding listed, one line each: --verbose on a terminal too wide to wrap them. */
const WIDE: ReportOptions = { verbose: true, terminal: { width: 100000, color: false } };
const humanCheckReport = (file: string, result: CheckResult, options: ReportOptions = WIDE) => report(file, result, options);
const findingLines = (text: string) => text.split('\n').filter((l) => l.startsWith('  ['));
const count = (text: string, part: string) => text.split(part).length - 1;
const wan = (s: string) => formatWan(new Decimal(s));

/**
 * The line of a finding: under its table's heading, the one naming its cell first; or, for a slip
 * that recurs in several tables, the one line that names this table and cell among them.
 */
function lineOf(text: string, f: Finding, label: string): string {
  const block = text.split('\n\n').find((b) => b.startsWith(`【${label} `)) ?? '';
  const here = findingLines(block).filter((l) => l.includes(`] ${f.cell} `) || l.includes(`] ${f.cell}：`));
  const recurring = findingLines(text).filter((l) => new RegExp(`[ 、]表${f.table} ${f.cell}[、 ]`).test(l));
  const lines = [...here, ...recurring];
  expect(lines.length).toBeGreaterThan(0);
  return lines.find((l) => (f.column ? l.includes(`“${f.column}”列`) : true)) ?? lines[0];
}

describe('seed 000 (汾阳市社会保险中心 2025 预算) as published: 尾数差异 only', () => {
  const wb = seedWorkbook('000');
  const result = checkWorkbook(wb);
  const text = humanCheckReport('汾阳.xlsx', result);
  const n = classCounts(result.findings);

  it('starts with the summary: unit, year, kind; tables found and missing; the counts in the four words', () => {
    expect(n.rounding).toBeGreaterThan(20);
    expect(text.split('\n').slice(0, 4)).toEqual([
      '== 汾阳.xlsx',
      '   汾阳市社会保险中心 · 2025年 · 预算公开',
      '   识别到 13 张表：预算公开表1–13，没有缺少',
      `   结果：错误 0 个 · 尾数差异 ${n.rounding} 个 · 提示 ${n.hint} 个 · 信息 ${n.info} 个`,
    ]);
  });

  it('lists every finding once under --verbose; a slip recurring in several tables once, naming each', () => {
    for (const f of result.findings) {
      const t = result.recognition.tables.find((x) => x.no === f.table);
      if (t) lineOf(text, f, t.form.label);
    }
    const slips = recurringSlips(result.findings);
    // 20805 合计 (252.37 against its 项 252.36) in 表2, 表3 and 表5: one line naming all three.
    const pension = findingLines(text).filter((l) => l.includes('20805 行政事业单位养老支出 行“合计”列'));
    expect(pension).toEqual([expect.stringMatching(/^ {2}\[尾数差异\] 表2 C10、表3 C10、表5 C10 20805 /)]);
    const repeated = slips.reduce((k, s) => k + s.findings.length - 1, 0);
    expect(findingLines(text)).toHaveLength(result.findings.length - repeated);
    expect(text).toContain('另有 8 个尾数差异与表2、表3相同，已在那里列出');
  });

  it('names cell, row, column, 实为, 应为, 差额 once each and no table label or sheet the heading gives', () => {
    const sums = result.findings.filter((f) => f.expected !== null && f.table !== null);
    expect(sums.length).toBeGreaterThan(5);
    for (const f of sums) {
      const t = result.recognition.tables.find((x) => x.no === f.table)!;
      const line = lineOf(text, f, t.form.label);
      expect(line).toMatch(new RegExp(`^ {2}\\[尾数差异\\] (表\\d+ [A-Z]+\\d+、)*(表${f.table} )?${f.cell}[ 、]`));
      expect(count(line, `${f.row!.code ? `${f.row!.code} ` : ''}${f.row!.name} 行“${f.column}”列`)).toBe(1);
      expect(count(line, `实为 ${wan(f.actual!)}，`)).toBe(1);
      expect(line).toMatch(new RegExp(`应为 [^，]*${wan(f.expected!).replace(/[.]/g, '\\.')}，差额 ${wan(f.difference!)}`));
      expect(count(line, '差额')).toBe(1);
      expect(line).not.toContain('单元格');
      expect(line).not.toContain(t.form.label);
      expect(line).not.toContain(`（${t.sheet}）`);
    }
  });

  it('keeps the rule’s explanation: the parts of the sum and why it is a 尾数差异', () => {
    const f = result.findings.find((x) => x.rule === 'row-sum' && x.table === 3 && x.row?.code === '208')!;
    expect(lineOf(text, f, '预算公开表3')).toBe(
      '  [尾数差异] 表3 C7、表5 C7 208 社会保障和就业支出 行“合计”列：实为 2,858.26，应为 基本支出 398.16 + 项目支出 2,460.09 = 2,858.25，差额 0.01（在四舍五入允许范围内）',
    );
    const parent = result.findings.find((x) => x.rule === 'subject-hierarchy' && x.table === 3 && x.row?.code === '208' && x.column === '项目支出')!;
    expect(lineOf(text, parent, '预算公开表3')).toContain(
      '应为 下级科目 20801 人力资源和社会保障管理事务 1,187.20 + 20805 行政事业单位养老支出 173.17 + 20899 其他社会保障和就业支出 1,099.73 = 2,460.10，差额 -0.01（在四舍五入允许范围内）',
    );
  });

  it('keeps lines readable: each finding’s line shorter than the rule’s message alone', () => {
    for (const f of result.findings.filter((x) => x.table !== null)) {
      const t = result.recognition.tables.find((x) => x.no === f.table)!;
      expect(findingLine(f, { label: t.form.label, title: t.title, sheet: t.sheet }).length).toBeLessThan(f.message.length);
    }
  });

  it('without --verbose folds each table’s 尾数差异 into one line with their count, saying which recur', () => {
    const folded = report('汾阳.xlsx', result);
    const foldedLines = findingLines(folded).filter((l) => l.startsWith('  [尾数差异]'));
    for (const l of foldedLines) expect(l).toMatch(/^ {2}\[尾数差异\] \d+ 个，均在四舍五入允许范围内/);
    expect(foldedLines.reduce((k, l) => k + Number(/(\d+) 个/.exec(l)![1]), 0)).toBe(n.rounding);
    const perTable = new Set(result.findings.filter((f) => isRoundingDifference(f)).map((f) => f.table));
    expect(foldedLines).toHaveLength(perTable.size);
    const t5 = folded.split('\n\n').find((b) => b.startsWith('【预算公开表5 '))!;
    expect(t5.split('\n')[1]).toBe('  [尾数差异] 8 个，均在四舍五入允许范围内，与表2、表3相同（加 --verbose 逐条列出）');
    // What is not a 尾数差异 is still listed in full.
    expect(folded).toContain('  [信息] A1：未填写单位类型');
  });
});

describe('seed 000 with 表3 208 社会保障和就业支出 合计 typed 7 too high (2,858.26 → 2,865.26)', () => {
  const wb = seedWorkbook('000');
  const t3 = checkWorkbook(wb).recognition.tables.find((t) => t.no === 3)!;
  const result = checkWorkbook(withCell(wb, t3.sheet, 'C7', 2865.26));
  const text = humanCheckReport('汾阳.xlsx', result);

  it('reports the errors first; the cell failing two checks once, with both reasons and their disagreement', () => {
    expect(result.counts.errors).toBeGreaterThan(0);
    const block = text.split('\n\n').find((b) => b.startsWith('【预算公开表3 '))!.split('\n').slice(1);
    const firstRounding = block.findIndex((l) => l.startsWith('  [尾数差异]'));
    expect(block.slice(firstRounding).some((l) => l.startsWith('  [错误]'))).toBe(false);
    // The suspect first: the one cell whose original value makes all four broken identities hold.
    expect(block[0]).toBe('  [错误] C7 208 社会保障和就业支出 行“合计”列：最可能出错，实为 2,865.26，改为 2,858.26 可使 4 处不一致同时成立');
    expect(block.slice(1, 5)).toEqual([
      '  [错误] C7 208 社会保障和就业支出 行“合计”列：实为 2,865.26，2 项校验都不相符：',
      '      · 行内合计：应为 基本支出 398.16 + 项目支出 2,460.09 = 2,858.25，差额 7.01',
      '      · 科目层级：应为 下级科目 20801 人力资源和社会保障管理事务 1,506.16 + 20805 行政事业单位养老支出 252.37 + 20899 其他社会保障和就业支出 1,099.73 = 2,858.26，差额 7.00',
      '      行内合计（2,858.25）与科目层级（2,858.26）互不一致，相差 0.01，本格无法同时满足。',
    ]);
    expect(block.filter((l) => l.includes('C7 208 社会保障和就业支出 行“合计”列：实为'))).toHaveLength(1);
  });

  it('gives a cross-table finding its relation and the other table’s cell as Sheet!A1', () => {
    const cross = result.findings.filter((f) => f.rule === 'cross-table');
    expect(cross.length).toBeGreaterThan(0);
    for (const f of cross) {
      const t = result.recognition.tables.find((x) => x.no === f.table)!;
      const line = lineOf(text, f, t.form.label);
      expect(line).toContain('（表间关系“');
      expect(count(line, `实为 `)).toBe(1);
      expect(line).toContain(`差额 ${wan(f.difference!)}`);
      // The other side lies in another table, on its own sheet.
      expect(line).toMatch(/应为 .*（[^（）!]+!?[A-Z]+\d+）/);
      expect(line).toMatch(new RegExp(`应为 .*（(?!${t.sheet}!)[^）]*![A-Z]+\\d+）`));
    }
  });
});

describe('findings without figures stay one line', () => {
  it('an empty table without its 本表无数据 note', () => {
    const wb = seedWorkbook('000');
    const t7 = checkWorkbook(wb).recognition.tables.find((t) => t.no === 7)!;
    expect(t7.empty).toBe(true);
    const result = checkWorkbook(withCell(wb, t7.sheet, t7.noDataNote!.address, null));
    const note = result.findings.find((f) => f.rule === 'no-data-note')!;
    const text = humanCheckReport('汾阳.xlsx', result);
    const block = text.split('\n\n').find((b) => b.startsWith('【预算公开表7 '))!;
    expect(block.split('\n')).toEqual([
      `【预算公开表7 ${t7.title}（工作表“${t7.sheet}”）】`,
      `  [提示] ${note.cell}：没有数据，但表下未注明“注：本表无数据”`,
    ]);
  });

  it('a table with data under its 本表无数据 note: the cell leads the line like any other', () => {
    const wb = seedWorkbook('000');
    const t7 = checkWorkbook(wb).recognition.tables.find((t) => t.no === 7)!;
    const result = checkWorkbook(withCell(wb, t7.sheet, 'C6', 5));
    const note = result.findings.find((f) => f.rule === 'no-data-note' && f.table === 7)!;
    expect(note.message).toContain(`（单元格 ${t7.noDataNote!.address}）`);
    const lines = findingLines(humanCheckReport('汾阳.xlsx', result));
    expect(lines).toContain(`  [提示] ${t7.noDataNote!.address}：有数据，却注明了“本表无数据”`);
  });

  it('an unreadable amount names its cell once', () => {
    const wb = seedWorkbook('000');
    const t3 = checkWorkbook(wb).recognition.tables.find((t) => t.no === 3)!;
    const result = checkWorkbook(withCell(wb, t3.sheet, 'D8', { error: '#REF!' }));
    const text = humanCheckReport('汾阳.xlsx', result);
    const line = findingLines(text).find((l) => l.includes('#REF!'))!;
    // Row and column in the location, as on every other line; the statement says what the cell holds.
    expect(line).toBe('  [错误] D8 20801 人力资源和社会保障管理事务 行“基本支出”列：内容“#REF!”是错误值，无法参与校验');
  });

  it('a finding on another sheet than its heading’s is written Sheet!A1; one without a cell has no location', () => {
    const recognition = checkWorkbook(seedWorkbook('000')).recognition;
    const t3 = recognition.tables.find((t) => t.no === 3)!;
    const elsewhere: Finding = {
      severity: 'warning',
      rule: 'catalog',
      table: 3,
      sheet: '说明',
      cell: 'B4',
      row: { code: '208', name: '社会保障和就业支出' },
      column: null,
      expected: null,
      actual: null,
      difference: null,
      message: `${t3.form.label}（${t3.sheet}）参数表中的单位类型与本表不符`,
    };
    const crash: Finding = { ...elsewhere, severity: 'error', table: null, sheet: null, cell: null, row: null, message: '校验规则“表间关系”运行出错：x' };
    const text = humanCheckReport('汾阳.xlsx', { recognition, findings: [elsewhere, crash], counts: { errors: 1, warnings: 1, info: 0 } });
    expect(findingLines(text)).toEqual([
      '  [错误] 校验规则“表间关系”运行出错：x',
      '  [提示] 说明!B4 208 社会保障和就业支出 行：参数表中的单位类型与本表不符',
    ]);
  });

  it('a message of a shape the report does not know is printed whole, with the figures beside it', () => {
    const recognition = checkWorkbook(seedWorkbook('000')).recognition;
    const odd: Finding = {
      severity: 'error',
      rule: 'future-rule',
      table: 3,
      sheet: recognition.tables.find((t) => t.no === 3)!.sheet,
      cell: 'C6',
      row: { code: null, name: '合计' },
      column: '合计',
      expected: '2911.05',
      actual: '2918.06',
      difference: '7.01',
      message: '新规则：合计与上年相比变化过大',
    };
    const text = humanCheckReport('汾阳.xlsx', { recognition, findings: [odd], counts: { errors: 1, warnings: 0, info: 0 } });
    expect(findingLines(text)).toEqual(['  [错误] C6 合计 行“合计”列：新规则：合计与上年相比变化过大；实为 2,918.06，应为 2,911.05，差额 7.01']);
  });
});

describe('the line is built from the finding’s detail, not from its message', () => {
  const wb = seedWorkbook('000');
  const t3 = checkWorkbook(wb).recognition.tables.find((t) => t.no === 3)!;
  // A sum error, a cross-table error and a subject-hierarchy error at once.
  const result = checkWorkbook(withCell(wb, t3.sheet, 'C7', 2865.26));

  it('prints the same lines when every detailed finding’s message is reworded', () => {
    const detailed = result.findings.filter((f) => f.detail);
    expect(new Set(detailed.map((f) => f.detail!.kind))).toEqual(new Set(['sum', 'identity', 'statement', 'suspect']));
    const reworded = { ...result, findings: result.findings.map((f) => (f.detail ? { ...f, message: '（措辞已改）' } : f)) };
    expect(humanCheckReport('汾阳.xlsx', reworded)).toBe(humanCheckReport('汾阳.xlsx', result));
  });

  it('a finding without detail prints its message, less the table the heading names', () => {
    const f = result.findings.find((x) => x.rule === 'row-sum' && x.row?.code === '208')!;
    const bare = { ...f, detail: undefined, message: `${t3.form.label}（${t3.sheet}）合计与分项不符` };
    const text = humanCheckReport('汾阳.xlsx', { ...result, findings: [bare], counts: { errors: 1, warnings: 0, info: 0 } });
    expect(findingLines(text)).toEqual(['  [错误] C7 208 社会保障和就业支出 行“合计”列：合计与分项不符；实为 2,865.26，应为 2,858.25，差额 7.01']);
  });
});

describe('seed 000 with one figure of 表4 changed', () => {
  const wb = seedWorkbook('000');
  const t4 = checkWorkbook(wb).recognition.tables.find((t) => t.no === 4)!;

  it('0.01 on 一般公共预算 收入: a cross-table 尾数差异, with the other table’s cell and the note', () => {
    const result = checkWorkbook(withCell(wb, t4.sheet, 'B7', 2911.07));
    const lines = findingLines(humanCheckReport('汾阳.xlsx', result));
    expect(lines).toContain(
      '  [尾数差异] B7 一、一般公共预算 行“金额”列（表间关系“表4 一般公共预算收入 = 表1 一般公共预算收入”）：实为 2,911.07，应为 表1 一、一般公共预算“2025年” 2,911.06（Sheet1!B7），差额 0.01（在四舍五入允许范围内）',
    );
  });

  it('7 on 收入总计: the balance names its relation and the other side', () => {
    const result = checkWorkbook(withCell(wb, t4.sheet, 'B42', 2918.06));
    const balance = result.findings.find((f) => f.rule === 'balance')!;
    expect(findingLine(balance, { label: '预算公开表4', title: t4.title, sheet: t4.sheet })).toBe('B42 收入总计 行“金额”列（收入总计 = 支出总计）：实为 2,918.06，应为 支出总计 2,911.06，差额 7.00');
    // The column sum fails on the same cell with the same 应为: one entry, both reasons, no disagreement.
    const block = humanCheckReport('汾阳.xlsx', result).split('\n\n').find((b) => b.startsWith('【预算公开表4 '))!;
    expect(block.split('\n').slice(1)).toEqual([
      '  [错误] B42 收入总计 行“金额”列：最可能出错，实为 2,918.06，改为 2,911.06 可使 2 处不一致同时成立',
      '  [错误] B42 收入总计 行“金额”列：实为 2,918.06，2 项校验都不相符：',
      '      · 列内合计：应为 本年收入合计 2,911.06，差额 7.00',
      '      · 收支平衡（收入总计 = 支出总计）：应为 支出总计 2,911.06，差额 7.00',
    ]);
  });
});

describe('structural findings say the row once', () => {
  it('a 项 printed twice in 表3', () => {
    const wb = seedWorkbook('000');
    const t3 = checkWorkbook(wb).recognition.tables.find((t) => t.no === 3)!;
    const row = t3.panels[0].rows.find((r) => r.code === '2080109')!.row;
    const sheet = wb.sheets.find((s) => s.name === t3.sheet)!;
    const values = [...sheet.values.slice(0, row + 1), sheet.values[row], ...sheet.values.slice(row + 1)];
    const result = checkWorkbook({ ...wb, sheets: wb.sheets.map((s) => (s === sheet ? { ...s, values } : s)) });
    const lines = findingLines(humanCheckReport('汾阳.xlsx', result));
    expect(lines).toContain(`  [错误] A${row + 2}：科目 2080109 社会保险经办机构 重复出现（第一次在第 ${row + 1} 行）`);
  });
});
