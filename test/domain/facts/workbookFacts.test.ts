import { recognize } from '../../../src/domain/recognition/recognize';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../../support/seedWorkbook';
import { shanghaiWorkbook } from '../../support/shanghaiWorkbook';
import { yuanBudgetWorkbook } from '../../support/yuanBudgetWorkbook';

/** Issue 15 item 2 and 3: the workbook's facts are decided once, in recognize; 金额单位 sets the default unit. */
function withoutUnitLines(wb: WorkbookSnapshot): WorkbookSnapshot {
  return { ...wb, sheets: wb.sheets.map((s) => ({ ...s, values: s.values.map((r) => r.map((v) => (typeof v === 'string' && /^单位[:：](万元|元)$/.test(v.trim()) ? null : v))) })) };
}

function withParameter(wb: WorkbookSnapshot, label: string, value: string): WorkbookSnapshot {
  return { ...wb, sheets: [...wb.sheets, { name: '说明参数', values: [['项目', '填写内容'], [label, value]] }] };
}

describe('workbook facts', () => {
  it('seed 004: shanxi-final-10, 2024, its unit, 万元 from each table’s unit line', () => {
    const r = recognize(seedWorkbook('004'));
    expect([r.facts.profile.id, r.facts.kind, r.facts.year, r.facts.catalogYear, r.facts.unit, r.facts.amountUnit]).toEqual([
      'shanxi-final-10', 'final', 2024, 2024, '汾阳市社会保险中心', '万元',
    ]);
    expect(r.tables.every((t) => t.amountUnit === '万元' && t.amountUnitStated)).toBe(true);
  });

  it('a table without a unit line is in the profile’s unit: 元 for national-budget-9, 万元 for Shanxi', () => {
    const yuan = recognize(withoutUnitLines(yuanBudgetWorkbook()));
    expect(yuan.tables.every((t) => t.amountUnit === '元' && !t.amountUnitStated)).toBe(true);
    const wan = recognize(withoutUnitLines(seedWorkbook('000')));
    expect(wan.tables.every((t) => t.amountUnit === '万元' && !t.amountUnitStated)).toBe(true);
  });

  it('说明参数 金额单位 sets the default for tables that state none, and only for them', () => {
    const r = recognize(withParameter(withoutUnitLines(seedWorkbook('000')), '金额单位', '元'));
    expect(r.facts.amountUnit).toBe('元');
    expect(r.tables.every((t) => t.amountUnit === '元')).toBe(true);
    const stated = recognize(withParameter(seedWorkbook('000'), '金额单位', '元'));
    expect(stated.tables.every((t) => t.amountUnit === '万元')).toBe(true);
  });

  it('no year anywhere: null for the narrative, the calendar year for the catalog; 说明参数 年度 fills in', () => {
    const wb = withoutUnitLines(shanghaiWorkbook('social-work'));
    const noHeading: WorkbookSnapshot = { ...wb, sheets: wb.sheets.map((s, i) => (i === 0 ? { ...s, values: s.values.slice(1) } : s)) };
    const r = recognize(noHeading);
    expect(r.facts.year).toBeNull();
    expect(r.facts.catalogYear).toBe(new Date().getFullYear());
    expect(recognize(withParameter(noHeading, '年度', '2024')).facts.year).toBe(2024);
  });

  it('template metadata names the profile', () => {
    const wb = shanghaiWorkbook('social-work');
    const r = recognize({ ...wb, metadata: { formVersion: 1, kind: 'final', year: 2024, unit: 'X', profile: 'shanxi-final-10', sheets: {} } });
    expect(r.profile.id).toBe('shanxi-final-10');
  });
});
