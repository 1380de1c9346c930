import { Checkbox, Text } from '@fluentui/react-components';
import { useFillStyles } from './fillStyles';
import { changedText, keptRowText, undoOffer, type StoredUndo } from './fillUndo';

/** What 撤销 will restore, and the cells changed since the fill that it leaves unless ticked. */
export function StoredUndoView({
  stored,
  overwrite,
  onOverwrite,
}: {
  readonly stored: StoredUndo;
  readonly overwrite: boolean;
  readonly onOverwrite: (v: boolean) => void;
}): JSX.Element {
  const styles = useFillStyles();
  const { check, label } = stored;
  const edited = check.keptRows.filter((k) => k.why !== 'changedCells');
  return (
    <section aria-label="可撤销的填充">
      <Text>
        {`可撤销 ${undoOffer(stored.record)}：恢复 ${check.unchanged.length} 个单元格原来的内容`}
        {check.removableRows.length > 0 ? `，删除插入的 ${check.removableRows.length} 行` : ''}。
      </Text>
      {check.changed.length > 0 && (
        <>
          <h3 className={styles.heading}>{`填充后被修改的单元格（${check.changed.length}），撤销时保留现在的内容`}</h3>
          <ul className={styles.list} data-testid="fill-undo-changed">
            {check.changed.map((c) => (
              <li key={`${c.cell.sheet}!${c.cell.address}`} className={`${styles.row} ${styles.changed}`}>
                {changedText(c, label)}
              </li>
            ))}
          </ul>
          <Checkbox
            checked={overwrite}
            onChange={(_, d) => onOverwrite(d.checked === true)}
            label="也恢复以上单元格（覆盖填充后的修改）"
          />
        </>
      )}
      {edited.length > 0 && (
        <ul className={styles.list}>
          {edited.map((k) => (
            <li key={`${k.row.sheet}#${k.row.row}`} className={`${styles.row} ${styles.changed}`}>
              {keptRowText(k, label)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
