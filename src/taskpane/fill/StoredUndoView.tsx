import { Checkbox, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { addedSheetText, sheetList } from './addedSheetsUndo';
import { useFillStyles } from './fillStyles';
import { changedText, keptRowText, undoOffer, type StoredUndo } from './fillUndo';

/**
 * What 撤销 will restore and delete; the cells changed since the fill and the added sheets typed into,
 * each left unless ticked; and, before any sheet is deleted, that this empties Excel's own undo (Ctrl+Z).
 */
export function StoredUndoView({
  stored,
  overwrite,
  onOverwrite,
  deleteEdited,
  onDeleteEdited,
}: {
  readonly stored: StoredUndo;
  readonly overwrite: boolean;
  readonly onOverwrite: (v: boolean) => void;
  readonly deleteEdited: boolean;
  readonly onDeleteEdited: (v: boolean) => void;
}): JSX.Element {
  const styles = useFillStyles();
  const { check, label, sheets } = stored;
  const edited = check.keptRows.filter((k) => k.why !== 'changedCells');
  const editedSheets = sheets.filter((s) => s.kind === 'edited');
  const untouched = sheets.filter((s) => s.kind !== 'removable' && s.kind !== 'edited');
  const deleting = sheets.filter((s) => s.kind === 'removable' || (deleteEdited && s.kind === 'edited')).map((s) => s.sheet.name);
  return (
    <section aria-label="可撤销的填充">
      <Text>{`可撤销 ${undoOffer(stored.record)}：${undoParts(stored).join('，')}。`}</Text>
      {deleting.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{`撤销将删除${sheetList(deleting)}。删除工作表会清空 Excel 的撤销记录（Ctrl+Z 不能再撤回此前的操作），请先保存要保留的修改。`}</MessageBarBody>
        </MessageBar>
      )}
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
      {editedSheets.length > 0 && (
        <>
          <h3 className={styles.heading}>{`添加后被修改的工作表（${editedSheets.length}），撤销时保留，内容不变`}</h3>
          <ul className={styles.list} data-testid="fill-undo-edited-sheets">
            {editedSheets.map((s) => (
              <li key={s.sheet.id} className={`${styles.row} ${styles.changed}`}>
                {addedSheetText(s)}
              </li>
            ))}
          </ul>
          <Checkbox
            checked={deleteEdited}
            onChange={(_, d) => onDeleteEdited(d.checked === true)}
            label="也删除以上工作表（其中的修改会一并删除）"
          />
        </>
      )}
      {(edited.length > 0 || untouched.length > 0) && (
        <ul className={styles.list}>
          {edited.map((k) => (
            <li key={`${k.row.sheet}#${k.row.row}`} className={`${styles.row} ${styles.changed}`}>
              {keptRowText(k, label)}
            </li>
          ))}
          {untouched.map((s) => (
            <li key={s.sheet.id} className={`${styles.row} ${styles.changed}`}>
              {addedSheetText(s)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What 撤销 does as things stand: cells, rows, sheets (no "0 个单元格" when it only deletes sheets). */
function undoParts({ check, sheets }: StoredUndo): string[] {
  const removable = sheets.filter((s) => s.kind === 'removable').map((s) => s.sheet.name);
  const rest = [
    ...(check.removableRows.length > 0 ? [`删除插入的 ${check.removableRows.length} 行`] : []),
    ...(removable.length > 0 ? [`删除填充添加的${sheetList(removable)}`] : []),
  ];
  return [...(check.unchanged.length > 0 || rest.length === 0 ? [`恢复 ${check.unchanged.length} 个单元格原来的内容`] : []), ...rest];
}
