import { recognize } from '../../../src/domain/recognition/recognize';
import { templateLayouts } from '../../../src/domain/template/templateLayouts';
import { heldSentence, missingTables, templateAction, templatePlan, toAdd } from '../../../src/domain/template/templatePlan';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../../support/seedWorkbook';
import { layoutsWorkbook } from './layoutSnapshot';

/** A fresh Shanxi 预算 template (说明参数 + 表1–13), as 插入模板 writes it. */
function budgetTemplate(): WorkbookSnapshot {
  const { layouts, metadata } = templateLayouts({ kind: 'budget', year: 2025, unit: '汾阳市社会保险中心', profile: 'shanxi-budget-13' });
  return layoutsWorkbook(layouts, metadata);
}

const without = (wb: WorkbookSnapshot, names: (n: string) => boolean): WorkbookSnapshot => ({ ...wb, sheets: wb.sheets.filter((s) => !names(s.name)) });
const plan = (wb: WorkbookSnapshot, kind: 'budget' | 'final' = 'budget', profile = kind === 'budget' ? 'shanxi-budget-13' : 'shanxi-final-10') =>
  templatePlan(wb, recognize(wb), kind, profile);

/** Issue 18 item 5: inserting into a workbook that has the tables adds only what is missing. */
describe('templatePlan: what 插入模板 adds', () => {
  it('inserts the whole set into an empty workbook', () => {
    const p = plan({ sheets: [{ name: 'Sheet1', values: [] }] });
    expect(missingTables(p)).toHaveLength(13);
    expect(p.parameters).toBeNull();
    expect(templateAction(p)).toBe('all');
  });

  it('adds nothing to a workbook that has the whole set and its 说明参数', () => {
    const p = plan(budgetTemplate());
    expect(missingTables(p)).toEqual([]);
    expect(p.parameters).toBe('说明参数');
    expect(templateAction(p)).toBe('none');
  });

  it('offers only the tables a workbook lacks, by what the engine recognises, not by sheet name', () => {
    const full = budgetTemplate();
    const t3 = full.sheets.find((s) => s.name.startsWith('表3 '))!.name;
    // 表4 and 表7 deleted; 表3 renamed; a sheet named like 表9 holds a note, and the real 表9 is gone.
    const t9 = full.sheets.find((s) => s.name.startsWith('表9 '))!.name;
    const wb: WorkbookSnapshot = {
      sheets: [
        ...without(full, (n) => /^表[479] /.test(n)).sheets.map((s) => (s.name === t3 ? { ...s, name: '支出总表（改名）' } : s)),
        { name: t9, values: [['备注：本表待财务科提供']] },
      ],
    };
    const p = plan(wb);
    expect(missingTables(p).map((t) => t.name)).toEqual(['表4', '表7', '表9']);
    expect(p.tables.find((t) => t.no === 3)!.sheet).toBe('支出总表（改名）');
    expect(templateAction(p)).toBe('missing');
    expect(heldSentence(p)).toMatch(/^工作簿中已有“山西 单位预算公开（预算公开表1–13）”的 10 张表（表1、表2、表3、表5、表6、表8、表10、表11、表12、表13）和说明参数表“说明参数”。$/);
    expect(toAdd(p).map((a) => a.name)).toEqual(['表4', '表7', '表9']);
  });

  it('the seed (13 tables, no 说明参数) lacks only its 说明参数 sheet', () => {
    const p = plan(seedWorkbook('000'));
    expect(missingTables(p)).toEqual([]);
    expect(templateAction(p)).toBe('missing');
    expect(toAdd(p)).toEqual([{ key: 'parameters', name: '说明参数', title: '' }]);
    expect(heldSentence(p)).toContain('的 13 张表（表1、');
  });

  it('names the other set when the workbook’s tables are not of the chosen one', () => {
    const p = plan(seedWorkbook('000'), 'final');
    expect(p.otherSet).toBe('山西 单位预算公开（预算公开表1–13）');
    expect(missingTables(p).map((t) => t.name)).toEqual(Array.from({ length: 10 }, (_, i) => `公开${String(i + 1).padStart(2, '0')}表`));
    expect(templateAction(p)).toBe('missing');
    expect(heldSentence(p)).toBe('工作簿中的表属于“山西 单位预算公开（预算公开表1–13）”，与所选表套不同。');
  });

  it('templateLayouts writes only the forms asked for, and no second 说明参数', () => {
    const p = plan(without(budgetTemplate(), (n) => /^表[47] /.test(n)));
    const { layouts, metadata } = templateLayouts({ kind: 'budget', year: 2025, unit: 'x', profile: 'shanxi-budget-13', forms: missingTables(p).map((t) => t.form), parameters: false });
    expect(layouts.map((l) => l.name)).toEqual([expect.stringMatching(/^表4 /), expect.stringMatching(/^表7 /)]);
    expect(Object.values(metadata.sheets)).toEqual(missingTables(p).map((t) => t.form));
  });
});
