import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import { FileButton } from '../shared/FileButton';
import { TabMessages } from '../shared/TabMessages';
import { NarrativeFindings } from './NarrativeFindings';
import { NarrativePreview } from './NarrativePreview';
import { useNarrativeStyles } from './narrativeStyles';
import { NO_TABLES_LINE } from './narrativeView';
import { StaleNotice } from './StaleNotice';
import { useNarrativeTab } from './useNarrativeTab';
import { WrittenAuditSection } from './WrittenAuditSection';

/**
 * 说明: the 情况说明 built from the cells. Every figure is a button that selects its source cells;
 * missing inputs are listed with 填写; stale paragraphs are marked (state and work in useNarrativeTab).
 */
export function NarrativeTab({ gateway }: { readonly gateway: WorkbookGateway }): JSX.Element {
  const styles = useNarrativeStyles();
  const t = useNarrativeTab(gateway);
  const busy = t.busy !== null;
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void t.generate()} disabled={busy}>
          {t.busy === 'build' ? <Spinner size="tiny" label="正在生成…" /> : '生成情况说明'}
        </Button>
        <Button onClick={() => void t.insertSheet()} disabled={busy}>
          插入情况说明工作表
        </Button>
        <Button onClick={() => void t.downloadWord()} disabled={busy}>
          {t.busy === 'docx' ? <Spinner size="tiny" label="正在生成 Word…" /> : '下载 Word 文件'}
        </Button>
        <FileButton inputLabel="选择上年工作簿" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" disabled={busy} onFile={(f) => void t.choosePrior(f)}>
          {t.prior ? `上年工作簿：${t.prior.name}` : '上年工作簿'}
        </FileButton>
      </div>
      <WrittenAuditSection busy={t.busy} onAudit={(source) => void t.auditWritten(source)} />
      <TabMessages error={t.error} notice={t.notice} />
      {t.noTables && (
        <MessageBar intent="warning" data-testid="narrative-no-tables">
          <MessageBarBody>{NO_TABLES_LINE}</MessageBarBody>
        </MessageBar>
      )}
      {t.shown && !t.noTables && <StaleNotice stale={t.stale} watching={t.shown.watch.watching} busy={busy} onRegenerate={() => void t.generate()} />}
      <NarrativeFindings missing={t.missing} others={t.others} busy={busy} onFill={(f) => void t.fillInput(f)} />
      {t.narrative && !t.noTables && <NarrativePreview narrative={t.narrative} stale={t.stale} onSelect={(refs) => void t.select(refs)} />}
      {!t.narrative && <Text>点击“生成情况说明”，从公开表和“说明参数”表生成文字。数字带下划线的可以点击，跳到来源单元格。</Text>}
    </div>
  );
}
