import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import { errorText } from '../shared/errorText';
import { insertionText, insertPerformanceTemplates, type PerformanceInsertion } from './performanceTemplate';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** 模板 › 绩效目标表: one 项目支出绩效目标表 per 表12 project that has none, pre-filled from 表12. */
export function PerformanceTemplateSection({ gateway, onInserted }: { readonly gateway: WorkbookGateway; readonly onInserted: () => void }): JSX.Element {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ readonly intent: 'success' | 'warning' | 'error'; readonly text: string; readonly notices: readonly string[] } | null>(null);

  async function run(): Promise<void> {
    setBusy(true);
    setOutcome(null);
    try {
      const r: PerformanceInsertion = await insertPerformanceTemplates(gateway);
      setOutcome({ intent: r.kind === 'inserted' ? 'success' : 'warning', text: insertionText(r), notices: r.kind === 'inserted' ? r.notices : [] });
      if (r.kind === 'inserted') onInserted();
    } catch (e) {
      setOutcome({ intent: 'error', text: `插入绩效目标表失败：${errorText(e)}`, notices: [] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.root} aria-label="绩效目标表">
      <h3 className={styles.heading}>绩效目标表</h3>
      <Text>按预算公开表12，为还没有项目支出绩效目标表的每个项目插入一张：项目名称、实施单位、年度和年度资金总额（元）已填好，指标框架留空待填；已有的表不重复、不覆盖。</Text>
      <Button onClick={() => void run()} disabled={busy}>
        {busy ? <Spinner size="tiny" label="正在插入…" /> : '按表12生成绩效目标表'}
      </Button>
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>
            {outcome.text}
            {outcome.notices.map((n) => (
              <div key={n}>{n}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
