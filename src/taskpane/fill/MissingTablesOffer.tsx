import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { FillWithAddedTables, MissingSummaryTables } from '../../domain/fill/missingSummaryTables';
import { addedTablesText, missingTablesText } from '../../domain/fill/missingTablesText';
import { useFillStyles } from './fillStyles';

/**
 * Summary tables the workbook lacks altogether (表1/4/5, 公开01/04/05表): named, and offered from the
 * template with their rows filled. Nothing is added on this click: it turns the preview into the
 * plan with the tables added, listed here, and 写入 (labelled with what it adds) confirms.
 */
export function MissingTablesOffer({
  missing,
  adding,
  busy,
  onOffer,
  onDecline,
}: {
  readonly missing: MissingSummaryTables | null;
  readonly adding: FillWithAddedTables | null;
  readonly busy: boolean;
  readonly onOffer: () => void;
  readonly onDecline: () => void;
}): JSX.Element | null {
  const styles = useFillStyles();
  if (adding) {
    return (
      <section aria-label="将添加的表">
        <h3 className={styles.heading}>将添加的表（新工作表，已有工作表不变；写入时才添加）</h3>
        <ul className={styles.list} data-testid="fill-added-tables">
          {addedTablesText(adding).map((line) => (
            <li key={line} className={styles.row}>
              {line}
            </li>
          ))}
        </ul>
        <div className={styles.actions}>
          <Button size="small" onClick={onDecline} disabled={busy}>
            不添加
          </Button>
        </div>
      </section>
    );
  }
  if (!missing || missing.missing.length === 0) return null;
  if (missing.lackingSources.length > 0) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{`${missingTablesText(missing)}；请先插入模板或粘贴这些表。`}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section aria-label="缺少的表">
      <Text>{`${missingTablesText(missing)}。`}</Text>
      <div className={styles.actions}>
        <Button size="small" appearance="secondary" onClick={onOffer} disabled={busy}>
          从模板添加并填入可推算的行
        </Button>
      </div>
    </section>
  );
}
