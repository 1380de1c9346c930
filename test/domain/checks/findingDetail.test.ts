import Decimal from 'decimal.js';
import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import type { Finding, FindingPart } from '../../../src/domain/findings/finding';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook, type SeedId } from '../../support/seedWorkbook';
import { withCell } from '../../support/withCell';

/**
 * A finding's `detail` is what its message is built from: the parts of a sum, the sides of a
 * cross-table identity, the statement of a structural problem. Reports read it, not the message.
 */

const total = (parts: readonly FindingPart[]) => parts.reduce((a, p) => a.plus(p.value), new Decimal(0));
const sheetOf = (wb: WorkbookSnapshot, no: number) => checkWorkbook(wb).recognition.tables.find((t) => t.no === no)!.sheet;

describe('seed 000 as published', () => {
  const result = checkWorkbook(seedWorkbook('000'));

  it('a row sum carries its parts and the 尾数差异 flag', () => {
    const f = result.findings.find((x) => x.rule === 'row-sum' && x.table === 3 && x.row?.code === '208')!;
    expect(f.detail).toEqual({
      kind: 'sum',
      equation: expect.any(Number),
      parts: [
        { label: '基本支出', value: '398.16', cell: { sheet: f.sheet, address: 'D7' } },
        { label: '项目支出', value: '2460.09', cell: { sheet: f.sheet, address: 'E7' } },
      ],
      rounding: true,
    });
    expect(f.message).toContain('基本支出 398.16 + 项目支出 2460.09 = 2858.25');
  });

  it('a parent subject’s sum says its parts are the 下级科目', () => {
    const f = result.findings.find((x) => x.rule === 'subject-hierarchy' && x.table === 3 && x.row?.code === '208' && x.column === '项目支出')!;
    expect(f.detail?.kind).toBe('sum');
    if (f.detail?.kind !== 'sum') return;
    expect(f.detail.partsAre).toBe('下级科目');
    expect(f.detail.parts.map((p) => p.label)).toEqual(['20801 人力资源和社会保障管理事务', '20805 行政事业单位养老支出', '20899 其他社会保障和就业支出']);
    expect(total(f.detail.parts).toFixed(2)).toBe(f.expected);
  });
});

describe('seed 000 with one figure changed', () => {
  const wb = seedWorkbook('000');

  it('表4 收入总计 7 too high: the balance names its relation, its one part is 支出总计', () => {
    const result = checkWorkbook(withCell(wb, sheetOf(wb, 4), 'B42', 2918.06));
    const f = result.findings.find((x) => x.rule === 'balance' && x.table === 4)!;
    expect(f.detail).toEqual({
      kind: 'sum',
      equation: expect.any(Number),
      parts: [{ label: '支出总计', value: '2911.06', cell: { sheet: f.sheet, address: 'D42' } }],
      relation: '收入总计 = 支出总计',
    });
    expect(f.message).not.toContain('尾数差异');
  });

  it('表3 208 合计 7 too high: the cross-table identity lists each side with its cell', () => {
    const t3 = sheetOf(wb, 3);
    const result = checkWorkbook(withCell(wb, t3, 'C7', 2865.26));
    const f = result.findings.find((x) => x.rule === 'cross-table' && x.detail?.kind === 'identity' && x.detail.relation === '表1 各类支出 = 表3 各类合计：208')!;
    expect(f.detail).toEqual({
      kind: 'identity',
      equation: expect.any(Number),
      relation: '表1 各类支出 = 表3 各类合计：208',
      left: [{ label: '表1 208 八、社会保障和就业支出“2025年合计”', value: '2858.26', cell: { sheet: f.sheet, address: f.cell } }],
      right: [{ label: '表3 208 社会保障和就业支出“合计”', value: '2865.26', cell: { sheet: t3, address: 'C7' } }],
    });
  });

  it('a 类 code typed wrong in 表3: 表1’s 类 is unmatched, and says where it is missing', () => {
    const result = checkWorkbook(withCell(wb, sheetOf(wb, 3), 'A7', 215));
    const f = result.findings.find((x) => x.detail?.kind === 'unmatched' && x.row?.code === '208')!;
    expect(f.table).toBe(1);
    expect(f.detail).toEqual({ kind: 'unmatched', relation: '表1 各类支出 = 表3 各类合计', reason: '表3中没有科目 208' });
    expect(f.message.endsWith('，表3中没有科目 208')).toBe(true);
  });

  it('a blank total is flagged, not reported as 0.00', () => {
    const result = checkWorkbook(withCell(wb, sheetOf(wb, 3), 'C7', null));
    const f = result.findings.find((x) => x.rule === 'row-sum' && x.table === 3 && x.row?.code === '208')!;
    expect(f.actual).toBe('0.00');
    expect(f.detail).toMatchObject({ kind: 'sum', blankTotal: true });
    expect(f.detail).not.toHaveProperty('rounding');
    expect(f.message).toContain('合计实为 空白');
  });

  it('an unreadable amount states what the cell holds', () => {
    const result = checkWorkbook(withCell(wb, sheetOf(wb, 3), 'D8', { error: '#REF!' }));
    const f = result.findings.find((x) => x.rule === 'unreadable-amount')!;
    expect(f.detail).toEqual({ kind: 'statement', text: '内容“#REF!”是错误值，无法参与校验' });
  });
});

describe.each(['000', '001', '002', '004'] as SeedId[])('seed %s, every figure of 表3 changed by 7 in turn: detail agrees with the fields', (id) => {
  const wb = seedWorkbook(id);
  const t3 = checkWorkbook(wb).recognition.tables.find((t) => t.no === 3)!;
  const findings: Finding[] = [];
  for (const p of t3.panels)
    p.rows.forEach((_r, i) => {
      for (const c of p.columns) {
        const cell = c.key ? p.amount(i, c.key) : undefined;
        if (cell?.amount.state !== 'amount' || !cell.amount.value) continue;
        findings.push(...checkWorkbook(withCell(wb, t3.sheet, cell.address, cell.amount.value.plus(7).toNumber())).findings);
      }
    });

  it('a sum’s parts add up to `expected` and are listed in the message', () => {
    const sums = findings.filter((f) => f.detail?.kind === 'sum');
    expect(sums.length).toBeGreaterThan(10);
    for (const f of sums) {
      if (f.detail?.kind !== 'sum') continue;
      expect(total(f.detail.parts).toFixed(2)).toBe(f.expected);
      expect(!!f.detail.rounding).toBe(f.message.includes('尾数差异'));
      if (f.detail.parts.length <= 6) for (const p of f.detail.parts) expect(f.message).toContain(`${p.label} ${p.value}`);
    }
  });

  it('an identity’s sides add up to `actual` and `expected`, and its items are the finding’s cells', () => {
    const identities = findings.filter((f) => f.detail?.kind === 'identity');
    expect(identities.length).toBeGreaterThan(0);
    for (const f of identities) {
      if (f.detail?.kind !== 'identity') continue;
      expect(total(f.detail.left).toFixed(2)).toBe(f.actual);
      expect(total(f.detail.right).toFixed(2)).toBe(f.expected);
      expect([...f.detail.left, ...f.detail.right].map((p) => p.cell)).toEqual(f.cells);
      expect(f.detail.left[0].cell).toEqual({ sheet: f.sheet, address: f.cell });
    }
  });

  it('a statement is what the message says besides its table and location', () => {
    // unit-type says 本表 where its message names the table; unreadable-amount's message is recognition's.
    const statements = findings.filter((f) => f.detail?.kind === 'statement' && f.rule !== 'unit-type' && f.rule !== 'unreadable-amount');
    expect(statements.length).toBeGreaterThan(0);
    for (const f of statements) if (f.detail?.kind === 'statement') expect(f.message).toContain(f.detail.text);
  });
});
