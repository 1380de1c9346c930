import type { ApiSetSupport, SelfTestOutcome, SelfTestReport, SelfTestRow } from '../../domain/selfTest/selfTestReport';
import { officeCode } from '../officeErrorCode';
import { splitAreaAddresses } from '../rangeAreas';
import type { OfficeAccess } from './officeAccess';
import type { OfficeContextProbe } from './officeContextProbe';
import { PROBES, SELF_TEST_NAMESPACE, queueSampleContent, type Probe, type ProbeContext, type TempSheet } from './selfTestProbes';

/**
 * 自检: runs every probe (selfTestProbes.ts) in the user's own Excel on a temporary sheet with a name of its
 * own, and removes that sheet afterwards whatever happened, after giving back the active sheet and the
 * selection the user had. The user's sheets are only read (which are protected); the custom XML part it
 * adds has its own namespace and goes too. Deleting a sheet is on Microsoft's list of APIs that clear the
 * undo stack at any version (scripts/undoClearingApis.js allows it here): the pane says so before it starts.
 */

export interface SelfTestOptions {
  /** How long to wait for the change event after a write (default 3 s). */
  readonly eventWaitMs?: number;
  /** The probes to run (default: all); tests pass a failing one. */
  readonly probes?: readonly Probe[];
  /** Milliseconds for timing (default performance.now). */
  readonly now?: () => number;
}

/** The requirement sets the report lists, with the versions asked about. */
export const REPORTED_API_SETS: readonly { readonly set: string; readonly versions: readonly string[] }[] = [
  { set: 'ExcelApi', versions: Array.from({ length: 20 }, (_, i) => `1.${i + 1}`) },
  { set: 'ExcelApiDesktop', versions: ['1.1'] },
  { set: 'ExcelApiOnline', versions: ['1.1'] },
  { set: 'DialogApi', versions: ['1.1', '1.2'] },
  { set: 'DialogOrigin', versions: ['1.1'] },
  { set: 'SharedRuntime', versions: ['1.1', '1.2'] },
  { set: 'RibbonApi', versions: ['1.1', '1.2'] },
  { set: 'AddinCommands', versions: ['1.1', '1.3'] },
  { set: 'OpenBrowserWindowApi', versions: ['1.1'] },
];

/** Where the user was: the active sheet and its selection (plain A1 areas; null when it cannot be read, e.g. a chart is selected). */
interface UserView {
  readonly sheet: string;
  readonly areas: readonly string[] | null;
}

export async function runSelfTest(office: OfficeAccess, context: OfficeContextProbe, options: SelfTestOptions = {}): Promise<SelfTestReport> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const startedAt = new Date().toISOString();
  const probeWait = options.eventWaitMs ?? 3000;
  const apiSets: ApiSetSupport[] = REPORTED_API_SETS.map(({ set, versions }) => ({
    set,
    asked: versions,
    supported: versions.filter((v) => context.isSetSupported(set, v)),
  }));
  const diagnostics = context.diagnostics();
  const environment = { ...diagnostics, ...(context.webView ? { webView: context.webView } : {}) };

  const view = await rememberView(office).catch(() => null);
  const sheetStart = now();
  const created = await createTempSheet(office).then(
    (sheet) => ({ sheet, error: null }),
    (error: unknown) => ({ sheet: null, error }),
  );
  let sheetMs = now() - sheetStart;
  const rows: SelfTestRow[] = [];
  const base: ProbeContext = { office, context, sheet: created.sheet, eventWaitMs: probeWait };
  let tempOutcome: SelfTestOutcome;
  try {
    for (const probe of options.probes ?? PROBES) rows.push(await runProbe(probe, base, now));
  } finally {
    // Back to where the user was before the sheet goes (deleting the active sheet would activate a neighbour).
    if (view) await restoreView(office, view).catch(() => undefined);
    await removeSelfTestParts(office).catch(() => undefined);
    const removeStart = now();
    tempOutcome = created.sheet ? await removeTempSheet(office, created.sheet) : failure(created.error, '未能新建临时工作表，需要它的各项没有运行');
    sheetMs += now() - removeStart;
  }
  rows.unshift({ capability: 'tempSheet', outcome: tempOutcome, ms: sheetMs });
  return { startedAt, environment, apiSets, rows, tempSheet: created.sheet?.name ?? '（未能新建）', totalMs: now() - started };
}

async function runProbe(probe: Probe, base: ProbeContext, now: () => number): Promise<SelfTestRow> {
  const start = now();
  let outcome: SelfTestOutcome;
  try {
    if (!probe.needsSheet) outcome = await probe.run(base);
    else if (base.sheet) outcome = await probe.run({ ...base, sheet: base.sheet });
    else outcome = { kind: 'fail', code: null, message: '未运行：临时工作表未能新建。' };
  } catch (e) {
    outcome = failure(e);
  }
  return { capability: probe.capability, outcome, ms: now() - start };
}

/** An error as a 失败 outcome: Office's code where it has one, its text, and what failed. */
function failure(e: unknown, what?: string): SelfTestOutcome {
  const message = e instanceof Error ? e.message : String(e);
  return { kind: 'fail', code: officeCode(e), message: what ? `${what}：${message}` : message };
}

/** A sheet name no sheet has: "自检临时表-" and a random suffix (Excel compares names without case). */
function tempSheetName(taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  for (;;) {
    const name = `自检临时表-${Math.random().toString(36).slice(2, 8)}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** Creates the temporary sheet with the sample content: one read sync, one write sync. */
async function createTempSheet(office: OfficeAccess): Promise<TempSheet> {
  return office.write(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    const name = tempSheetName(sheets.items.map((ws) => ws.name));
    const ws = ctx.workbook.worksheets.add(name);
    queueSampleContent(ws);
    ws.load('id');
    await ctx.sync();
    return { name, id: ws.id };
  });
}

/** Deletes the temporary sheet and checks it is gone. */
async function removeTempSheet(office: OfficeAccess, sheet: TempSheet): Promise<SelfTestOutcome> {
  try {
    const left = await office.write(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet.name).delete();
      await ctx.sync();
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      return sheets.items.some((ws) => ws.name === sheet.name);
    });
    if (left) return { kind: 'fail', code: null, message: `临时工作表“${sheet.name}”删除后仍在，请手动删除它。` };
    return { kind: 'pass', note: `新建“${sheet.name}”，自检后已删除` };
  } catch (e) {
    return failure(e, `未能删除临时工作表“${sheet.name}”，请手动删除它`);
  }
}

/** Removes any part of the self-test's namespace (one left by an interrupted run, or by a failed probe). */
async function removeSelfTestParts(office: OfficeAccess): Promise<void> {
  const parts = await office.run(async (ctx) => {
    const listed = ctx.workbook.customXmlParts.getByNamespace(SELF_TEST_NAMESPACE).load('items/id');
    await ctx.sync();
    return listed.items.length;
  });
  if (parts === 0) return;
  await office.write(async (ctx) => {
    const listed = ctx.workbook.customXmlParts.getByNamespace(SELF_TEST_NAMESPACE).load('items/id');
    await ctx.sync();
    for (const p of listed.items) p.delete();
    await ctx.sync();
  });
}

/** The active sheet and its selection (several areas where ExcelApi 1.9 can read them). */
async function rememberView(office: OfficeAccess): Promise<UserView> {
  return office.run(async (ctx) => {
    const active = ctx.workbook.worksheets.getActiveWorksheet().load('name');
    await ctx.sync();
    let areas: string[] | null = null;
    try {
      const several = office.host.supports('ExcelApi', '1.9');
      const selected = several ? ctx.workbook.getSelectedRanges().load('address') : null;
      const single = several ? null : ctx.workbook.getSelectedRange().load('address');
      await ctx.sync();
      areas = splitAreaAddresses((selected ?? single)?.address ?? '');
    } catch {
      // A chart or a shape is selected, or several areas before ExcelApi 1.9: the active sheet is given back, not the selection.
    }
    return { sheet: active.name, areas };
  });
}

/** Activates the user's sheet again and selects what was selected (several areas only where ExcelApi 1.18 can). */
async function restoreView(office: OfficeAccess, view: UserView): Promise<void> {
  await office.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(view.sheet);
    ws.activate();
    if (view.areas && view.areas.length > 0) {
      if (view.areas.length > 1 && office.host.supports('ExcelApi', '1.18')) ws.getRanges(view.areas.join(',')).select();
      else ws.getRange(view.areas[0]).select();
    }
    await ctx.sync();
  });
}
