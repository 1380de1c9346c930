import { auditNarrative } from '../../../../src/domain/narrative/audit/auditNarrative';
import { writtenFromSheet } from '../../../../src/domain/narrative/audit/sheetNarrative';
import { writtenFromText, type WrittenNarrative } from '../../../../src/domain/narrative/audit/writtenNarrative';
import { readParameters } from '../../../../src/domain/parameters/parameterSheet';
import { recognize } from '../../../../src/domain/recognition/recognize';
import type { WorkbookSnapshot } from '../../../../src/domain/workbook/snapshot';
import { readNarrativeBytes } from '../../../../src/narrativeInput/readNarrativeFile';
import { narrativeToDocx } from '../../../../src/output/narrativeDocx';
import { narrativeToText } from '../../../../src/output/narrativeText';
import { narrativeSheetLayout } from '../../../../src/taskpane/narrative/narrativeSheet';
import { seedWorkbook, type SeedId } from '../../../support/seedWorkbook';
import { layoutSnapshot } from '../../template/layoutSnapshot';
import { narrativeOf, seedWithInputs } from '../narrativeFixtures';

/**
 * Both directions of one mapping: the product's own 情况说明 of every seed, written out as text, as
 * Word and as the 情况说明 sheet, read back and audited against the same workbook, has nothing to
 * report — every figure ties to the cells it came from and equals them.
 */
const SEEDS: readonly SeedId[] = ['000', '001', '002', '004'];

function audit(w: WrittenNarrative, wb: WorkbookSnapshot) {
  return auditNarrative(w, wb, recognize(wb), readParameters(wb));
}

describe.each(SEEDS)('seed %s: the generated 情况说明 passes its own audit', (id) => {
  const wb = seedWithInputs(id);
  const n = narrativeOf(wb);

  test('it is complete (no input left to fill in)', () => {
    expect(n.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.runs.filter((r) => r.missing).map((r) => r.text)))).toEqual([]);
  });

  test('as text: zero findings', () => {
    expect(audit(writtenFromText(narrativeToText(n)), wb)).toEqual([]);
  });

  test('as the Word file 下载 Word 文件 writes (charts and their tables included): zero findings', async () => {
    const written = await readNarrativeBytes('情况说明.docx', await narrativeToDocx(n));
    expect(written.paragraphs.some((p) => p.cells)).toBe(n.charts.length > 0);
    expect(audit(written, wb)).toEqual([]);
  });

  test('as the sheet 插入情况说明工作表 writes, inside the workbook: zero findings', () => {
    const withSheet: WorkbookSnapshot = { ...wb, sheets: [...wb.sheets, layoutSnapshot(narrativeSheetLayout(n))] };
    const written = writtenFromSheet(withSheet);
    expect(written).not.toBeNull();
    expect(audit(written!, withSheet)).toEqual([]);
  });
});

describe.each(SEEDS)('seed %s without any 说明参数', (id) => {
  test('the generated text audits to its 【请填写…】 placeholders and nothing else', () => {
    const wb = seedWorkbook(id);
    const n = narrativeOf(wb);
    const placeholders = n.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.runs.filter((r) => r.missing).map((r) => r.text)));
    expect(placeholders.length).toBeGreaterThan(0);
    const findings = audit(writtenFromText(narrativeToText(n)), wb);
    expect(findings.map((f) => f.quote).sort()).toEqual([...placeholders].sort());
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['narrative-placeholder']));
  });
});
