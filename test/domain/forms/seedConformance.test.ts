import type { FixedRowDef, FormDef } from '../../../src/domain/forms/formTypes';
import { fillYear, lowestHeader } from '../../../src/domain/forms/formTypes';
import { matchFormByTitle } from '../../../src/domain/forms/matchTitle';
import { economicClassByName } from '../../../src/domain/forms/common/economicClasses';
import { seedTables } from './seedTitles';

/** The forms against the tables printed in the seeds: headers, fixed lines, 行次, 表6 names. */
const YEAR: Record<string, number> = { '000': 2025, '001': 2025, '002': 2023, '004': 2024 };
const SEEDS = ['000', '001', '002', '004'];

const squash = (s: string) => s.replace(/\s+/g, '');

function headerDepth(form: FormDef): number {
  return Math.max(...form.panels.flatMap((p) => p.columns.map((c) => c.header.length)));
}

/** The seed's tables with their forms; 002 puts 单位名称 and 单位 on one tab-separated line: dropped. */
function tablesOf(id: string) {
  return seedTables(id).map((t) => ({
    ...t,
    rows: t.rows.filter((r) => !/^单位名称[:：]/.test(r[0])),
    form: matchFormByTitle(t.title)!,
  }));
}

describe.each(SEEDS)('seed %s', (id) => {
  it('every column header path of every form is found among the printed header words', () => {
    const missing: string[] = [];
    for (const { form, rows } of tablesOf(id)) {
      const headerRows = [...rows.slice(0, headerDepth(form)), ...rows.filter((r) => r[0] === '项目')];
      const words = new Set(headerRows.flat().map(squash));
      for (const p of form.panels) {
        for (const c of p.columns) {
          const names = [lowestHeader(c), ...(c.aliases ?? [])].map((h) => squash(fillYear(h, YEAR[id])));
          if (!names.some((n) => words.has(n))) missing.push(`${form.id} ${p.key}.${c.key}`);
          // The upper levels of the path are printed as such (merged cells above the column).
          for (const upper of c.header.slice(0, -1)) {
            const u = squash(fillYear(upper, YEAR[id]));
            if (!words.has(u)) missing.push(`${form.id} ${p.key}.${c.key} "${u}"`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('fixed lines stand where the seed prints them, with their labels and 行次', () => {
    const wrong: string[] = [];
    for (const { form, rows } of tablesOf(id)) {
      if (form.id === 'final/06-basic-detail' || !form.panels.every((p) => p.rows.mode === 'fixed')) continue;
      // 公开10表 prints its header under the first section line and again in section 二: the
      // "项目 …" rows are its header rows wherever they stand.
      const sectioned = form.id === 'final/10-information';
      const skip = sectioned ? 0 : headerDepth(form) + (form.columnNumbers ? 1 : 0);
      // A PDF fragment ("出" alone on a line) is not a table line.
      const body = rows
        .slice(skip)
        .filter((r) => !(r.filter((c) => c !== '').length === 1 && r.includes('出')) && !(sectioned && r[0] === '项目'));
      // A table without data (公开09表 in 004) prints no body line at all.
      if (body.length === 0) continue;
      let offset = 0;
      for (const p of form.panels) {
        const lines = (p.rows as { rows: readonly FixedRowDef[] }).rows;
        const nameCol = offset + p.columns.findIndex((c) => c.type === 'name');
        const lineCol = offset + p.columns.findIndex((c) => c.type === 'lineNo');
        if (body.length < lines.length) wrong.push(`${form.id} ${p.key}: ${body.length} rows < ${lines.length}`);
        lines.forEach((line, i) => {
          const printed = squash(body[i]?.[nameCol] ?? '');
          const labels = [line.label, ...(line.aliases ?? [])].map(squash);
          const labelOk = line.spacer || line.key === 'amount' ? printed === '' : labels.includes(printed);
          if (!labelOk) wrong.push(`${form.id} ${p.key}.${line.key}: printed "${printed}"`);
          if (lineCol >= offset && line.lineNo !== undefined && Number(body[i]?.[lineCol]) !== line.lineNo) {
            wrong.push(`${form.id} ${p.key}.${line.key}: 行次 ${body[i]?.[lineCol]} ≠ ${line.lineNo}`);
          }
        });
        offset += p.columns.length;
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('预算公开表6 rows are identified by name', () => {
  it.each(['000', '001', '002'])('seed %s: every 类 and 款 name resolves to a code under its class', (id) => {
    const t = tablesOf(id).find((x) => x.form.id === 'budget/06-basic-economic')!;
    const body = t.rows.slice(2).filter((r) => r[0] !== '合计');
    expect(body.length).toBeGreaterThan(10);
    let cls: string | undefined;
    const codes = body.map(([name, govName]) => {
      if (govName === '') {
        cls = economicClassByName(name);
        return cls;
      }
      return economicClassByName(name, cls);
    });
    for (const [i, code] of codes.entries()) {
      const isClass = body[i][1] === '';
      expect({ name: body[i][0], ok: !!code && code.length === (isClass ? 3 : 5) }).toEqual({ name: body[i][0], ok: true });
    }
    expect(codes[0]).toBe('301');
    expect(new Set(codes.filter((c) => c!.length === 3))).toEqual(new Set(['301', '302', '303']));
  });
});

describe('公开06表 against seed 004', () => {
  it('each panel prints its codes and names in the modelled order', () => {
    const t = tablesOf('004').find((x) => x.form.id === 'final/06-basic-detail')!;
    const body = t.rows.slice(2);
    t.form.panels.forEach((p, k) => {
      const lines = (p.rows as { rows: readonly FixedRowDef[] }).rows;
      const printed = body.slice(0, 28).map((r) => `${r[3 * k]}|${squash(r[3 * k + 1])}`);
      expect(lines.slice(0, 28).map((l) => (l.spacer ? '|' : `${l.code}|${l.label}`))).toEqual(printed);
    });
    expect(body[28][0]).toBe('人员经费合计');
    expect(body[28][3]).toBe('公用经费合计');
  });

  it('marks the 基本建设 groups the seed prints with dashes', () => {
    const t = tablesOf('004').find((x) => x.form.id === 'final/06-basic-detail')!;
    const dashed = new Set<string>();
    for (const r of t.rows.slice(2, 30)) {
      for (let k = 0; k < 4; k++) if (/^[—-]+$/.test(r[3 * k + 2] ?? '')) dashed.add(r[3 * k]);
    }
    const marked = t.form.panels.flatMap((p) =>
      (p.rows as { rows: readonly FixedRowDef[] }).rows.filter((l) => l.notApplicable).map((l) => l.code),
    );
    expect(new Set(marked)).toEqual(dashed);
  });
});
