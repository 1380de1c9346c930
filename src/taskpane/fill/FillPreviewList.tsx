import { Checkbox } from '@fluentui/react-components';
import type { FillPreview } from './fillPreview';
import { writeKey } from './fillPreview';
import { useFillStyles } from './fillStyles';

/** The preview, section by section: conflicts to tick, sources held back, rows to insert, cells to write, notes. */
export function FillPreviewList({
  view,
  accepted,
  onAccept,
  onSelect,
}: {
  readonly view: FillPreview;
  readonly accepted: ReadonlySet<string>;
  readonly onAccept: (key: string, on: boolean) => void;
  readonly onSelect: (sheet: string, address: string) => void;
}): JSX.Element {
  const styles = useFillStyles();
  return (
    <>
      {view.conflicts.length > 0 && (
        <section aria-label="冲突">
          <h3 className={styles.heading}>冲突（已有不同数字，勾选后才覆盖）</h3>
          <ul className={styles.list} data-testid="fill-conflicts">
            {view.conflicts.map((c) => (
              <li key={c.key} className={`${styles.row} ${styles.conflict}`}>
                <span>{c.sentence}</span>
                <Checkbox checked={accepted.has(c.key)} onChange={(_, d) => onAccept(c.key, d.checked === true)} label={`改为 ${c.value}（${c.target}）`} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.heldBack.length > 0 && (
        <section aria-label="未填充：来源本身有错误">
          <h3 className={styles.heading}>未填充：来源本身有错误</h3>
          <ul className={styles.list} data-testid="fill-held-back">
            {view.heldBack.map((h) => (
              <li key={h.key} className={`${styles.row} ${styles.changed}`}>
                <span>{h.text}</span>
                <button type="button" className={styles.link} onClick={() => onSelect(h.sheet, h.address)}>
                  {`选中 ${h.key}`}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.insertions.length > 0 && (
        <section aria-label="插入的行">
          <h3 className={styles.heading}>插入的行</h3>
          <ul className={styles.list}>
            {view.insertions.map((i) => (
              <li key={i.key} className={styles.row}>
                <span>{i.text}</span>
                <span className={styles.reason}>{i.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.writes.length > 0 && (
        <section aria-label="将写入的单元格">
          <h3 className={styles.heading}>将写入的单元格（{view.writes.length}）</h3>
          <ul className={styles.list} data-testid="fill-writes">
            {view.writes.map((w) => (
              <li key={w.key} className={styles.row}>
                <span>
                  <button type="button" className={styles.link} onClick={() => onSelect(w.sheet, w.address)}>
                    {w.place}
                  </button>
                  {` ← ${w.value}`}
                  {w.place !== w.target && <span className={styles.reason}>{`（${w.target}）`}</span>}
                </span>
                <span className={styles.reason}>{w.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.notes.length > 0 && (
        <section aria-label="无法推算">
          <h3 className={styles.heading}>无法推算（需要补充）</h3>
          <ul className={styles.list}>
            {view.notes.map((n, i) => (
              <li key={`${writeKey({ sheet: n.sheet ?? '', address: n.cell ?? '' })}-${i}`} className={styles.row}>
                {n.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
