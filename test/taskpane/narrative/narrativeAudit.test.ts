import { auditNarrative } from '../../../src/domain/narrative/audit/auditNarrative';
import { writtenFromText } from '../../../src/domain/narrative/audit/writtenNarrative';
import { readParameters } from '../../../src/domain/parameters/parameterSheet';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { OfficeGateway } from '../../../src/excel/officeGateway';
import { findingAddress, findingCells, groupFindings, statusLine } from '../../../src/taskpane/shared/findingGroups';
import { auditWrittenNarrative } from '../../../src/taskpane/narrative/narrativeAudit';
import { narrativeSheetLayout } from '../../../src/taskpane/narrative/narrativeSheet';
import { PaneBridge } from '../../../src/taskpane/paneBridge';
import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { FakeWorkbook, fakeHost } from '../../support/fakeExcel';
import { narrativeDocx, publishedNarrative } from '../../support/narrativeFiles';
import { seedWorkbook } from '../../support/seedWorkbook';
import { narrativeOf, seedWithInputs } from '../../domain/narrative/narrativeFixtures';

/**
 * 说明 → 校验已有说明 through the Office.js gateway on the strict fake: a Word file, a text file or the
 * 情况说明 sheet, checked against the workbook in Excel; the findings go to the 校验 list under their
 * own heading, and clicking one selects the table cell it was compared with. Seed 004's published
 * text holds eight contradictions established by hand (publishedNarratives.test.ts).
 */
function inExcel(wb: WorkbookSnapshot): { fake: FakeWorkbook; gateway: OfficeGateway } {
  const fake = FakeWorkbook.fromSnapshot(wb);
  return { fake, gateway: new OfficeGateway(fakeHost(fake)) };
}

const text004 = publishedNarrative('004');
const key = (f: { rule: string; paragraph?: number; quote?: string; sheet: string | null; cell: string | null }) => `${f.rule}|${f.paragraph}|${f.quote}|${f.sheet}!${f.cell}`;

describe('校验已有说明 in the pane', () => {
  test('a .docx chosen by the user: the same findings as the engine on the workbook itself, seed 004’s eight contradictions among them', async () => {
    const seed = seedWorkbook('004');
    const { gateway } = inExcel(seed);
    const bytes = await narrativeDocx(writtenFromText(text004));
    const a = await auditWrittenNarrative(gateway, { kind: 'file', name: '情况说明.docx', bytes });
    expect(a.source).toBe('情况说明.docx');
    const direct = auditNarrative(writtenFromText(text004), seed, recognize(seed), readParameters(seed));
    expect(a.findings.map(key)).toEqual(direct.map(key));
    expect(a.findings.filter((f) => f.severity !== 'info').map((f) => f.quote)).toEqual(['用于用于', '3.41万元', '3.41万元', '112.76万元', '15.55万元', '3.41万元', '机关事业单位基本养老保险', '其他社会保障缴费']);
  });

  test('a .txt in GB18030 as Notepad saves it reads the same', async () => {
    const { gateway } = inExcel(seedWorkbook('004'));
    const { encodeGb18030 } = await import('../../support/gb18030');
    const utf8 = await auditWrittenNarrative(gateway, { kind: 'file', name: '情况说明.txt', bytes: new TextEncoder().encode(text004) });
    const gb = await auditWrittenNarrative(gateway, { kind: 'file', name: '说明.TXT', bytes: encodeGb18030(text004) });
    expect(gb.findings.map(key)).toEqual(utf8.findings.map(key));
  });

  test('the 情况说明 sheet 插入情况说明工作表 wrote: read from Excel, nothing to report', async () => {
    const wb = seedWithInputs('002');
    const { gateway } = inExcel(wb);
    await gateway.writeLayouts([narrativeSheetLayout(narrativeOf(wb))]);
    const a = await auditWrittenNarrative(gateway, { kind: 'sheet' });
    expect(a.source).toBe('情况说明');
    expect(a.findings).toEqual([]);
  });

  test('the published text pasted into a sheet named 情况说明, one paragraph a row: the same findings as the file', async () => {
    const seed = seedWorkbook('004');
    const rows = text004.split('\n').filter((l) => l.trim() !== '').map((l) => [l]);
    const { gateway } = inExcel({ ...seed, sheets: [...seed.sheets, { name: '2024情况说明', values: rows }] });
    const fromSheet = await auditWrittenNarrative(gateway, { kind: 'sheet' });
    expect(fromSheet.source).toBe('2024情况说明');
    const fromFile = await auditWrittenNarrative(inExcel(seed).gateway, { kind: 'file', name: 'a.txt', bytes: new TextEncoder().encode(text004) });
    expect(fromSheet.findings.filter((f) => f.severity !== 'info').map(key)).toEqual(fromFile.findings.filter((f) => f.severity !== 'info').map(key));
  });

  test('what cannot be checked says why', async () => {
    const { gateway } = inExcel(seedWorkbook('004'));
    await expect(auditWrittenNarrative(gateway, { kind: 'sheet' })).rejects.toThrow('没有名称含“情况说明”的工作表');
    await expect(auditWrittenNarrative(gateway, { kind: 'file', name: '说明.pdf', bytes: new Uint8Array([1]) })).rejects.toThrow('不是 Word（.docx）或文本（.txt）文件');
    await expect(auditWrittenNarrative(gateway, { kind: 'file', name: '说明.doc', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) })).rejects.toThrow('另存为 .docx');
    await expect(auditWrittenNarrative(inExcel({ sheets: [{ name: 'Sheet1', values: [['x']] }] }).gateway, { kind: 'file', name: 'a.txt', bytes: new TextEncoder().encode(text004) })).rejects.toThrow('没有识别到公开表');
  });

  test('in the 校验 list: after the tables, under the file’s heading, contradictions first; clicking one selects the table cell in Excel', async () => {
    const seed = seedWorkbook('004');
    const { fake, gateway } = inExcel(seed);
    const bridge = new PaneBridge();
    let listed: Awaited<ReturnType<typeof auditWrittenNarrative>> | null = null;
    let front = false;
    bridge.connectTabs(() => (front = true));
    bridge.connectNarrativeAudit((x) => (listed = x));
    const a = await auditWrittenNarrative(gateway, { kind: 'file', name: '情况说明.txt', bytes: new TextEncoder().encode(text004) });
    expect(bridge.showNarrativeAudit(a)).toBe(true);
    expect(listed).toBe(a);
    expect(front).toBe(true);

    const tables = checkWorkbook(seed).findings;
    const groups = groupFindings([...tables, ...a.findings], { kind: 'final' }, '情况说明“情况说明.txt”');
    const last = groups[groups.length - 1];
    expect(groups.filter((g) => g.key === 'narrative')).toHaveLength(1);
    expect(last.title).toBe('情况说明“情况说明.txt”');
    expect(last.findings).toHaveLength(a.findings.length);
    // The contradictions first, then what could not be checked (信息); each in paragraph order.
    const order = (sev: string) => a.findings.filter((f) => f.severity === sev).map((f) => f.paragraph!).sort((x, y) => x - y);
    expect(last.findings.map((f) => f.paragraph)).toEqual([...order('error'), ...order('warning'), ...order('info')]);
    expect(last.findings[0].severity).toBe('warning');
    // The table groups are as before.
    expect(groups.slice(0, -1).flatMap((g) => g.findings)).toHaveLength(tables.length);
    expect(statusLine([...tables, ...a.findings])).toMatch(/^0 个错误 · \d+ 个尾数差异 · \d+ 个提示 · \d+ 个信息$/);

    // 112.76 written for 公开06表 绩效工资: the click lands on that cell.
    const slip = a.findings.find((f) => f.quote === '112.76万元')!;
    expect(findingAddress(slip)).toBe('Sheet6!C14');
    await gateway.selectCells(findingCells(slip));
    expect(fake.selection).toEqual({ sheet: 'Sheet6', address: 'C14' });
    // A slip of the text itself has no cell: it says its paragraph, and a click selects nothing.
    const doubled = a.findings.find((f) => f.quote === '用于用于')!;
    expect(findingAddress(doubled)).toBe(`第${doubled.paragraph}段`);
    expect(findingCells(doubled)).toEqual([]);
  });
});
