import { Button } from '@fluentui/react-components';
import type { Finding } from '../../domain/findings/finding';
import { useNarrativeStyles } from './narrativeStyles';
import { inputLabel } from './narrativeView';

/** 待填写 (one short line per input, with 填写) and 其他提示, above the preview. */
export function NarrativeFindings({
  missing,
  others,
  busy,
  onFill,
}: {
  readonly missing: readonly Finding[];
  readonly others: readonly Finding[];
  readonly busy: boolean;
  readonly onFill: (f: Finding) => void;
}): JSX.Element {
  const styles = useNarrativeStyles();
  return (
    <>
      {missing.length > 0 && (
        <details className={styles.details} aria-label="待填写的参数">
          <summary className={styles.heading}>待填写（{missing.length}）</summary>
          <ul className={styles.list}>
            {missing.map((f) => (
              <li key={f.message} className={styles.item}>
                <span className={styles.itemText} title={f.message}>
                  {inputLabel(f)}
                </span>
                <Button size="small" onClick={() => onFill(f)} disabled={busy}>
                  填写
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {others.length > 0 && (
        <section aria-label="其他提示">
          <h3 className={styles.heading}>其他提示</h3>
          <ul className={styles.list}>
            {others.map((f, i) => (
              <li key={`${f.rule}-${i}`} className={styles.item}>
                <span className={styles.itemText}>{f.message}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
