import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { planFill } from '../../../src/domain/fill/planFill';
import { applyPlanToSnapshot } from '../../../src/domain/fill/undo';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../../support/seedWorkbook';
import { blankTables, tableOf } from './blankTables';

/** A source that is itself wrong is not copied: fill holds back what would carry the mistake on. */
describe('fill from a 表3 whose 合计 was overtyped (2911.06 → 2912.06)', () => {
  const blanked = blankTables(seedWorkbook('000'), [1, 4, 5]);
  const t3 = tableOf(blanked, 3);
  const total = t3.panels[0].amount(0, 'total')!;
  const wrong: WorkbookSnapshot = {
    sheets: blanked.sheets.map((s) =>
      s.name !== t3.sheet ? s : { ...s, values: s.values.map((r, i) => (i === total.row ? r.map((v, c) => (c === total.col ? 2912.06 : v)) : r)) },
    ),
  };
  const rec = recognize(wrong);
  const plan = planFill(wrong, rec, builtinCatalog(2025));
  const filled = applyPlanToSnapshot(wrong, plan).wb;

  it('writes no copy of the wrong figure', () => {
    expect(plan.writes.filter((w) => w.value === 2912.06)).toEqual([]);
  });

  it('adds no error that rests on a cell it wrote, and says what it held back and why', () => {
    const written = new Set(plan.writes.map((w) => `${w.sheet}!${w.address}`));
    const before = new Set(checkWorkbook(wrong).findings.map((f) => `${f.rule}|${f.sheet}|${f.cell}`));
    const fresh = checkWorkbook(filled).findings.filter((f) => f.severity === 'error' && !before.has(`${f.rule}|${f.sheet}|${f.cell}`));
    expect(fresh.filter((f) => written.has(`${f.sheet}!${f.cell}`))).toEqual([]);
    const held = plan.notes.filter((n) => n.message.startsWith('未填写'));
    expect(held.length).toBeGreaterThan(0);
    expect(held.some((n) => n.message.includes('2,912.06'))).toBe(true);
  });

  it('still fills what the wrong figure does not touch (表1 income lines from 表2)', () => {
    const t1 = tableOf(wrong, 1);
    const gpb = t1.panels[0].rows.findIndex((r) => r.key === 'gpb');
    const address = t1.panels[0].amount(gpb, 'amount')!.address;
    expect(plan.writes.find((w) => w.sheet === t1.sheet && w.address === address)?.value).toBe(2911.06);
  });
});
