import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding } from '../../domain/findings/finding';
import type { Kind } from '../../domain/forms/formTypes';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import type { MarkOutcome, WorkbookGateway } from '../../excel/workbookGateway';
import { LiveChecker } from '../../excel/liveChecker';
import { uniqueSheetName } from '../../domain/template/uniqueSheetName';
import type { StartupSetting } from '../boot/startupSetting';
import { paneBridge } from '../paneBridge';
import { errorText } from '../shared/errorText';
import { failed, useTabTask } from '../shared/useTabTask';
import { filterFindings, findingCells, statusLine, type SeverityFilter } from '../shared/findingGroups';
import type { NarrativeAudit } from '../narrative/narrativeAudit';
import { checkAndMark } from './checkAndMark';
import { checkOffThread } from './checkOffThread';
import { checkReportLayout, formatCheckTime, REPORT_SHEET_NAME } from './checkReport';
import { uncleared, unmarkedNotice } from './protectedNotice';

/** The last check's outcome, what the status line, the list and the report show. */
export interface CheckOutcome {
  readonly findings: readonly Finding[];
  readonly kind: Kind | null;
  readonly profile: string | null;
  readonly tables: number;
  readonly at: Date;
  /** Protected sheets 校验 could not mark (empty after an edit's run, which marks nothing). */
  readonly unmarked: readonly string[];
}

export type CheckBusy = 'check' | 'clear' | 'report' | null;

/** The checks run in a worker (checkOffThread), so typing stays smooth on a large workbook. */
async function runEngine(snapshot: WorkbookSnapshot): Promise<CheckOutcome> {
  const result = await checkOffThread(snapshot);
  return { ...result, at: new Date(), unmarked: [] };
}

/** The status line's text when nothing has been checked yet, or the counts when something has. */
export function checkStatus(checked: boolean, findings: readonly Finding[], live: boolean): string {
  if (checked) return statusLine(findings);
  return live ? '尚未校验。点击“校验”，或直接修改表格（边输入边校验已开启）。' : '尚未校验。';
}

/**
 * 校验's state and work: one batched read, the engine, one batched write of marks. Live checking (on by
 * default) re-checks after the user's edits through LiveChecker: debounced, one at a time, blind to our
 * writes, and without writing: only 校验 (button or ribbon) writes marks.
 */
export function useCheckTab(gateway: WorkbookGateway, startup: StartupSetting | null) {
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const { busy, error, notice, setError, setNotice, run, runKeepingNotice } = useTabTask<NonNullable<CheckBusy>>();
  const [live, setLive] = useState(true);
  const [filter, setFilter] = useState<SeverityFilter>('all');
  // A 情况说明 checked from the 说明 tab (校验已有说明): its findings join the list under their own heading.
  const [written, setWritten] = useState<NarrativeAudit | null>(null);
  useEffect(() => paneBridge.connectNarrativeAudit(setWritten), []);
  // The live checker's runCheck returns findings only; the rest of its outcome is kept here.
  const lastLive = useRef<CheckOutcome | null>(null);
  const checker = useRef<LiveChecker | null>(null);
  const liveError = useRef<unknown>(null);
  // null until read (and for good where the host has no shared runtime).
  const [loadsWithWorkbook, setLoadsWithWorkbook] = useState<boolean | null>(null);
  useEffect(() => {
    if (!startup) return;
    startup.loadsWithWorkbook().then(setLoadsWithWorkbook, () => setLoadsWithWorkbook(null));
  }, [startup]);

  async function changeStartup(load: boolean): Promise<void> {
    if (!startup) return;
    try {
      await startup.setLoadsWithWorkbook(load);
      setLoadsWithWorkbook(load);
    } catch (e) {
      setError(`无法更改启动设置：${errorText(e)}`);
    }
  }

  /** One check with its marks; the outcome is shown and returned (the ribbon's 校验 uses it too). */
  async function runCheck(): Promise<CheckOutcome> {
    const c = checker.current;
    if (c) {
      // With live checking on, go through its queue: never two checks at once.
      const before = lastLive.current;
      liveError.current = null;
      await c.runNow();
      const after = lastLive.current;
      if (!after || after === before) {
        const e = liveError.current;
        throw e instanceof Error ? e : new Error(e ? errorText(e) : '校验未完成');
      }
      return after;
    }
    const { marked, ...summary } = await checkAndMark(gateway);
    const result = { ...summary, at: new Date(), unmarked: marked.protectedSheets };
    setOutcome(result);
    return result;
  }
  const runCheckRef = useRef(runCheck);
  runCheckRef.current = runCheck;
  useEffect(() => paneBridge.connectCheck(() => runCheckRef.current()), []);

  const check = () => run('check', failed('校验'), async () => setNotice(unmarkedNotice((await runCheck()).unmarked)));

  const clear = () =>
    runKeepingNotice('clear', failed('清除标记'), async () => {
      const { protectedSheets } = await gateway.clearMarks();
      setNotice(`已清除本加载项添加的标记；您自己的格式未改动。${uncleared(protectedSheets)}`);
    });

  const writeReport = () =>
    run('report', failed('写入校验报告'), async () => {
      // The report is a snapshot of the workbook as it is now: check again rather than trust older results.
      const result = await runEngine(await gateway.readSnapshot());
      setOutcome(result);
      const name = uniqueSheetName(REPORT_SHEET_NAME, await gateway.sheetNames());
      await gateway.writeLayouts([
        checkReportLayout(name, { findings: result.findings, checkedAt: formatCheckTime(result.at), tables: result.tables, kind: result.kind, profile: result.profile }),
      ]);
      setNotice(`已写入工作表“${name}”（${result.findings.length} 条结果）。`);
    });

  const liveResult = useCallback((findings: readonly Finding[], marked: MarkOutcome | null) => {
    const o = lastLive.current;
    const unmarked = marked?.protectedSheets ?? [];
    const next = o && o.findings === findings ? { ...o, unmarked } : { findings, kind: null, profile: null, tables: 0, at: new Date(), unmarked };
    lastLive.current = next;
    setOutcome(next);
  }, []);

  useEffect(() => {
    if (!live) return undefined;
    const c = new LiveChecker({
      gateway,
      runCheck: async (snapshot) => {
        const o = await runEngine(snapshot);
        lastLive.current = o;
        return o.findings;
      },
      onResult: liveResult,
      onError: (e) => {
        liveError.current = e;
        setError(`自动校验失败：${errorText(e)}`);
      },
    });
    checker.current = c;
    void c.start().catch((e: unknown) => setError(`无法开始自动校验：${errorText(e)}`));
    return () => {
      checker.current = null;
      void c.stop();
    };
  }, [gateway, live, liveResult]);

  async function select(fs: readonly Finding[]): Promise<void> {
    try {
      const cells = new Map(fs.flatMap(findingCells).map((c) => [`${c.sheet}!${c.address}`, c]));
      await gateway.selectCells([...cells.values()]);
    } catch (e) {
      setError(`无法选中单元格：${errorText(e)}`);
    }
  }

  const all = [...(outcome?.findings ?? []), ...(written?.findings ?? [])];
  return {
    outcome,
    written,
    busy,
    error,
    notice,
    live,
    setLive,
    filter,
    setFilter,
    loadsWithWorkbook,
    changeStartup,
    check,
    clear,
    writeReport,
    select,
    all,
    shown: filterFindings(all, filter),
    status: checkStatus(outcome !== null || written !== null, all, live),
    narrativeHeading: written ? `情况说明“${written.source}”` : undefined,
  };
}
