import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Checkbox, Field, Select, Spinner, Text, makeStyles } from '@fluentui/react-components';
import type { Finding } from '../../domain/findings/finding';
import type { Kind } from '../../domain/forms/formTypes';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import type { MarkOutcome, WorkbookGateway } from '../../excel/workbookGateway';
import { LiveChecker } from '../../excel/liveChecker';
import { uniqueSheetName } from '../../domain/template/uniqueSheetName';
import { checkReportLayout, formatCheckTime, REPORT_SHEET_NAME } from './checkReport';
import { checkOffThread } from './checkOffThread';
import { checkAndMark } from './checkAndMark';
import { errorText } from '../shared/errorText';
import { FILTER_LABELS, filterFindings, findingCells, statusLine, type SeverityFilter } from '../shared/findingGroups';
import { FindingList } from '../shared/FindingList';
import type { NarrativeAudit } from '../narrative/narrativeAudit';
import { paneBridge } from '../paneBridge';
import { uncleared, unmarkedNotice } from './protectedNotice';
import type { StartupSetting } from '../boot/startupSetting';
import { TabMessages } from '../shared/TabMessages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  filter: { maxWidth: '220px' },
});

/**
 * Why live checking leaves the cells alone: an API write would clear Excel's undo stack (before ExcelApi
 * 1.20) or become an entry of it (from 1.20). One line, under the 边输入边校验 box.
 */
export const LIVE_NOTE = '边输入边校验的结果只列在这里，不写入工作簿，以免影响撤销（Ctrl+Z）；单元格上的标记在点击“校验”时更新。';

/** The last check's outcome, what the status line, the list and the report show. */
interface CheckOutcome {
  readonly findings: readonly Finding[];
  readonly kind: Kind | null;
  readonly tables: number;
  readonly at: Date;
  /** Protected sheets 校验 could not mark (empty after an edit's run, which marks nothing). */
  readonly unmarked: readonly string[];
}

/** The checks run in a worker (checkOffThread), so typing stays smooth on a large workbook. */
async function runEngine(snapshot: WorkbookSnapshot): Promise<CheckOutcome> {
  const result = await checkOffThread(snapshot);
  return { ...result, at: new Date(), unmarked: [] };
}

/**
 * 校验: one batched read, the engine, one batched write of marks. Live checking (on by default)
 * re-checks after the user's edits through LiveChecker: debounced, one at a time, blind to our writes,
 * and without writing: only 校验 (button or ribbon) writes marks.
 */
export function CheckTab({ gateway, startup = null }: { readonly gateway: WorkbookGateway; readonly startup?: StartupSetting | null }): JSX.Element {
  const styles = useStyles();
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [busy, setBusy] = useState<'check' | 'clear' | 'report' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
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

  async function check(): Promise<void> {
    setBusy('check');
    setError(null);
    setNotice(null);
    try {
      setNotice(unmarkedNotice((await runCheck()).unmarked));
    } catch (e) {
      setError(`校验失败：${errorText(e)}`);
    } finally {
      setBusy(null);
    }
  }

  async function clear(): Promise<void> {
    setBusy('clear');
    setError(null);
    try {
      const { protectedSheets } = await gateway.clearMarks();
      setNotice(`已清除本加载项添加的标记；您自己的格式未改动。${uncleared(protectedSheets)}`);
    } catch (e) {
      setError(`清除标记失败：${errorText(e)}`);
    } finally {
      setBusy(null);
    }
  }

  async function writeReport(): Promise<void> {
    setBusy('report');
    setError(null);
    setNotice(null);
    try {
      // The report is a snapshot of the workbook as it is now: check again rather than trust older results.
      const result = await runEngine(await gateway.readSnapshot());
      setOutcome(result);
      const name = uniqueSheetName(REPORT_SHEET_NAME, await gateway.sheetNames());
      await gateway.writeLayouts([
        checkReportLayout(name, { findings: result.findings, checkedAt: formatCheckTime(result.at), tables: result.tables, kind: result.kind }),
      ]);
      setNotice(`已写入工作表“${name}”（${result.findings.length} 条结果）。`);
    } catch (e) {
      setError(`写入校验报告失败：${errorText(e)}`);
    } finally {
      setBusy(null);
    }
  }

  const liveResult = useCallback((findings: readonly Finding[], marked: MarkOutcome | null) => {
    const o = lastLive.current;
    const unmarked = marked?.protectedSheets ?? [];
    const outcome = o && o.findings === findings ? { ...o, unmarked } : { findings, kind: null, tables: 0, at: new Date(), unmarked };
    lastLive.current = outcome;
    setOutcome(outcome);
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
  const shown = filterFindings(all, filter);
  const narrativeHeading = written ? `情况说明“${written.source}”` : undefined;
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void check()} disabled={busy !== null}>
          {busy === 'check' ? <Spinner size="tiny" label="正在校验…" /> : '校验'}
        </Button>
        <Button onClick={() => void clear()} disabled={busy !== null}>
          清除标记
        </Button>
        <Button onClick={() => void writeReport()} disabled={busy !== null}>
          写入校验报告
        </Button>
      </div>
      <Checkbox checked={live} onChange={(_, d) => setLive(d.checked === true)} label="边输入边校验" />
      {live && <Text size={200} data-testid="live-note">{LIVE_NOTE}</Text>}
      {startup && loadsWithWorkbook !== null && (
        <Checkbox
          checked={loadsWithWorkbook}
          onChange={(_, d) => void changeStartup(d.checked === true)}
          label="打开本工作簿时自动加载（不打开任务窗格也边输入边校验）"
        />
      )}
      <TabMessages error={error} notice={notice} />
      <Text weight="semibold" role="status" aria-live="polite" data-testid="check-status">
        {outcome || written ? statusLine(all) : live ? '尚未校验。点击“校验”，或直接修改表格（边输入边校验已开启）。' : '尚未校验。'}
      </Text>
      {all.length > 0 && (
        <>
          <Field label="显示" className={styles.filter}>
            <Select value={filter} onChange={(_, d) => setFilter(d.value as SeverityFilter)}>
              {(Object.keys(FILTER_LABELS) as SeverityFilter[]).map((k) => (
                <option key={k} value={k}>
                  {FILTER_LABELS[k]}
                </option>
              ))}
            </Select>
          </Field>
          {shown.length === 0 ? <Text>没有这一类结果。</Text> : <FindingList findings={shown} kind={outcome?.kind ?? null} narrative={narrativeHeading} showRounding={filter === 'rounding'} onSelect={(fs) => void select(fs)} />}
        </>
      )}
      {written && written.findings.length === 0 && <Text>{`${narrativeHeading ?? ''}：未发现问题。`}</Text>}
      {outcome && outcome.findings.length === 0 && <Text>{outcome.tables === 0 ? '没有识别到公开表。' : '未发现问题。'}</Text>}
    </div>
  );
}
