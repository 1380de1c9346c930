import type { SelfTestCapability, SelfTestOutcome } from '../../domain/selfTest/selfTestReport';
import { splitAreaAddresses } from '../rangeAreas';
import type { WorkbookChange } from '../workbookGateway';
import { onChanged } from './events';
import type { OfficeAccess } from './officeAccess';
import type { OfficeContextProbe } from './officeContextProbe';
import { selectCells } from './selection';

/**
 * The probes of 自检, one small function per capability the add-in uses. Each does on the temporary sheet
 * what the add-in does on the user's (through the add-in's own code where it can: selectCells, onChanged),
 * checks what Excel answers, and cleans up after itself. A probe returns 通过 or 不支持; a thrown error or
 * a wrong answer is 失败. src/excel/office/selfTest.ts creates and removes the sheet around them.
 */

/** The temporary sheet the probes work on. */
export interface TempSheet {
  readonly name: string;
  readonly id: string;
}

export interface ProbeContext {
  readonly office: OfficeAccess;
  readonly context: OfficeContextProbe;
  /** Null when it could not be created: the probes that need it are not run. */
  readonly sheet: TempSheet | null;
  /** How long to wait for a change event after a write. */
  readonly eventWaitMs: number;
}

/** A probe that works on the temporary sheet (not run when there is none), or one that does not need it. */
export type Probe =
  | { readonly capability: ProbedCapability; readonly needsSheet: true; run(p: ProbeContext & { readonly sheet: TempSheet }): Promise<SelfTestOutcome> }
  | { readonly capability: ProbedCapability; readonly needsSheet: false; run(p: ProbeContext): Promise<SelfTestOutcome> };

export type ProbedCapability = Exclude<SelfTestCapability, 'tempSheet'>;

/** What the temporary sheet is given when it is created (tempSheetContent), and what the read probe expects back. */
export const SAMPLE = {
  range: 'A1:C3',
  values: [
    ['科目名称', '金额（万元）', '合计'],
    ['基本支出', 2911.06, '=B2+B3'],
    ['项目支出', 88.94, '=B3'],
  ],
  /** Number format of B2:C3. */
  numberFormat: '#,##0.00',
  merged: 'A5:B5',
} as const;

/** The namespace of the custom XML part 自检 adds and deletes; never one of the add-in's real parts. */
export const SELF_TEST_NAMESPACE = 'urn:budget-disclosure:self-test:v1';

const pass = (note?: string): SelfTestOutcome => ({ kind: 'pass', ...(note ? { note } : {}) });
const unsupported = (needs: string, note?: string): SelfTestOutcome => ({ kind: 'unsupported', needs, ...(note ? { note } : {}) });
const wrong = (message: string): SelfTestOutcome => ({ kind: 'fail', code: null, message });

/** Queues the sample block and a merged area on the new sheet (part of creating it). */
export function queueSampleContent(ws: Excel.Worksheet): void {
  ws.getRange('B2:C3').numberFormat = [
    [SAMPLE.numberFormat, SAMPLE.numberFormat],
    [SAMPLE.numberFormat, SAMPLE.numberFormat],
  ];
  ws.getRange(SAMPLE.range).values = SAMPLE.values.map((line) => [...line]);
  ws.getRange(SAMPLE.merged).merge();
}

/** Values, types, number formats and formulas of the used range, as readWorkbook reads a sheet. */
const readCells: Probe = {
  capability: 'read',
  needsSheet: true,
  run: ({ office, sheet }) =>
    office.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem(sheet.name).getUsedRangeOrNullObject(true).load('address,values,valueTypes,numberFormat,formulas');
      await ctx.sync();
      if (used.isNullObject) return wrong('写入临时工作表的内容没有读回来（已使用区域为空）。');
      const problems: string[] = [];
      const expect = (what: string, actual: unknown, expected: unknown) => {
        if (actual !== expected) problems.push(`${what}应为 ${JSON.stringify(expected)}，实为 ${JSON.stringify(actual)}`);
      };
      expect('已使用区域', splitAreaAddresses(used.address)[0], SAMPLE.range);
      expect('A1 的值', used.values[0]?.[0], SAMPLE.values[0][0]);
      expect('B2 的值', used.values[1]?.[1], SAMPLE.values[1][1]);
      expect('A1 的类型', used.valueTypes[0]?.[0], 'String');
      expect('B2 的类型', used.valueTypes[1]?.[1], 'Double');
      expect('C2 的类型', used.valueTypes[1]?.[2], 'Double');
      expect('B2 的数字格式', used.numberFormat[1]?.[1], SAMPLE.numberFormat);
      expect('C2 的公式', used.formulas[1]?.[2], SAMPLE.values[1][2]);
      return problems.length === 0 ? pass('值、类型、数字格式、公式与写入的一致') : wrong(`读回的内容与写入的不同：${problems.join('；')}。`);
    }),
};

/** Merged cells (ExcelApi 1.13), which the read uses to find table headers. */
const mergedAreas: Probe = {
  capability: 'mergedAreas',
  needsSheet: true,
  run: ({ office, sheet }) => {
    if (!office.host.supports('ExcelApi', '1.13')) return Promise.resolve(unsupported('ExcelApi 1.13', '表头的合并单元格按未合并读取，识别表格仍可进行'));
    return office.run(async (ctx) => {
      const merged = ctx.workbook.worksheets.getItem(sheet.name).getRange().getMergedAreasOrNullObject().load('address');
      await ctx.sync();
      const areas = merged.isNullObject ? [] : splitAreaAddresses(merged.address);
      return areas.includes(SAMPLE.merged) ? pass(`读到合并区域 ${SAMPLE.merged}`) : wrong(`合并区域应为 ${SAMPLE.merged}，实为 ${areas.join(',') || '无'}。`);
    });
  },
};

/** A custom-formula conditional format as marks are written (on several areas where ExcelApi 1.9 has them), read back and deleted. */
const conditionalFormats: Probe = {
  capability: 'conditionalFormats',
  needsSheet: true,
  run: ({ office, sheet }) => {
    const areas = office.host.supports('ExcelApi', '1.9');
    return office.write(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet.name);
      const cf = (areas ? ws.getRanges('B2:B3,C2:C3') : ws.getRange('B2:C3')).conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=B2<0';
      cf.custom.format.fill.color = '#FFC7CE';
      cf.custom.format.font.color = '#9C0006';
      await ctx.sync();
      const added = ws.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula');
      await ctx.sync();
      const ours = added.items.filter((f) => f.type === 'Custom' && !f.customOrNullObject.isNullObject);
      if (ours.length !== 1) return wrong(`添加一条条件格式后，临时工作表上应有 1 条，实为 ${ours.length} 条。`);
      const formula = ours[0].customOrNullObject.rule.formula;
      for (const f of added.items) f.delete();
      await ctx.sync();
      const left = ws.getRange().conditionalFormats.load('items/type');
      await ctx.sync();
      if (left.items.length !== 0) return wrong(`删除后临时工作表上仍有 ${left.items.length} 条条件格式。`);
      return pass(`添加（${areas ? '多区域' : '单一区域；多区域需要 ExcelApi 1.9'}）、读回公式 ${formula}、删除`);
    });
  },
};

/** A custom XML part of its own namespace: added, found, read and deleted; the add-in's parts are not touched. */
const customXml: Probe = {
  capability: 'customXml',
  needsSheet: false,
  run: ({ office }) => {
    const nonce = Math.random().toString(36).slice(2, 10);
    return office.write(async (ctx) => {
      ctx.workbook.customXmlParts.add(`<selfTest xmlns="${SELF_TEST_NAMESPACE}"><nonce>${nonce}</nonce></selfTest>`);
      await ctx.sync();
      const parts = ctx.workbook.customXmlParts.getByNamespace(SELF_TEST_NAMESPACE).load('items/id');
      await ctx.sync();
      const xml = parts.items.map((p) => p.getXml());
      await ctx.sync();
      const mine = parts.items.filter((_, i) => xml[i].value.includes(nonce));
      if (mine.length !== 1) return wrong(`按命名空间找到的自检部件中应有 1 个是刚添加的，实为 ${mine.length} 个。`);
      for (const p of parts.items) p.delete();
      await ctx.sync();
      const left = ctx.workbook.customXmlParts.getByNamespace(SELF_TEST_NAMESPACE).load('items/id');
      await ctx.sync();
      return left.items.length === 0 ? pass('添加、按命名空间查找、读取、删除') : wrong(`删除后仍有 ${left.items.length} 个自检部件。`);
    });
  },
};

/** Several areas selected at once (RangeAreas.select, ExcelApi 1.18), through the add-in's own selectCells. */
const selectAreas: Probe = {
  capability: 'selectAreas',
  needsSheet: true,
  run: async ({ office, sheet }) => {
    if (!office.host.supports('ExcelApi', '1.18')) return unsupported('ExcelApi 1.18', '点击一条涉及多个单元格的结果时，只选中它自己的单元格');
    await selectCells(office, [
      { sheet: sheet.name, address: 'A1:A2' },
      { sheet: sheet.name, address: 'C1:C3' },
    ]);
    const selected = await office.run(async (ctx) => {
      const areas = ctx.workbook.getSelectedRanges().load('address');
      await ctx.sync();
      return splitAreaAddresses(areas.address);
    });
    return selected.join(',') === 'A1:A2,C1:C3' ? pass('选中 A1:A2 和 C1:C3') : wrong(`应选中 A1:A2,C1:C3，实为 ${selected.join(',') || '无'}。`);
  },
};

/** Whether Excel's events are on at all (Runtime.enableEvents, ExcelApi 1.8): another add-in or a macro may have turned them off. */
async function eventsTurnedOff(office: OfficeAccess): Promise<boolean> {
  if (!office.host.supports('ExcelApi', '1.8')) return false;
  return office.run(async (ctx) => {
    const runtime = ctx.runtime.load('enableEvents');
    await ctx.sync();
    return !runtime.enableEvents;
  });
}

/** A change event after a write, through the add-in's own subscription (onChanged); the handler is removed again. */
const changeEvents: Probe = {
  capability: 'changeEvents',
  needsSheet: true,
  run: async ({ office, sheet, eventWaitMs }) => {
    if (await eventsTurnedOff(office)) {
      return wrong('Excel 的事件被关闭了（Runtime.enableEvents 为 false，可能是其他加载项或宏所为）：边输入边校验不会工作。重新打开 Excel 可恢复。');
    }
    let seen: (change: WorkbookChange) => void = () => undefined;
    const arrived = new Promise<WorkbookChange>((resolve) => (seen = resolve));
    const unsubscribe = await onChanged(office, (change) => {
      if (change.sheet === sheet.id) seen(change);
    });
    try {
      await office.write(async (ctx) => {
        ctx.workbook.worksheets.getItem(sheet.name).getRange('E1').values = [[1]];
        await ctx.sync();
      });
      const change = await within(arrived, eventWaitMs);
      if (!change) return wrong(`写入临时工作表后 ${eventWaitMs / 1000} 秒内没有收到变更事件：边输入边校验在这台 Excel 上不会工作。`);
      const how = office.host.supports('ExcelApi', '1.9') ? '整个工作簿一次订阅' : '逐个工作表订阅（整个工作簿一次订阅需要 ExcelApi 1.9）';
      const source = change.triggerSource ? `，来源 ${change.triggerSource}` : '，不含来源（需要 ExcelApi 1.14），本加载项按写入时间区分自己的写入';
      return pass(`收到 ${change.address} 的变更事件（${how}${source}），处理程序已移除`);
    } finally {
      await unsubscribe();
    }
  },
};

/** The promise's value, or null when it has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(null), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

/** A chart as the templates add one (a pie with a title at an anchor), counted, deleted, counted again. */
const chart: Probe = {
  capability: 'chart',
  needsSheet: true,
  run: ({ office, sheet }) =>
    office.write(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet.name);
      const c = ws.charts.add('Pie', ws.getRange('A2:B3'), 'Columns');
      c.title.text = '自检';
      c.setPosition('E3');
      const added = ws.charts.getCount();
      await ctx.sync();
      c.delete();
      const left = ws.charts.getCount();
      await ctx.sync();
      if (added.value !== 1) return wrong(`添加图表后临时工作表上应有 1 个图表，实为 ${added.value} 个。`);
      return left.value === 0 ? pass('添加饼图、设置标题和位置、删除') : wrong(`删除后仍有 ${left.value} 个图表。`);
    }),
};

/** The dialog (DialogApi 1.1): opened with the ribbon's result page and closed at once. */
const dialog: Probe = {
  capability: 'dialog',
  needsSheet: false,
  run: async ({ office, context }) => {
    if (!office.host.supports('DialogApi', '1.1')) return unsupported('DialogApi 1.1', '功能区“校验”按钮的结果只能在任务窗格中查看');
    const r = await context.openAndCloseDialog();
    return r.opened ? pass('打开功能区“校验”结果所用的对话框，随即关闭') : { kind: 'fail', code: null, message: `${r.message}（对话框错误 ${r.code}）` };
  },
};

/** The shared runtime (SharedRuntime 1.1): pane, ribbon commands and live checking in one page. */
const sharedRuntime: Probe = {
  capability: 'sharedRuntime',
  needsSheet: false,
  run: async ({ office, context }) => {
    if (!office.host.supports('SharedRuntime', '1.1')) {
      return unsupported('SharedRuntime 1.1', '功能区按钮与任务窗格分开运行；关闭任务窗格后边输入边校验停止，功能区“校验”不能打开任务窗格');
    }
    const startup = await context.startupBehavior();
    return pass(`任务窗格与功能区按钮共用一个运行时；打开本工作簿时自动加载：${startup === 'Load' ? '是' : '否'}（${startup}）`);
  },
};

/** Two writes in two syncs as one undo entry (Excel.run's mergeUndoGroup, ExcelApi 1.20). */
const undoGroup: Probe = {
  capability: 'undoGroup',
  needsSheet: true,
  run: async ({ office, sheet }) => {
    if (!office.host.supports('ExcelApi', '1.20')) return unsupported('ExcelApi 1.20', '“校验”写入标记、“填充”写入数字时，Excel 的撤销记录会被清空');
    await office.ownWrites.around(() =>
      office.run(
        async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(sheet.name);
          ws.getRange('F1').values = [[1]];
          await ctx.sync();
          ws.getRange('F2').values = [[2]];
          await ctx.sync();
        },
        { mergeUndoGroup: true },
      ),
    );
    return pass('Excel 接受了 mergeUndoGroup：两次写入记为一步撤销');
  },
};

/** Worksheet (ExcelApi 1.2) and workbook structure (1.7) protection, read for every sheet: nothing is written. */
const protection: Probe = {
  capability: 'protection',
  needsSheet: false,
  run: ({ office, sheet }) =>
    office.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name,items/protection/protected');
      const book = ctx.workbook.protection.load('protected');
      await ctx.sync();
      const locked = sheets.items.filter((ws) => ws.protection.protected && ws.name !== sheet?.name).map((ws) => ws.name);
      const sheetsSaid = locked.length > 0 ? `受保护的工作表：${locked.join('、')}（这些表照常检查，但不写标记）` : '没有受保护的工作表';
      return pass(`${sheetsSaid}；工作簿结构${book.protected ? '受保护（不能插入模板工作表）' : '未保护'}`);
    }),
};

/** Every probe, in the report's order. */
export const PROBES: readonly Probe[] = [readCells, mergedAreas, conditionalFormats, customXml, selectAreas, changeEvents, chart, dialog, sharedRuntime, undoGroup, protection];
