import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { PendingStep, TemplateOutcome } from './useTemplateTab';

const useStyles = makeStyles({
  chips: { listStyle: 'none', margin: '4px 0 0 0', padding: 0, display: 'flex', flexWrap: 'wrap', gap: '2px 12px' },
  lines: { margin: '4px 0 0 0', paddingLeft: '18px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** After 插入模板: the set named once, then the sheets added by short label (the sheet's name on hover). */
export function TemplateOutcomeBar({ outcome }: { readonly outcome: TemplateOutcome }): JSX.Element {
  const styles = useStyles();
  return (
    <MessageBar intent={outcome.kind} layout="multiline" data-testid="template-outcome">
      <MessageBarBody>
        {outcome.text}
        {outcome.added && (
          <ul className={styles.chips} aria-label="插入的工作表">
            {outcome.added.map((a) => (
              <li key={a.sheet} title={a.sheet}>
                {a.label}
              </li>
            ))}
          </ul>
        )}
        {outcome.notices?.map((n) => (
          <div key={n}>{n}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The workbook holds part of the set: what is there, what would be added, and the choice. */
export function ConfirmMissing({
  pending,
  busy,
  onAdd,
  onCancel,
}: {
  readonly pending: PendingStep;
  readonly busy: boolean;
  readonly onAdd: () => void;
  readonly onCancel: () => void;
}): JSX.Element {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="template-confirm">
      <MessageBarBody>
        <MessageBarTitle>只添加缺少的表？</MessageBarTitle>
        <div>{pending.held}</div>
        <div>{`将只添加缺少的 ${pending.adding.length} 个工作表，已有的表不动：`}</div>
        <ul className={styles.lines} aria-label="将添加的工作表">
          {pending.adding.map((a) => (
            <li key={a.key}>
              {a.name} {a.title && <span className={styles.muted}>{a.title}</span>}
            </li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" onClick={onAdd} disabled={busy}>
          添加缺少的表
        </Button>
        <Button size="small" onClick={onCancel} disabled={busy}>
          取消
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
