import { PROFILES } from '../../../src/domain/profiles';
import { ALL_FORMS, formById, formByNo, formsOfKind } from '../../../src/domain/forms/registry';
import type { CellSelector, FixedRowDef, FormDef, PanelDef } from '../../../src/domain/forms/formTypes';
import { fillYear } from '../../../src/domain/forms/formTypes';
import { FUNCTION_CLASSES } from '../../../src/domain/forms/common/functionClassLines';

function fixedRows(p: PanelDef): readonly FixedRowDef[] {
  return p.rows.mode === 'fixed' ? p.rows.rows : [];
}

/** Row keys a selector may name: fixed row keys, or 'total' for a coded/list panel's total line. */
function rowKeys(p: PanelDef): Set<string> {
  return p.rows.mode === 'fixed' ? new Set(p.rows.rows.map((r) => r.key)) : new Set(['total']);
}

function problemsOf(form: FormDef): string[] {
  const out: string[] = [];
  const panelKeys = form.panels.map((p) => p.key);
  if (new Set(panelKeys).size !== panelKeys.length) out.push('duplicate panel key');
  for (const p of form.panels) {
    const cols = p.columns.map((c) => c.key);
    if (new Set(cols).size !== cols.length) out.push(`${p.key}: duplicate column key`);
    for (const c of p.columns) {
      if (c.header.length === 0 || c.header.some((h) => h.trim() === '')) out.push(`${p.key}.${c.key}: empty header`);
    }
    const amountCols = new Set(p.columns.filter((c) => c.type === 'amount' || c.type === 'count').map((c) => c.key));
    const rows = fixedRows(p).map((r) => r.key);
    if (new Set(rows).size !== rows.length) out.push(`${p.key}: duplicate row key`);
    for (const s of p.rowSums ?? []) {
      for (const k of [s.total, ...s.parts]) if (!amountCols.has(k)) out.push(`${p.key} rowSum: no amount column ${k}`);
      for (const r of s.rows ?? []) if (!rows.includes(r)) out.push(`${p.key} rowSum: no row ${r}`);
    }
    for (const s of p.columnSums ?? []) {
      if (p.rows.mode !== 'fixed') out.push(`${p.key}: columnSums on a ${p.rows.mode} panel`);
      for (const k of [s.total, ...s.parts]) {
        if (k !== '*classes' && !rows.includes(k)) out.push(`${p.key} columnSum: no row ${k}`);
      }
      for (const c of s.columns ?? []) if (!amountCols.has(c)) out.push(`${p.key} columnSum: no column ${c}`);
    }
    for (const r of fixedRows(p)) {
      if (r.spacer && r.label !== '') out.push(`${p.key}.${r.key}: spacer with a label`);
    }
  }
  const cellOk = (s: CellSelector) => {
    const p = form.panels.find((x) => x.key === s.panel);
    return !!p && rowKeys(p).has(s.row) && p.columns.some((c) => c.key === s.column);
  };
  for (const i of form.identities ?? []) {
    if (!cellOk(i.left) || !cellOk(i.right)) out.push(`identity ${i.id}: unknown cell`);
  }
  for (const s of form.crossPanelSums ?? []) {
    for (const c of [s.total, ...s.parts]) if (!cellOk(c)) out.push(`crossPanelSum ${s.id}: unknown ${JSON.stringify(c)}`);
  }
  const width = form.panels.reduce((n, p) => n + p.columns.length, 0);
  if (form.columnNumbers && form.columnNumbers.numbers.length !== width) out.push('columnNumbers width');
  if (form.sheetName.length > 31 || /[[\]:*?/\\]/.test(form.sheetName)) out.push(`bad sheet name ${form.sheetName}`);
  return out;
}

describe('registry', () => {
  it('lists 预算公开表1–13 then 公开01–10表 in published order, ids as cli.md names them', () => {
    const shanxi = ALL_FORMS.filter((f) => /^(budget|final)\//.test(f.id));
    expect(shanxi.map((f) => `${f.kind}-${String(f.no).padStart(2, '0')}`)).toEqual([
      ...Array.from({ length: 13 }, (_, i) => `budget-${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 10 }, (_, i) => `final-${String(i + 1).padStart(2, '0')}`),
    ]);
    for (const f of shanxi) expect(f.id).toMatch(new RegExp(`^${f.kind}/${String(f.no).padStart(2, '0')}-[a-z-]+$`));
    // Workbooks written by the first templates name their forms 'budget-03': still found.
    expect(formById('budget-03')?.id).toBe('budget/03-expense');
    expect(formsOfKind('final').map((f) => f.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(formByNo('budget', 6)?.id).toBe('budget/06-basic-economic');
    expect(formById('final/06-basic-detail')?.no).toBe(6);
  });

  it('sheet names are unique within each profile (one template) and fit Excel (≤ 31 characters)', () => {
    for (const p of PROFILES) {
      const names = p.forms.map((f) => f.sheetName);
      expect([p.id, new Set(names).size]).toEqual([p.id, names.length]);
    }
    for (const n of ALL_FORMS.map((f) => f.sheetName)) expect(n.length).toBeLessThanOrEqual(31);
  });

  it('labels follow 预算公开表N / 公开0N表', () => {
    for (const f of formsOfKind('budget')) expect(f.label).toBe(`预算公开表${f.no}`);
    for (const f of formsOfKind('final')) expect(f.label).toBe(`公开${String(f.no).padStart(2, '0')}表`);
  });

  it('budget titles carry the year placeholder', () => {
    for (const f of formsOfKind('budget')) expect(fillYear(f.title, 2025)).toMatch(/^2025年/);
  });
});

describe.each(ALL_FORMS.map((f) => [f.id, f] as const))('%s is structurally valid', (_id, form) => {
  it('keys, sums, identities and sheet name are consistent', () => {
    expect(problemsOf(form)).toEqual([]);
  });
});

describe('structural check catches broken forms', () => {
  it('reports a sum naming a missing row and a duplicate column', () => {
    const base = formById('budget/10-three-public')!;
    const broken: FormDef = {
      ...base,
      panels: [
        {
          ...base.panels[0],
          columns: [...base.panels[0].columns, base.panels[0].columns[1]],
          columnSums: [{ total: 'car', parts: ['car-purchase', 'car-rent'] }],
        },
      ],
    };
    expect(problemsOf(broken)).toEqual(['main: duplicate column key', 'main columnSum: no row car-rent']);
  });
});

describe('fixed lines', () => {
  it('表1 and 表4 list the 30 类 lines in order, with their codes', () => {
    for (const id of ['budget/01-summary', 'budget/04-fiscal-summary']) {
      const classes = fixedRows(formById(id)!.panels[1]).filter((r) => r.code);
      expect(classes).toHaveLength(30);
      expect(classes.map((r) => r.code)).toEqual(FUNCTION_CLASSES.map(([c]) => c));
      expect(classes[7].label).toBe('八、社会保障和就业支出');
      expect(classes[29].label).toBe('三十、抗疫特别国债安排的支出');
    }
  });

  it('two-sided tables end both sides on the same row', () => {
    for (const f of ALL_FORMS.filter((x) => x.panels.length > 1 && x.panels.every((p) => p.rows.mode === 'fixed'))) {
      const lengths = f.panels.map((p) => fixedRows(p).length);
      expect({ id: f.id, lengths }).toEqual({ id: f.id, lengths: lengths.map(() => lengths[0]) });
    }
  });

  it('表10 三公: 公务用车购置及运行费 = ① + ②, 合计 = its three lines', () => {
    const p = formById('budget/10-three-public')!.panels[0];
    expect(fixedRows(p).map((r) => r.label)).toEqual([
      '因公出国（境）费',
      '公务接待费',
      '公务用车购置及运行费',
      '①公务用车购置费',
      '②公务用车运行维护费',
      '合计',
    ]);
    expect(p.columnSums).toContainEqual({ total: 'car', parts: ['car-purchase', 'car-run'] });
    expect(p.columnSums).toContainEqual({ total: 'total', parts: ['abroad', 'reception', 'car'] });
  });

  it('公开01表 行次 run 1–31 on the income side and 32–62 on the expense side', () => {
    const [income, expense] = formById('final/01-summary')!.panels.map((p) => fixedRows(p).map((r) => r.lineNo));
    expect(income).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(expense).toEqual(Array.from({ length: 31 }, (_, i) => i + 32));
  });

  it('公开04表 行次 run 1–32 and 33–64', () => {
    const [income, expense] = formById('final/04-fiscal-summary')!.panels.map((p) => fixedRows(p).map((r) => r.lineNo));
    expect(income).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(expense).toEqual(Array.from({ length: 32 }, (_, i) => i + 33));
  });

  it('表11 applies to 行政单位 and 参公事业单位 only', () => {
    expect(formById('budget/11-operating-costs')!.appliesTo).toEqual(['行政单位', '参公事业单位']);
    expect(ALL_FORMS.filter((f) => f.appliesTo).map((f) => f.id)).toEqual(['budget/11-operating-costs']);
  });

  it('公开06表: four panels of 28 lines and a total line; cross-panel sums for 310 and 公用经费合计', () => {
    const f = formById('final/06-basic-detail')!;
    expect(f.panels.map((p) => p.key)).toEqual(['personnel', 'public-1', 'public-2', 'public-3']);
    expect(f.panels.map((p) => fixedRows(p).length)).toEqual([29, 29, 29, 29]);
    const s310 = f.crossPanelSums!.find((s) => s.id === 'capital-310')!;
    expect(s310.parts.map((c) => `${c.panel}/${c.row}`)).toEqual([
      ...['31001', '31002', '31003', '31005', '31006', '31007', '31008', '31009', '31010'].map((c) => `public-2/e-${c}`),
      ...['31011', '31012', '31013', '31019', '31021', '31022', '31099'].map((c) => `public-3/e-${c}`),
    ]);
  });
});
