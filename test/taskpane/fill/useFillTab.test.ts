import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { planFill } from '../../../src/domain/fill/planFill';
import { recognize } from '../../../src/domain/recognition/recognize';
import { fillStatus, nothingToFill } from '../../../src/taskpane/fill/useFillTab';
import { blankTables } from '../../domain/fill/blankTables';
import { seedWorkbook } from '../../support/seedWorkbook';

/** 填充's status line and 写入's enabling, on seed 000 as published and with 表1/4/5 emptied. */
describe('填充 status', () => {
  it('says there is nothing to fill on the published seed, and 写入 stays off', () => {
    const wb = seedWorkbook('000');
    const plan = planFill(wb, recognize(wb), builtinCatalog(2025));
    expect(nothingToFill(plan)).toBe(true);
    expect(fillStatus(plan, new Set())).toBe('没有可以推算填写的单元格。');
  });

  it('counts the cells it would write once the summary tables are emptied', () => {
    const wb = blankTables(seedWorkbook('000'), [1, 4, 5]);
    const plan = planFill(wb, recognize(wb), builtinCatalog(2025));
    expect(nothingToFill(plan)).toBe(false);
    expect(plan.writes.length).toBeGreaterThan(20);
    expect(fillStatus(plan, new Set())).toMatch(new RegExp(`^将写入 ${plan.writes.length} 个单元格.*。$`));
  });
});
