import type { Mark, WorkbookGateway } from '../../src/excel/workbookGateway';
import { ProtectedSheetError, SheetExistsError, WorkbookProtectedError } from '../../src/excel/workbookGateway';
import { checkWorkbook } from '../../src/domain/checks/checkWorkbook';
import { findingMarks } from '../../src/excel/findingMarks';
import type { CellRef } from '../../src/domain/findings/finding';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { cellAt, cellKey } from '../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../support/seedWorkbook';
import { builtinCatalog } from '../../src/domain/catalog/builtinCatalog';
import { catalogFromCsv } from '../../src/domain/catalog/catalogImport';
import { catalogFromXml, catalogToXml } from '../../src/domain/catalog/catalogXml';
import { planFill } from '../../src/domain/fill/planFill';
import { applyPlanToSnapshot } from '../../src/domain/fill/undo';
import { recognize } from '../../src/domain/recognition/recognize';
import { cellOf } from '../../src/domain/checks/selectCell';
import { blankTables, tableOf } from '../domain/fill/blankTables';
import { sampleLayout } from './sampleLayout';

/** How a contract test sees one implementation. */
export interface GatewayUnderTest {
  readonly gateway: WorkbookGateway;
  /** The add-in's marks now in the workbook. */
  marks(): Mark[];
  /** Number of conditional formats that are not the add-in's (user rules, template sum rules). */
  otherFormats(): number;
  selection(): CellRef[] | null;
  /** A user typing a value into a cell (the host's change event with a user trigger). */
  userEdit(sheet: string, address: string, value: number): Promise<void>;
  /** The user protects a sheet (审阅 › 保护工作表), or the workbook's structure (保护工作簿) when sheet is null. */
  protect(sheet: string | null): void;
}

export type MakeGateway = (wb: WorkbookSnapshot) => GatewayUnderTest;

/** Trailing nulls are not part of a sheet's content (hosts differ in how they pad rows). */
export function trimmed(values: readonly (readonly unknown[])[]): unknown[][] {
  const rows = values.map((r) => {
    const out = [...r];
    while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
    return out;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

const byAddress = (a: Mark, b: Mark): number => `${a.sheet}!${a.address}`.localeCompare(`${b.sheet}!${b.address}`);

/** The behaviour every WorkbookGateway must have; run against the memory and the Office.js adapters. */
/**
 * What the host can do that the contract depends on: selecting several areas at once needs ExcelApi
 * 1.18 (before it, the finding's first cell is selected).
 */
export interface ContractOptions {
  readonly selectsSeveralAreas: boolean;
}

export function gatewayContract(label: string, make: MakeGateway, options: ContractOptions = { selectsSeveralAreas: true }): void {
  describe(`${label}: WorkbookGateway contract`, () => {
    const seed = seedWorkbook('001');

    it('reads back the seed workbook cell for cell, codes as text-formatted', async () => {
      const t = make(seed);
      const snap = await t.gateway.readSnapshot();
      expect(snap.sheets.map((s) => s.name)).toEqual(seed.sheets.map((s) => s.name));
      snap.sheets.forEach((s, i) => {
        expect(trimmed(s.values)).toEqual(trimmed(seed.sheets[i].values));
        expect([...(s.textFormatted ?? [])].sort()).toEqual([...(seed.sheets[i].textFormatted ?? [])].sort());
      });
      expect(await t.gateway.sheetNames()).toEqual(seed.sheets.map((s) => s.name));
    });

    it('names the sheet of a user edit: the change event’s sheet is one of sheetIds(), mapped to the edited sheet', async () => {
      const t = make(seed);
      const ids = await t.gateway.sheetIds();
      expect(ids.map((s) => s.name)).toEqual(seed.sheets.map((s) => s.name));
      expect(new Set(ids.map((s) => s.id)).size).toBe(ids.length);
      const seen: string[] = [];
      const off = await t.gateway.onChanged((c) => seen.push(c.sheet));
      const target = seed.sheets[2].name;
      await t.userEdit(target, 'C6', 1234.56);
      await off();
      expect(seen).toHaveLength(1);
      expect(ids.find((s) => s.id === seen[0])?.name).toBe(target);
    });

    it('writes a layout to a new sheet: codes stay text ("0101"), names starting with = or - stay text', async () => {
      const t = make(seed);
      await t.gateway.writeLayouts([sampleLayout()]);
      const snap = await t.gateway.readSnapshot();
      const sheet = snap.sheets.find((s) => s.name === '预算公开表3')!;
      expect(sheet).toBeDefined();
      expect(cellAt(sheet, 4, 0)).toBe('2080501');
      expect(cellAt(sheet, 5, 0)).toBe('0101');
      expect(cellAt(sheet, 4, 1)).toBe('=行政单位离退休');
      expect(cellAt(sheet, 5, 1)).toBe('-其他');
      expect(cellAt(sheet, 3, 2)).toBe(1234.56);
      expect(sheet.formulas?.has(cellKey(4, 1))).toBe(false);
      expect(sheet.textFormatted?.has(cellKey(5, 0))).toBe(true);
      // The template's sum rule is a conditional format of the workbook's own, not a mark.
      expect(t.otherFormats()).toBe(1);
      expect(t.marks()).toEqual([]);
    });

    it('writes a layout cell that carries a formula as a formula (a template total), text "=…" still as text', async () => {
      const t = make(seed);
      const base = sampleLayout('合计公式');
      const layout = { ...base, cells: [...base.cells, { row: 6, col: 2, value: 1234.56, style: 'total' as const, formula: '=SUM(C5:C6)' }] };
      await t.gateway.writeLayouts([layout]);
      const sheet = (await t.gateway.readSnapshot()).sheets.find((s) => s.name === '合计公式')!;
      expect(sheet.formulas?.has(cellKey(6, 2))).toBe(true);
      expect(sheet.formulas?.has(cellKey(4, 1))).toBe(false);
    });

    it('refuses to overwrite an existing sheet and writes nothing', async () => {
      const t = make(seed);
      const before = await t.gateway.readSnapshot();
      const existing = seed.sheets[2].name;
      await expect(t.gateway.writeLayouts([sampleLayout('新表'), sampleLayout(existing.toUpperCase())])).rejects.toThrow(SheetExistsError);
      await expect(t.gateway.writeLayouts([sampleLayout(existing)])).rejects.toThrow(`工作表已存在，不会覆盖：${existing}`);
      const after = await t.gateway.readSnapshot();
      expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
      expect(trimmed(after.sheets[2].values)).toEqual(trimmed(before.sheets[2].values));
    });

    it('writes single cells: amounts as numbers, codes as text', async () => {
      const t = make(seed);
      const sheet = seed.sheets[0].name;
      await t.gateway.writeCells([
        { sheet, address: 'B5', value: 99.5 },
        { sheet, address: 'A40', value: '2010301' },
        { sheet, address: 'B40', value: '+补充' },
      ]);
      const s = (await t.gateway.readSnapshot()).sheets[0];
      expect(cellAt(s, 4, 1)).toBe(99.5);
      expect(cellAt(s, 39, 0)).toBe('2010301');
      expect(cellAt(s, 39, 1)).toBe('+补充');
    });

    it('marks replace earlier marks, clearMarks removes only the add-in marks', async () => {
      const t = make(seed);
      await t.gateway.writeLayouts([sampleLayout()]); // brings one template sum rule
      const [s1, s2] = [seed.sheets[0].name, seed.sheets[3].name];
      const first: Mark[] = [
        { sheet: s1, address: 'C7', severity: 'error' },
        { sheet: s1, address: 'D9', severity: 'warning' },
        { sheet: s2, address: 'B6', severity: 'error' },
      ];
      await t.gateway.applyMarks(first);
      expect([...t.marks()].sort(byAddress)).toEqual([...first].sort(byAddress));
      expect(t.otherFormats()).toBe(1);

      await t.gateway.applyMarks([{ sheet: s2, address: 'C6', severity: 'info' }]);
      expect(t.marks()).toEqual([{ sheet: s2, address: 'C6', severity: 'info' }]);

      await t.gateway.clearMarks();
      expect(t.marks()).toEqual([]);
      expect(t.otherFormats()).toBe(1);
    });

    it('fill: inserts rows, writes, and 撤销 restores every cell, text format and row exactly', async () => {
      // Seed 000 with 表1/表4/表5 blanked, one 表3 subject row removed (an insertion) and a mistyped 表1 figure kept.
      const published = seedWorkbook('000');
      const t3 = tableOf(published, 3).sheet;
      let wb: WorkbookSnapshot = blankTables(published, [1, 4, 5]);
      wb = { ...wb, sheets: wb.sheets.map((s) => (s.name === t3 ? { ...s, values: s.values.filter((_, i) => i !== 7) } : s)) };
      const rec = recognize(wb);
      const plan = planFill(wb, rec, builtinCatalog(rec.year ?? 2025));
      expect(plan.insertions.length).toBeGreaterThan(0);
      expect(plan.writes.length).toBeGreaterThan(50);
      const expected = applyPlanToSnapshot(wb, plan, () => true).wb;

      const t = make(wb);
      const before = await t.gateway.readSnapshot();
      const undo = await t.gateway.writeBatch({
        insertions: plan.insertions,
        writes: [...plan.writes, ...plan.conflicts].map((w) => ({ sheet: w.sheet, address: w.address, value: w.value })),
      });
      expect(undo.insertedRows).toHaveLength(plan.insertions.length);
      expect(undo.cells.map((c) => c.value)).toEqual([...plan.writes, ...plan.conflicts].map((w) => w.previous));
      const filled = await t.gateway.readSnapshot();
      filled.sheets.forEach((s, i) => expect([s.name, trimmed(s.values)]).toEqual([expected.sheets[i].name, trimmed(expected.sheets[i].values)]));

      await t.gateway.restore(undo);
      const restored = await t.gateway.readSnapshot();
      restored.sheets.forEach((s, i) => {
        expect([s.name, trimmed(s.values)]).toEqual([before.sheets[i].name, trimmed(before.sheets[i].values)]);
        expect([...(s.textFormatted ?? [])].sort()).toEqual([...(before.sheets[i].textFormatted ?? [])].sort());
        expect([...(s.merges ?? [])].sort()).toEqual([...(before.sheets[i].merges ?? [])].sort());
      });
    });

    it('a protected sheet is read and checked, its marks are skipped and named; fill, 撤销 and new sheets are refused in Chinese, nothing written', async () => {
      // Seed 000 with 表3's total overtyped: the error is on the sheet the user then protects.
      const published = seedWorkbook('000');
      const t3 = recognize(published).tables.find((x) => x.kind === 'budget' && x.no === 3)!;
      const other = published.sheets.find((x) => x.name !== t3.sheet)!.name;
      const t = make(published);
      await t.gateway.applyMarks([{ sheet: t3.sheet, address: 'A1', severity: 'info' }]); // an old mark, before protection
      const total = cellOf(t3, { panel: 'main', row: 'total', column: 'total' })!.cell;
      await t.userEdit(t3.sheet, total.address, Number(total.amount.value) + 1);
      t.protect(t3.sheet);

      const read = await t.gateway.readForMarks();
      const findings = checkWorkbook(read.snapshot).findings;
      expect(findings.some((f) => f.sheet === t3.sheet && f.cell === total.address && f.severity === 'error')).toBe(true);
      const outcome = await read.replaceMarks([...findingMarks(findings), { sheet: other, address: 'B2', severity: 'warning' }]);
      expect(outcome.protectedSheets).toEqual([t3.sheet]);
      // The protected sheet keeps exactly what it had; the others are marked.
      expect(t.marks().filter((m) => m.sheet === t3.sheet)).toEqual([{ sheet: t3.sheet, address: 'A1', severity: 'info' }]);
      expect(t.marks()).toContainEqual({ sheet: other, address: 'B2', severity: 'warning' });
      expect((await t.gateway.clearMarks()).protectedSheets).toEqual([t3.sheet]);
      expect(t.marks()).toEqual([{ sheet: t3.sheet, address: 'A1', severity: 'info' }]);

      const before = await t.gateway.readSnapshot();
      const fill = t.gateway.writeBatch({
        insertions: [{ sheet: other, beforeRow: 3, values: ['2080109', '社会保险经办机构'] }],
        writes: [
          { sheet: other, address: 'H1', value: 1 },
          { sheet: t3.sheet, address: 'H2', value: 2 },
        ],
      });
      await expect(fill).rejects.toThrow(ProtectedSheetError);
      await expect(fill).rejects.toThrow(`工作表“${t3.sheet}”受保护，无法填充。请在“审阅”选项卡中点“撤销工作表保护”，再填充。`);
      const undo = { cells: [{ sheet: t3.sheet, address: 'H2', written: 2, value: null, formula: null, numberFormat: 'General' }], insertedRows: [] };
      await expect(t.gateway.restore(undo)).rejects.toThrow(`工作表“${t3.sheet}”受保护，无法撤销填充`);
      await expect(t.gateway.writeCells([{ sheet: t3.sheet, address: 'H3', value: 3 }])).rejects.toThrow(`工作表“${t3.sheet}”受保护，无法写入`);
      const after = await t.gateway.readSnapshot();
      after.sheets.forEach((x, i) => expect([x.name, trimmed(x.values)]).toEqual([before.sheets[i].name, trimmed(before.sheets[i].values)]));

      t.protect(null);
      await expect(t.gateway.writeLayouts([sampleLayout('新表')])).rejects.toThrow(WorkbookProtectedError);
      await expect(t.gateway.writeLayouts([sampleLayout('新表')])).rejects.toThrow('工作簿结构受保护，无法插入工作表“新表”');
      expect(await t.gateway.sheetNames()).toEqual(published.sheets.map((x) => x.name));
    });

    it('stores an imported catalog in the workbook and reads it back with the snapshot', async () => {
      const t = make(seed);
      expect((await t.gateway.readSnapshot()).catalogXml).toBeUndefined();
      const imported = catalogFromCsv('科目编码,科目名称\n2080109,社会保险经办机构\n2130199,其他农业农村支出\n', 2025, '2025年科目.csv').catalog;
      await t.gateway.storeCatalogXml(catalogToXml(imported));
      await t.gateway.storeCatalogXml(catalogToXml(imported)); // replaces, never piles up
      const xml = (await t.gateway.readSnapshot()).catalogXml;
      expect(catalogFromXml(xml!)?.lookup('function', '2080109')?.name).toBe('社会保险经办机构');
      await t.gateway.storeCatalogXml(null);
      expect((await t.gateway.readSnapshot()).catalogXml).toBeUndefined();
    });

    it('selects the cells of the first sheet named', async () => {
      const t = make(seed);
      const [s1, s2] = [seed.sheets[0].name, seed.sheets[1].name];
      await t.gateway.selectCells([
        { sheet: s1, address: 'C7' },
        { sheet: s2, address: 'A1' },
        { sheet: s1, address: 'C8' },
      ]);
      const sel = t.selection();
      expect(sel?.map((r) => `${r.sheet}!${r.address}`)).toEqual(options.selectsSeveralAreas ? [`${s1}!C7`, `${s1}!C8`] : [`${s1}!C7`]);
    });
  });
}
