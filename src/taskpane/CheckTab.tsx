import { useEffect, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Switch, Text, makeStyles } from '@fluentui/react-components';
import type { Finding } from '../domain/findings/finding';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import type { WorkbookGateway } from '../excel/workbookGateway';
import { findingMarks } from '../excel/findingMarks';
import { LiveChecker } from '../excel/liveChecker';
import { loadChecks } from './engine';
import { errorText } from './errorText';
import { statusLine } from './findingGroups';
import { FindingList } from './FindingList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
});

async function runChecks(snapshot: WorkbookSnapshot): Promise<readonly Finding[]> {
  const { checkWorkbook } = await loadChecks();
  return checkWorkbook(snapshot).findings;
}

/** 校验: one batched read, the engine, one batched write of marks; optional live re-checking while editing. */
export function CheckTab({ gateway }: { readonly gateway: WorkbookGateway }): JSX.Element {
  const styles = useStyles();
  const [findings, setFindings] = useState<readonly Finding[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [live, setLive] = useState(false);
  const checker = useRef<LiveChecker | null>(null);

  async function check(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const result = await runChecks(await gateway.readSnapshot());
      await gateway.applyMarks(findingMarks(result));
      setFindings(result);
    } catch (e) {
      setError(`校验失败：${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  }

  async function clear(): Promise<void> {
    try {
      await gateway.clearMarks();
    } catch (e) {
      setError(`清除标记失败：${errorText(e)}`);
    }
  }

  useEffect(() => {
    if (!live) return undefined;
    const c = new LiveChecker({
      gateway,
      runCheck: runChecks,
      onResult: (f) => setFindings(f),
      onError: (e) => setError(`自动校验失败：${errorText(e)}`),
    });
    checker.current = c;
    void c.start();
    return () => {
      checker.current = null;
      void c.stop();
    };
  }, [gateway, live]);

  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void check()} disabled={busy}>
          {busy ? <Spinner size="tiny" label="正在校验…" /> : '校验工作簿'}
        </Button>
        <Button onClick={() => void clear()} disabled={busy}>
          清除标记
        </Button>
        <Switch checked={live} onChange={(_, d) => setLive(d.checked)} label="编辑时自动校验" />
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {findings && (
        <>
          <Text weight="semibold" role="status" data-testid="check-status">
            {statusLine(findings)}
          </Text>
          {findings.length === 0 ? (
            <Text>未发现问题。</Text>
          ) : (
            <FindingList findings={findings} onSelect={(f) => void select(gateway, f, setError)} />
          )}
        </>
      )}
    </div>
  );
}

async function select(gateway: WorkbookGateway, f: Finding, setError: (s: string) => void): Promise<void> {
  const refs = f.cells && f.cells.length > 0 ? f.cells : f.sheet && f.cell ? [{ sheet: f.sheet, address: f.cell }] : [];
  try {
    await gateway.selectCells(refs);
  } catch (e) {
    setError(`无法选中单元格：${errorText(e)}`);
  }
}
