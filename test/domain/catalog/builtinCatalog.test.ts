import { codeLevel, parentCode, Classification } from '../../../src/domain/catalog/catalog';
import {
  builtinCatalog,
  economicCodeOfName,
  isEntryName,
  BUILTIN_SOURCE,
} from '../../../src/domain/catalog/builtinCatalog';
import { FUNCTION_CLASSES } from '../../../src/domain/forms/common/functionClassLines';
import { seedText, SeedId } from '../../support/seedWorkbook';

/** Every code + name pair printed side by side in a seed (tab-separated cells), names unwrapped. */
function seedPairs(id: SeedId): { code: string; name: string }[] {
  const out: { code: string; name: string }[] = [];
  for (const line of seedText(id).split(/\r?\n/)) {
    const cells = line.split('\t');
    for (let i = 0; i + 1 < cells.length; i++) {
      const code = cells[i].trim();
      const name = cells[i + 1].replace(/\s+/g, '');
      if (/^(2\d{2}|2\d{4}|2\d{6}|3\d{2}|3\d{4})$/.test(code) && name !== '' && !/^[\d.,]+$/.test(name)) {
        out.push({ code, name });
      }
    }
  }
  return out;
}

const SEED_YEARS: Record<SeedId, number> = { '000': 2025, '001': 2025, '002': 2023, '004': 2024 };

describe('builtinCatalog', () => {
  const c2025 = builtinCatalog(2025);

  it('knows the seed codes with their names', () => {
    expect(c2025.source).toBe(BUILTIN_SOURCE);
    expect(c2025.lookup('function', '2080109')?.name).toBe('社会保险经办机构');
    expect(c2025.lookup('function', '2089999')?.name).toBe('其他社会保障和就业支出');
    expect(c2025.lookup('function', '2210201')?.name).toBe('住房公积金');
    expect(c2025.lookup('function', '2130599')?.name).toBe('其他巩固脱贫攻坚成果衔接乡村振兴支出');
    expect(c2025.lookup('economic', '30107')?.name).toBe('绩效工资');
    expect(c2025.lookup('economic', '30113')?.name).toBe('住房公积金');
    expect(c2025.lookup('economic', '50905')?.name).toBe('离退休费');
    // 住房公积金 is a function 项 and an economic 款: the classification keeps them apart.
    expect(c2025.lookup('economic', '2210201')).toBeUndefined();
    expect(c2025.lookup('function', '9999999')).toBeUndefined();
  });

  it.each(['000', '001', '002', '004'] as SeedId[])('holds every code printed in seed %s under the printed name', (id) => {
    const catalog = builtinCatalog(SEED_YEARS[id]);
    const pairs = seedPairs(id);
    expect(pairs.length).toBeGreaterThan(10);
    for (const { code, name } of pairs) {
      const classification: Classification = code.startsWith('2') ? 'function' : 'economic';
      const entry = catalog.lookup(classification, code);
      expect({ code, known: entry !== undefined }).toEqual({ code, known: true });
      expect({ code, name, matches: isEntryName(entry!, name) }).toEqual({ code, name, matches: true });
    }
  });

  it('accepts the 决算 name of 30112 as an alias and full-width brackets', () => {
    const e = c2025.lookup('economic', '30112')!;
    expect(e.name).toBe('其他社会保障缴费');
    expect(isEntryName(e, '其他社会保险缴费')).toBe(true);
    expect(isEntryName(e, '其他工资福利支出')).toBe(false);
    expect(isEntryName(c2025.lookup('economic', '30212')!, '因公出国（境）费用')).toBe(true);
  });

  it('has all 类 and a parent for every 款 and 项', () => {
    for (const [code, name] of FUNCTION_CLASSES) expect(c2025.lookup('function', code)?.name).toBe(name);
    for (const cls of ['function', 'economic', 'income'] as Classification[]) {
      for (const e of c2025.entries(cls)) {
        expect(codeLevel(cls, e.code)).not.toBeNull();
        const parent = parentCode(cls, e.code);
        if (parent !== null) expect({ code: e.code, parent: c2025.lookup(cls, parent)?.code }).toEqual({ code: e.code, parent });
      }
    }
  });

  it('lists entries in catalog order', () => {
    const codes = c2025.entries('function').map((e) => e.code);
    expect(codes.indexOf('208')).toBeLessThan(codes.indexOf('20801'));
    expect(codes.indexOf('2080109')).toBeLessThan(codes.indexOf('20805'));
  });

  it('keeps older names by year', () => {
    expect(builtinCatalog(2018).lookup('function', '210')?.name).toBe('医疗卫生与计划生育支出');
    expect(builtinCatalog(2019).lookup('function', '210')?.name).toBe('卫生健康支出');
    expect(builtinCatalog(2020).lookup('function', '21305')?.name).toBe('扶贫');
    expect(builtinCatalog(2023).lookup('function', '21305')?.name).toBe('巩固脱贫攻坚成果衔接乡村振兴');
    expect(builtinCatalog(2018).lookup('function', '21015')).toBeUndefined();
  });

  it('finds economic codes of names printed without codes (预算公开表6)', () => {
    expect(c2025.codeOfName('economic', '绩效工资')).toBe('30107');
    expect(c2025.codeOfName('economic', '退休费')).toBe('30302');
    // Both series have 工资福利支出: the 部门 code wins, the 政府 code is asked for by series.
    expect(c2025.codeOfName('economic', '工资福利支出')).toBe('301');
    expect(economicCodeOfName(c2025, '工资福利支出', 'government')).toBe('50501');
    expect(economicCodeOfName(c2025, '工资奖金津补贴', 'government')).toBe('50101');
    expect(c2025.codeOfName('economic', '社会福利和救助')).toBe('50901');
    expect(c2025.codeOfName('economic', '其他社会保险缴费')).toBe('30112');
    // Repeated under many 款: no single answer.
    expect(c2025.codeOfName('function', '行政运行')).toBeUndefined();
    expect(c2025.codeOfName('economic', '公务用车购置')).toBeUndefined();
    expect(c2025.codeOfName('function', '社会保险经办 机构')).toBe('2080109');
  });

  it.each(['000', '001', '002'] as SeedId[])('resolves every name of 预算公开表6 in seed %s', (id) => {
    const lines = seedText(id).split(/\r?\n/);
    const start = lines.findIndex((l) => l.startsWith('部门预算支出经济科目名称'));
    const rows: string[][] = [];
    for (let i = start + 3; i < lines.length && lines[i].includes('\t'); i++) rows.push(lines[i].split('\t'));
    expect(rows.length).toBeGreaterThan(15);
    const catalog = builtinCatalog(SEED_YEARS[id]);
    for (const [dept, gov] of rows) {
      expect({ dept, code: economicCodeOfName(catalog, dept, 'department') }).toEqual({ dept, code: expect.stringMatching(/^3/) });
      if (gov.trim() !== '') {
        expect({ gov, code: economicCodeOfName(catalog, gov, 'government') }).toEqual({ gov, code: expect.stringMatching(/^5/) });
      }
    }
  });
});
