import { useEffect, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  CAPABILITY_LABELS,
  highestVersion,
  platformName,
  rowVerdict,
  selfTestText,
  summaryLine,
  versionRanges,
  type SelfTestReport,
  type Verdict,
} from '../../domain/selfTest/selfTestReport';
import { errorText } from '../shared/errorText';
import { officeErrorSentence } from '../shared/officeErrorSentences';

/** Runs 自检 in this Excel; null where the pane does not run in Excel (nothing to test). */
export type SelfTestRunner = () => Promise<SelfTestReport>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', lineHeight: '1.7' },
  actions: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  rows: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  row: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: '4px' },
  head: { display: 'flex', justifyContent: 'space-between', gap: '8px' },
  reason: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  pass: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  unsupported: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  fail: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  sets: { margin: 0, paddingLeft: '20px', fontSize: tokens.fontSizeBase200 },
  report: { width: '100%', minHeight: '160px', fontFamily: 'monospace', fontSize: tokens.fontSizeBase200 },
});

/**
 * 帮助 › 自检: runs the self-test in the user's Excel and shows one row per capability (通过 / 不支持 with
 * the set it needs / 失败 with the Office error as a sentence), Excel's version and platform, the API sets,
 * and a 复制 button for the plain-text report. Office's web views may refuse navigator.clipboard; then the
 * report is shown selected in a text box for Ctrl+C.
 */
export function SelfTestPanel({ run }: { readonly run: SelfTestRunner | null }): JSX.Element {
  const styles = useStyles();
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<'copied' | 'select' | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (copied !== 'select' || !box.current) return;
    box.current.focus();
    box.current.select();
    // The old way, which some web views still allow where navigator.clipboard is refused.
    try {
      document.execCommand('copy');
    } catch {
      // Ctrl+C on the selected text is what the message asks for anyway.
    }
  }, [copied]);

  const start = async (): Promise<void> => {
    if (!run) return;
    setRunning(true);
    setError(null);
    setCopied(null);
    try {
      setReport(await run());
    } catch (e) {
      setError(errorText(e));
    } finally {
      setRunning(false);
    }
  };

  const text = report ? selfTestText(report, officeErrorSentence) : '';
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('select');
    }
  };

  return (
    <section className={styles.root} aria-label="自检">
      <Text weight="semibold">自检</Text>
      <Text>
        检查这台电脑上的 Excel 能否使用本加载项的每项功能，结果可复制后发给 IT 支持人员或开发者。自检新建一张临时工作表，在上面试写、试读，结束后删除；您的工作表和选中的单元格保持原样。其间会短暂打开并关闭一个对话框。删除临时工作表会清空 Excel 的撤销记录（Ctrl+Z），请先保存要保留的修改。
      </Text>
      {run === null ? (
        <Text>自检需要在 Excel 中打开本加载项后运行。</Text>
      ) : (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={running} onClick={() => void start()}>
            {report ? '再次自检' : '开始自检'}
          </Button>
          {report && (
            <Button disabled={running} onClick={() => void copy()}>
              复制
            </Button>
          )}
          {running && <Spinner size="tiny" label="正在自检…" />}
        </div>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>自检未能完成：{error}</MessageBarBody>
        </MessageBar>
      )}
      {copied === 'copied' && (
        <MessageBar intent="success">
          <MessageBarBody>自检报告已复制，可以粘贴到邮件或聊天中。</MessageBarBody>
        </MessageBar>
      )}
      {copied === 'select' && (
        <>
          <Text>此 Excel 不允许加载项直接写入剪贴板。报告已在下面选中；若粘贴时没有内容，请按 Ctrl+C（Mac 上按 ⌘C）复制。</Text>
          <textarea ref={box} className={styles.report} readOnly value={text} aria-label="自检报告" />
        </>
      )}
      {report && <SelfTestResult report={report} />}
    </section>
  );
}

/** The result: where it ran, one row per capability, the API sets. */
export function SelfTestResult({ report }: { readonly report: SelfTestReport }): JSX.Element {
  const styles = useStyles();
  const env = report.environment;
  return (
    <div className={styles.root} data-self-test="result">
      <Text>
        Excel {env.version ?? '（版本未知）'}，{platformName(env.platform)}；ExcelApi 最高 {highestVersion(report.apiSets, 'ExcelApi') ?? '无'}
      </Text>
      <Text weight="semibold">
        {summaryLine(report)}，用时 {Math.round(report.totalMs)} 毫秒
      </Text>
      <ul className={styles.rows}>
        {report.rows.map((row) => {
          const { verdict, reason } = rowVerdict(row.outcome, officeErrorSentence);
          return (
            <li key={row.capability} className={styles.row} data-capability={row.capability} data-verdict={verdict}>
              <span className={styles.head}>
                <Text>{CAPABILITY_LABELS[row.capability].name}</Text>
                <span className={verdictClass(styles, verdict)}>{verdict}</span>
              </span>
              {reason && <span className={styles.reason}>{reason}</span>}
            </li>
          );
        })}
      </ul>
      <Text weight="semibold">支持的 API 集</Text>
      <ul className={styles.sets}>
        {report.apiSets.map((set) => (
          <li key={set.set}>
            {set.set}：{versionRanges(set)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function verdictClass(styles: ReturnType<typeof useStyles>, verdict: Verdict): string {
  return verdict === '通过' ? styles.pass : verdict === '不支持' ? styles.unsupported : styles.fail;
}
