import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import type { StaleParagraph } from '../../domain/narrative/staleParagraphs';
import { staleSummary } from './narrativeView';

/**
 * The status line over a stale preview, with 重新生成. A live region, so a screen reader hears it
 * when an edit makes the text stale.
 */
export function StaleNotice({
  stale,
  watching,
  busy,
  onRegenerate,
}: {
  readonly stale: readonly StaleParagraph[];
  readonly watching: boolean;
  readonly busy: boolean;
  readonly onRegenerate: () => void;
}): JSX.Element {
  const summary = staleSummary(stale);
  return (
    <div role="status" aria-live="polite">
      {summary && (
        <MessageBar intent="warning">
          <MessageBarBody>{summary}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onRegenerate} disabled={busy}>
              重新生成
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!watching && <Text size={200}>无法监听工作簿的修改：修改单元格后，请点击“生成情况说明”重新生成。</Text>}
    </div>
  );
}
