import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import { TabMessages } from '../shared/TabMessages';
import { CatalogImport } from './CatalogImport';
import { FillPreviewList } from './FillPreviewList';
import { MissingTablesOffer } from './MissingTablesOffer';
import { useFillStyles } from './fillStyles';
import { StoredUndoView } from './StoredUndoView';
import { useFillTab } from './useFillTab';

/** 填充: 预览, 写入 and 撤销, the preview and what 撤销 would restore (state and work in useFillTab). */
export function FillTab({ gateway }: { readonly gateway: WorkbookGateway }): JSX.Element {
  const styles = useFillStyles();
  const t = useFillTab(gateway);
  return (
    <div className={styles.root}>
      <Text>根据科目编码、明细表和合计关系推算可以填写的单元格。写入前逐格预览；已有不同数字的单元格只在勾选后覆盖。</Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void t.preview()} disabled={t.busy !== null}>
          {t.busy === 'preview' ? <Spinner size="tiny" label="正在推算…" /> : '预览填充'}
        </Button>
        <Button onClick={() => void t.write()} disabled={t.busy !== null || !t.canWrite}>
          {t.busy === 'write' ? <Spinner size="tiny" label="正在写入…" /> : t.adding ? `添加 ${t.adding.added.length} 张表并写入` : '写入'}
        </Button>
        <Button onClick={() => void t.revert()} disabled={t.busy !== null || !t.stored}>
          撤销
        </Button>
      </div>
      {t.recordNotice && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.recordNotice}</MessageBarBody>
        </MessageBar>
      )}
      {t.stored && (
        <StoredUndoView stored={t.stored} overwrite={t.overwrite} onOverwrite={t.setOverwrite} deleteEdited={t.deleteEdited} onDeleteEdited={t.setDeleteEdited} />
      )}
      <TabMessages error={t.error} notice={t.notice} />
      {t.view && (
        <>
          <Text weight="semibold" role="status">
            {t.status}
          </Text>
          <MissingTablesOffer missing={t.missing} adding={t.adding} busy={t.busy !== null} onOffer={() => void t.offerAdding()} onDecline={() => void t.preview()} />
          <FillPreviewList view={t.view} accepted={t.accepted} onAccept={t.accept} onSelect={(sheet, address) => void t.select(sheet, address)} />
        </>
      )}
      <CatalogImport gateway={gateway} />
    </div>
  );
}
