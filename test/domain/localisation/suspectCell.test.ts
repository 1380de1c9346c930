import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import type { CheckResult } from '../../../src/domain/checks/checkTypes';
import type { Finding } from '../../../src/domain/findings/finding';
import { seedWorkbook, type SeedId } from '../../support/seedWorkbook';
import { mutableCells, mutated, withCell } from '../../support/mutants';
import { withParameters } from '../narrative/narrativeFixtures';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { checkedFileJson } from '../../../src/cli/checkJson';
import { planFill } from '../../../src/domain/fill/planFill';
import { recognize } from '../../../src/domain/recognition/recognize';
import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';

/**
 * Error localisation on the seeds with figures mistyped the way accountants mistype them: the
 * suspect-cell finding names the one cell whose original value makes every broken identity hold.
 */
function mistyped(id: SeedId, changes: [table: number, address: string, delta: number][]): { wb: WorkbookSnapshot; result: CheckResult } {
  let wb = seedWorkbook(id);
  const cells = mutableCells(checkWorkbook(wb));
  for (const [table, address, delta] of changes) wb = mutated(wb, cells.find((c) => c.table === table && c.address === address)!, delta);
  return { wb, result: checkWorkbook(wb) };
}

const suspects = (r: CheckResult) => r.findings.filter((f) => f.rule === 'suspect-cell');
const brief = (f: Finding) => [f.table, f.cell, f.actual, f.expected, f.explains];

describe('seed 000, 表3 208 社会保障和就业支出 项目支出 typed 2,467.09 for 2,460.09', () => {
  const { result } = mistyped('000', [[3, 'E7', 7]]);
  const [suspect] = suspects(result);

  it('names E7 alone, with the value that makes its row sum, its column’s 合计 and 208 = Σ 款 hold', () => {
    expect(suspects(result).map(brief)).toEqual([[3, 'E7', '2467.09', '2460.09', 3]]);
    expect(suspect).toMatchObject({
      severity: 'error',
      sheet: result.recognition.tables.find((t) => t.no === 3)!.sheet,
      row: { code: '208', name: '社会保障和就业支出' },
      column: '项目支出',
      difference: '7.00',
    });
    expect(suspect.message).toBe('预算公开表3（Sheet3）E7 208 社会保障和就业支出 行“项目支出”列：最可能出错，实为 2467.09，改为 2460.09 可使 3 处不一致同时成立');
  });

  it('explains exactly the errors it resolves, each pointing to its identity', () => {
    const d = suspect.detail!;
    expect(d.kind).toBe('suspect');
    if (d.kind !== 'suspect') return;
    const explained = result.findings.filter((f) => (f.detail?.kind === 'sum' || f.detail?.kind === 'identity') && f.detail.equation !== undefined && d.explains.includes(f.detail.equation));
    expect(explained.map((f) => [f.rule, f.cell]).sort()).toEqual([['column-sum', 'E6'], ['row-sum', 'C7'], ['subject-hierarchy', 'E7']]);
    expect(explained.every((f) => f.severity === 'error')).toBe(true);
  });

  it('is listed first in its table, and `check --json` gives it `explains`', () => {
    const inTable3 = result.findings.filter((f) => f.table === 3);
    expect(inTable3[0]).toBe(suspect);
    const json = checkedFileJson('汾阳.xlsx', result).findings;
    expect(json.find((f) => f.rule === 'suspect-cell')).toMatchObject({ cell: 'E7', expected: '2460.09', explains: 3 });
    expect(json.filter((f) => 'explains' in f).map((f) => f.rule)).toEqual(['suspect-cell']);
  });
});

describe('rounding does not move the suspect’s value off the typed original', () => {
  // 208 基本支出 398.16 is itself 0.01 off both its row (尾数差异) and its 款 (398.17): 398.17 would
  // make both exact, but a mistyped digit moves a figure by a round amount.
  it.each([7, -0.5])('表3 D7 398.16 changed by %d: expected is 398.16', (delta) => {
    const { result } = mistyped('000', [[3, 'D7', delta]]);
    expect(suspects(result).map(brief)).toEqual([[3, 'D7', (398.16 + delta).toFixed(2), '398.16', 3]]);
  });
});

describe('a total is a candidate like any figure', () => {
  it('表3 208 合计 typed 7 too high: C7 explains its row, 208 = Σ 款, 合计 = Σ 类 and 表1’s 208 line', () => {
    const { result } = mistyped('000', [[3, 'C7', 7]]);
    expect(suspects(result).map(brief)).toEqual([[3, 'C7', '2865.26', '2858.26', 4]]);
  });
});

describe('identities that hold are kept holding', () => {
  // 001 表4: 上年财政拨款结转 (B38) = its 一、一般公共预算 line (B39); B38 is also in 收入总计 (B42), which holds.
  const { result } = mistyped('001', [[4, 'B39', 3]]);

  it('names the line, not the 结转 total, whose change would break 收入总计', () => {
    const broken = result.findings.filter((f) => f.severity === 'error' && f.rule !== 'suspect-cell');
    expect(broken.map((f) => [f.rule, f.cell])).toEqual([['column-sum', 'B38']]);
    expect(suspects(result).map(brief)).toEqual([[4, 'B39', '75.48', '72.48', 1]]);
  });
});

describe('when no single cell explains, the only pair that does', () => {
  // 结转 B38 +7 and its line B39 +3: B38's row with 收入总计 needs −7, its own sum −4; only B39 together mends both.
  const { result } = mistyped('001', [[4, 'B38', 7], [4, 'B39', 3]]);

  it('reports both cells, each naming the other', () => {
    expect(suspects(result).map(brief)).toEqual([
      [4, 'B38', '79.48', '72.48', 2],
      [4, 'B39', '75.48', '72.48', 2],
    ]);
    const [a, b] = suspects(result);
    expect(a.detail).toMatchObject({ kind: 'suspect', pairedWith: { cell: { address: 'B39' }, expected: '72.48', actual: '75.48' } });
    expect(b.detail).toMatchObject({ kind: 'suspect', pairedWith: { cell: { address: 'B38' }, expected: '72.48', actual: '79.48' } });
    expect(a.message).toContain('可能出错，实为 79.48，改为 72.48、并将 B39 改为 72.48，可使 2 处不一致同时成立');
  });
});

describe('when the evidence cannot single a cell out', () => {
  it('two cells that explain alike are both reported, neither claiming more', () => {
    // 002 表12: a project whose 合计 has one part (一般公共预算): either may be the mistyped one.
    const { result } = mistyped('002', [[12, 'C7', 7]]);
    expect(suspects(result).map(brief)).toEqual([
      [12, 'B7', '168.00', '175.00', 1],
      [12, 'C7', '175.00', '168.00', 1],
    ]);
    expect(suspects(result).every((f) => f.detail?.kind === 'suspect' && f.detail.tiedCells === 2)).toBe(true);
    expect(suspects(result)[0].message).toContain('（另有 1 个单元格同样可以解释，无法确定是哪一个）');
  });

  it('a 项 among many siblings only their 款 sums: no suspect, the findings stay as they are', () => {
    // 004 公开06表 基本工资: 工资福利支出 = Σ nine items, and nothing else holds any of them.
    const { result } = mistyped('004', [[6, 'C10', 7]]);
    expect(suspects(result)).toEqual([]);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.cell])).toEqual([['column-sum', 'C9']]);
  });
});

describe('only real errors are explained', () => {
  it.each(['000', '001', '002', '004'] as const)('seed %s as published (its 尾数差异 only): no suspect', (id) => {
    const r = checkWorkbook(seedWorkbook(id));
    expect(r.findings.some((f) => f.detail?.kind === 'sum' && f.detail.rounding)).toBe(true);
    expect(suspects(r)).toEqual([]);
  });
});

describe('only real errors are explained (re-levelled rules)', () => {
  it('with 表间关系 set to 提示, 表3’s mistyped 合计 explains its three sums, not 表1’s 208 line', () => {
    const wb = withParameters('000', 'budget', { 'rule.cross-table': '提示' }, '事业单位');
    const t3 = checkWorkbook(wb).recognition.tables.find((t) => t.no === 3)!;
    const result = checkWorkbook(withCell(wb, t3.sheet, 6, 2, 2865.26));
    expect(result.findings.some((f) => f.rule === 'cross-table' && f.severity === 'warning')).toBe(true);
    expect(suspects(result).map(brief)).toEqual([[3, 'C7', '2865.26', '2858.26', 3]]);
  });
});

describe('a suspect is evidence, never a correction', () => {
  it('fill plans no write to a suspect cell and no write of its value', () => {
    const { wb, result } = mistyped('000', [[3, 'E7', 7]]);
    const [suspect] = suspects(result);
    const plan = planFill(wb, recognize(wb), builtinCatalog(2025));
    expect(plan.writes.some((w) => w.sheet === suspect.sheet && w.address === suspect.cell)).toBe(false);
    expect(plan.writes.some((w) => String(w.value) === suspect.expected)).toBe(false);
  });
});
