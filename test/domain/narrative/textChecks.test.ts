import { checkText } from '../../../src/domain/narrative/textChecks';
import { seedWorkbook } from '../../support/seedWorkbook';
import { narrativeOf, sectionText, withParameters } from './narrativeFixtures';

describe('the finished text is checked', () => {
  test('a use typed with its own 用于 makes the published 用于用于, reported as a doubled word', () => {
    const n = narrativeOf(withParameters('004', 'final', { 'use.class.208': '用于2024年在职职工工资福利支出' }));
    expect(sectionText(n, '（三）')).toContain('用于用于2024年');
    const f = n.findings.filter((x) => x.rule === 'narrative-doubled-word');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('用于用于');
  });

  test('a placeholder typed into an input is reported, with its cell', () => {
    const n = narrativeOf(withParameters('000', 'budget', { 'prior.gpb-total': '1', 'reason.gpb-change': '【请填写原因】' }));
    const f = n.findings.find((x) => x.rule === 'narrative-placeholder')!;
    expect(f.sheet).toBe('说明参数');
    expect(f.cell).toMatch(/^B\d+$/);
  });

  test('a digit in plain wording is a number without a source; sourced and fixed runs are not', () => {
    const section = (runs: { text: string; sources?: { sheet: string; address: string }[]; fixed?: boolean }[]) => [
      { heading: '九、政府采购情况', level: 1 as const, paragraphs: [{ runs }] },
    ];
    expect(checkText(section([{ text: '政府采购预算总额2.07万元' }])).map((f) => f.rule)).toEqual(['narrative-unsourced-number']);
    expect(checkText(section([{ text: '2.07', sources: [{ sheet: '说明参数', address: 'B20' }] }, { text: '万元' }]))).toEqual([]);
    expect(checkText(section([{ text: '年12月31日', fixed: true }]))).toEqual([]);
  });

  test('every digit the generator writes for the four seeds has a source', () => {
    for (const id of ['000', '001', '002', '004'] as const) {
      const n = narrativeOf(seedWorkbook(id));
      expect(n.findings.filter((f) => f.rule !== 'narrative-input')).toEqual([]);
      for (const s of n.sections)
        for (const p of s.paragraphs)
          for (const r of p.runs) if (/\d/.test(r.text) && !r.fixed && !r.missing) expect(r.sources?.length ?? 0).toBeGreaterThan(0);
    }
  });
});
