import { OfficeGateway } from '../../src/excel/officeGateway';
import { SELF_TEST_NAMESPACE } from '../../src/excel/office/selfTestProbes';
import type { Probe } from '../../src/excel/office/selfTestProbes';
import { TEMPLATE_NAMESPACE } from '../../src/domain/template/metadataXml';
import { SELF_TEST_CAPABILITIES, rowVerdict, selfTestText, type SelfTestCapability, type SelfTestReport } from '../../src/domain/selfTest/selfTestReport';
import { officeErrorSentence } from '../../src/taskpane/shared/officeErrorSentences';
import { seedWorkbook } from '../support/seedWorkbook';
import { FakeOfficeError, FakeWorkbook, fakeHost } from '../support/fakeExcel';
import { FakeOfficeContext } from '../support/fakeOfficeContext';

/**
 * 自检 against the strict fake Excel at the versions the add-in meets: 1.7 (the manifest's minimum),
 * 1.14 (Excel 2021), 1.20 (Microsoft 365 from 2509). Each shows the 不支持 rows that version must show,
 * leaves no temporary sheet, custom XML part, dialog or event handler behind, and gives the user back
 * their sheets, selection and active sheet untouched — also when a probe fails.
 */

interface Setup {
  readonly fake: FakeWorkbook;
  readonly gateway: OfficeGateway;
  readonly context: FakeOfficeContext;
}

/** The seed 001 workbook (汾阳市社会保险中心) as the user has it open: a sheet active, a cell selected, a template part stored. */
function setup(api: string, options: { sharedRuntime?: boolean } = {}): Setup {
  const fake = FakeWorkbook.fromSnapshot(seedWorkbook('001'));
  fake.activeSheet = fake.sheets[1].name;
  fake.selection = { sheet: fake.sheets[1].name, address: 'C7' };
  fake.customXmlParts.push({ id: '{user-part}', namespace: TEMPLATE_NAMESPACE, xml: `<template xmlns="${TEMPLATE_NAMESPACE}"/>` });
  if (options.sharedRuntime) fake.otherSets.set('SharedRuntime', '1.1');
  return { fake, gateway: new OfficeGateway(fakeHost(fake, api)), context: new FakeOfficeContext(fake) };
}

/** Everything of the user's that the self-test must leave as it was. */
function userState(fake: FakeWorkbook): string {
  return JSON.stringify({
    sheets: fake.sheets.map((s) => ({
      name: s.name,
      id: s.id,
      protected: s.protected,
      cells: [...s.cells.entries()],
      merges: s.merges,
      conditionalFormats: s.conditionalFormats,
      charts: s.charts,
    })),
    parts: fake.customXmlParts,
    selection: fake.selection,
    active: fake.activeSheet,
  });
}

const outcomeOf = (report: SelfTestReport, capability: SelfTestCapability) => report.rows.find((r) => r.capability === capability)!.outcome;

const byVerdict = (report: SelfTestReport, verdict: string): SelfTestCapability[] =>
  report.rows.filter((r) => rowVerdict(r.outcome, officeErrorSentence).verdict === verdict).map((r) => r.capability);

describe('自检 at each ExcelApi version', () => {
  it.each([
    // ExcelApi 1.7: no merged-area read (1.13), no multi-area select (1.18), no undo group (1.20); no shared runtime.
    ['1.7', false, ['mergedAreas', 'selectAreas', 'sharedRuntime', 'undoGroup']],
    // Excel 2021 (1.14): multi-area select and the undo group missing.
    ['1.14', false, ['selectAreas', 'sharedRuntime', 'undoGroup']],
    // Microsoft 365 from 2509 with a shared runtime: everything.
    ['1.20', true, []],
  ])('ExcelApi %s (shared runtime: %s): 不支持 exactly %j, every other row 通过, nothing left behind', async (api, sharedRuntime, unsupported) => {
    const { fake, gateway, context } = setup(api, { sharedRuntime });
    const before = userState(fake);
    const sheetsBefore = fake.sheets.length;

    const report = await gateway.runSelfTest(context, { eventWaitMs: 1000 });

    // One row per capability, in the report's order.
    expect(report.rows.map((r) => r.capability)).toEqual([...SELF_TEST_CAPABILITIES]);
    expect(byVerdict(report, '失败')).toEqual([]);
    expect(byVerdict(report, '不支持')).toEqual(unsupported);
    // The reason names the set that is missing.
    if (unsupported.includes('selectAreas')) expect(outcomeOf(report, 'selectAreas')).toMatchObject({ kind: 'unsupported', needs: 'ExcelApi 1.18' });
    if (unsupported.includes('undoGroup')) expect(outcomeOf(report, 'undoGroup')).toMatchObject({ kind: 'unsupported', needs: 'ExcelApi 1.20' });

    // The temporary sheet is gone, the user's sheets, parts, selection and active sheet are as they were.
    expect(fake.sheets.length).toBe(sheetsBefore);
    expect(fake.sheets.some((s) => s.name === report.tempSheet)).toBe(false);
    expect(report.tempSheet).toMatch(/^自检临时表-/);
    expect(userState(fake)).toBe(before);
    expect(fake.customXmlParts.some((p) => p.namespace === SELF_TEST_NAMESPACE)).toBe(false);
    expect(fake.changeHandlers.size).toBe(0);
    expect(context.dialogsOpen).toBe(0);
    expect(context.dialogsOpened).toBe(1);

    // The requirement sets as this Excel answers them.
    const excelApi = report.apiSets.find((s) => s.set === 'ExcelApi')!;
    expect(excelApi.supported[excelApi.supported.length - 1]).toBe(api);
    expect(report.environment).toMatchObject({ host: 'Excel', platform: 'PC' });
  });

  it('reads back values, types, number format and formula as written, and says how events arrived at each version', async () => {
    for (const [api, how] of [
      ['1.7', /逐个工作表订阅.*不含来源/],
      ['1.14', /整个工作簿一次订阅，来源 ThisLocalAddin/],
    ] as const) {
      const { gateway, context } = setup(api);
      const report = await gateway.runSelfTest(context, { eventWaitMs: 1000 });
      expect(outcomeOf(report, 'read')).toEqual({ kind: 'pass', note: '值、类型、数字格式、公式与写入的一致' });
      expect(outcomeOf(report, 'changeEvents')).toMatchObject({ kind: 'pass', note: expect.stringMatching(how) });
    }
  });

  it('at 1.20 Excel takes the undo group; deleting the temporary sheet still clears the user’s undo stack (the pane warns before it starts)', async () => {
    const { fake, gateway, context } = setup('1.20', { sharedRuntime: true });
    await fake.userEdit(fake.sheets[1].name, 'C7', 5);
    expect(fake.undoStack).toEqual([`user ${fake.sheets[1].name}!C7`]);
    const report = await gateway.runSelfTest(context, { eventWaitMs: 1000 });
    expect(outcomeOf(report, 'undoGroup').kind).toBe('pass');
    // Worksheet.delete is on Microsoft's list of APIs that clear the undo stack at every version.
    expect(fake.undoStack).toEqual([]);
  });

  it('gives back several selected areas at 1.20 (RangeAreas.select) and the active sheet', async () => {
    const { fake, gateway, context } = setup('1.20', { sharedRuntime: true });
    fake.selection = { sheet: fake.sheets[1].name, address: 'C7:C8,E7' };
    const report = await gateway.runSelfTest(context, { eventWaitMs: 1000 });
    expect(outcomeOf(report, 'selectAreas')).toEqual({ kind: 'pass', note: '选中 A1:A2 和 C1:C3' });
    expect(fake.selection).toEqual({ sheet: fake.sheets[1].name, address: 'C7:C8,E7' });
    expect(fake.activeSheet).toBe(fake.sheets[1].name);
  });

  it('names the protected sheets and a protected workbook structure, writing nothing to them', async () => {
    const { fake, gateway, context } = setup('1.14');
    fake.sheets[2].protected = true;
    const before = userState(fake);
    const report = await gateway.runSelfTest(context, { eventWaitMs: 1000 });
    expect(outcomeOf(report, 'protection')).toEqual({
      kind: 'pass',
      note: `受保护的工作表：${fake.sheets[2].name}（这些表照常检查，但不写标记）；工作簿结构未保护`,
    });
    expect(userState(fake)).toBe(before);
  });

  it('picks a sheet name no sheet has (Excel compares names without case)', async () => {
    const { fake, gateway, context } = setup('1.14');
    fake.addSheet('自检临时表-I'); // what the first random draw below gives, in other case
    const random = jest.spyOn(Math, 'random');
    random.mockReturnValueOnce(0.5).mockReturnValueOnce(0.25);
    try {
      const report = await gateway.runSelfTest(context, { eventWaitMs: 1000 });
      expect(report.tempSheet).toBe('自检临时表-9');
      expect(outcomeOf(report, 'tempSheet').kind).toBe('pass');
      expect(fake.sheet('自检临时表-I')).toBeDefined();
    } finally {
      random.mockRestore();
    }
  });
});

describe('自检 when something fails', () => {
  it('a probe that fails with an Office error after writing to the sheet: 失败 with the Chinese sentence, and the sheet still goes', async () => {
    const { fake, gateway, context } = setup('1.14');
    const before = userState(fake);
    const breaking: Probe = {
      capability: 'chart',
      needsSheet: true,
      run: async ({ office, sheet }) =>
        office.write(async (ctx) => {
          ctx.workbook.worksheets.getItem(sheet.name).getRange('A1:B2').conditionalFormats.add('Custom');
          await ctx.sync();
          throw new FakeOfficeError('GeneralException', 'An internal error has occurred.');
        }),
    };
    const report = await gateway.runSelfTest(context, { eventWaitMs: 1000, probes: [breaking] });
    const failed = report.rows.find((r) => r.capability === 'chart')!;
    expect(failed.outcome).toEqual({ kind: 'fail', code: 'GeneralException', message: 'An internal error has occurred.' });
    expect(rowVerdict(failed.outcome, officeErrorSentence)).toEqual({
      verdict: '失败',
      reason: `${officeErrorSentence('GeneralException')}（Excel 错误代码：GeneralException；An internal error has occurred.）`,
    });
    expect(outcomeOf(report, 'tempSheet').kind).toBe('pass');
    expect(fake.sheets.some((s) => s.name === report.tempSheet)).toBe(false);
    expect(userState(fake)).toBe(before);
  });

  it('events turned off by someone else (Runtime.enableEvents, 1.8+): the events row says so; at 1.7 the wait runs out; the sheet goes', async () => {
    for (const [api, said] of [
      ['1.14', /Runtime\.enableEvents 为 false/],
      ['1.7', /秒内没有收到变更事件/],
    ] as const) {
      const { fake, gateway, context } = setup(api);
      fake.eventsEnabled = false;
      const before = userState(fake);
      const report = await gateway.runSelfTest(context, { eventWaitMs: 200 });
      expect(outcomeOf(report, 'changeEvents')).toMatchObject({ kind: 'fail', message: expect.stringMatching(said) });
      expect(byVerdict(report, '失败')).toEqual(['changeEvents']);
      expect(userState(fake)).toBe(before);
      expect(fake.changeHandlers.size).toBe(0);
    }
  });

  it('a workbook whose structure is protected: no sheet can be made; the sheet rows say why, the others still run', async () => {
    const { fake, gateway, context } = setup('1.14');
    fake.structureProtected = true;
    const before = userState(fake);
    const report = await gateway.runSelfTest(context, { eventWaitMs: 200 });
    expect(outcomeOf(report, 'tempSheet')).toMatchObject({ kind: 'fail', code: 'AccessDenied' });
    expect(rowVerdict(outcomeOf(report, 'tempSheet'), officeErrorSentence).reason).toContain('工作簿或工作表受保护');
    expect(outcomeOf(report, 'read')).toEqual({ kind: 'fail', code: null, message: '未运行：临时工作表未能新建。' });
    expect(outcomeOf(report, 'customXml').kind).toBe('pass');
    expect(outcomeOf(report, 'protection')).toMatchObject({ kind: 'pass', note: expect.stringContaining('工作簿结构受保护') });
    expect(userState(fake)).toBe(before);
  });

  it('a dialog Office refuses (12007: one is already open) is 失败 with the reason', async () => {
    const { gateway, context } = setup('1.14');
    context.dialogError = { code: 12007, message: '已有一个本加载项的对话框打开着。请先关闭它，再试一次。' };
    const report = await gateway.runSelfTest(context, { eventWaitMs: 1000 });
    expect(outcomeOf(report, 'dialog')).toEqual({ kind: 'fail', code: null, message: '已有一个本加载项的对话框打开着。请先关闭它，再试一次。（对话框错误 12007）' });
  });
});

describe('the report 复制 copies', () => {
  it('has the version, platform, web view, sets, every row with its reason and time, and the total', async () => {
    const { gateway, context } = setup('1.14');
    const report = await gateway.runSelfTest(context, { eventWaitMs: 1000 });
    const text = selfTestText(report, officeErrorSentence);
    const lines = text.split('\n');
    expect(lines[0]).toBe('预算公开助手 自检报告');
    expect(text).toContain('Excel：Excel 16.0.18526.20168，Windows 桌面版（PC）');
    expect(text).toContain('ExcelApi 最高版本：1.14');
    expect(text).toContain(`浏览器内核：${context.webView}`);
    expect(text).toMatch(/结果：12 项：通过 9，不支持 3，失败 0，用时 \d+ 毫秒/);
    expect(text).toMatch(/- 同时选中多个区域：不支持。需要 ExcelApi 1\.18；点击一条涉及多个单元格的结果时，只选中它自己的单元格（\d+ 毫秒；用于点击一条结果时选中所有相关单元格）/);
    expect(text).toContain('- ExcelApi：1.1–1.14（检查了 1.1、1.2');
    expect(text).toContain('- DialogApi：1.1–1.2');
    expect(text).toContain('- SharedRuntime：无');
    expect(lines.filter((l) => /^- .*：(通过|不支持|失败)/.test(l))).toHaveLength(12);
  });
});
