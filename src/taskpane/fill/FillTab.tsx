import { useEffect, useRef, useState } from 'react';
import { Button, Checkbox, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FillPlan } from '../../domain/fill/fillTypes';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import { loadFill, loadRecognition } from '../shared/engine';
import { errorText } from '../shared/errorText';
import { fillBatch, fillPreview, fillSummary, writeKey } from './fillPreview';
import { CatalogImport } from './CatalogImport';
import {
  changedText,
  freshStored,
  keptRowText,
  loadStoredUndo,
  outcomeText,
  recordOf,
  tableLabels,
  undoOffer,
  undoStored,
  type StoredUndo,
  type TableLabel,
} from './fillUndo';
import { TabMessages } from '../shared/TabMessages';

const recognizer = async () => (await loadRecognition()).recognize;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  heading: { margin: '6px 0 2px 0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: '1px',
    padding: '4px 6px',
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  conflict: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  link: {
    border: 'none',
    background: 'none',
    padding: 0,
    textAlign: 'left',
    font: 'inherit',
    color: tokens.colorBrandForegroundLink,
    cursor: 'pointer',
    textDecoration: 'underline',
  },
  reason: { color: tokens.colorNeutralForeground3 },
  changed: { borderLeftColor: tokens.colorPaletteRedBorder2 },
});

/**
 * 填充: the plan is previewed cell by cell before anything is written; conflicts (non-empty cells
 * that differ) are written only when ticked; 撤销 puts back exactly what the cells held. The undo
 * record is stored in the workbook with the write, so 撤销 is offered again when the pane reopens;
 * cells changed since the fill are listed and kept unless the user ticks the box.
 */
export function FillTab({ gateway }: { readonly gateway: WorkbookGateway }): JSX.Element {
  const styles = useStyles();
  const [plan, setPlan] = useState<FillPlan | null>(null);
  const [labels, setLabels] = useState<TableLabel | null>(null);
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [stored, setStored] = useState<StoredUndo | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState<'preview' | 'write' | 'undo' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [recordNotice, setRecordNotice] = useState<string | null>(null);
  /** Set once this pane writes or undoes: the record read at start is then out of date. */
  const acted = useRef(false);

  useEffect(() => {
    let live = true;
    loadStoredUndo(gateway, recognizer)
      .then(({ stored: s, notice: n }) => {
        if (!live || acted.current) return;
        setStored(s);
        setRecordNotice(n);
      })
      .catch((e: unknown) => {
        if (live && !acted.current) setRecordNotice(`无法读取保存的填充撤销记录：${errorText(e)}。工作簿内容未受影响。`);
      });
    return () => {
      live = false;
    };
  }, [gateway]);

  async function preview(): Promise<void> {
    setBusy('preview');
    setError(null);
    setNotice(null);
    try {
      const [{ planFill, recognize, workbookCatalog }, wb] = await Promise.all([loadFill(), gateway.readSnapshot()]);
      const rec = recognize(wb);
      setPlan(planFill(wb, rec, workbookCatalog(wb, rec.facts.catalogYear)));
      setLabels(() => tableLabels(wb, rec));
      setAccepted(new Set());
    } catch (e) {
      setError(`预览填充失败：${errorText(e)}`);
    } finally {
      setBusy(null);
    }
  }

  async function write(): Promise<void> {
    if (!plan) return;
    setBusy('write');
    setError(null);
    try {
      const filledAt = new Date().toISOString();
      const batch = { ...fillBatch(plan, accepted), keepUndo: { filledAt } };
      acted.current = true;
      const undo = await gateway.writeBatch(batch);
      // The new record replaced the stored one in the same write.
      setStored(freshStored(recordOf(undo, filledAt), labels ?? ((sheet: string) => `工作表“${sheet}”`)));
      setOverwrite(false);
      setRecordNotice(null);
      setPlan(null);
      const rows = batch.insertions?.length ?? 0;
      setNotice(`已写入 ${batch.writes.length} 个单元格${rows > 0 ? `，插入 ${rows} 行` : ''}。可点击“撤销”恢复原值。`);
    } catch (e) {
      setError(`写入失败：${errorText(e)}。请预览后再试。`);
    } finally {
      setBusy(null);
    }
  }

  async function revert(): Promise<void> {
    if (!stored) return;
    setBusy('undo');
    setError(null);
    try {
      acted.current = true;
      const outcome = await undoStored(gateway, stored, overwrite, recognizer);
      setStored(null);
      setOverwrite(false);
      setNotice(outcomeText(outcome));
    } catch (e) {
      setError(`撤销失败：${errorText(e)}`);
    } finally {
      setBusy(null);
    }
  }

  async function select(sheet: string, address: string): Promise<void> {
    try {
      await gateway.selectCells([{ sheet, address }]);
    } catch (e) {
      setError(`无法选中单元格：${errorText(e)}`);
    }
  }

  const view = plan ? fillPreview(plan) : null;
  const nothing = plan && plan.writes.length === 0 && plan.conflicts.length === 0 && plan.insertions.length === 0;
  return (
    <div className={styles.root}>
      <Text>根据科目编码、明细表和合计关系推算可以填写的单元格。写入前逐格预览；已有不同数字的单元格只在勾选后覆盖。</Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void preview()} disabled={busy !== null}>
          {busy === 'preview' ? <Spinner size="tiny" label="正在推算…" /> : '预览填充'}
        </Button>
        <Button onClick={() => void write()} disabled={busy !== null || !plan || !!nothing}>
          {busy === 'write' ? <Spinner size="tiny" label="正在写入…" /> : '写入'}
        </Button>
        <Button onClick={() => void revert()} disabled={busy !== null || !stored}>
          撤销
        </Button>
      </div>
      {recordNotice && (
        <MessageBar intent="warning">
          <MessageBarBody>{recordNotice}</MessageBarBody>
        </MessageBar>
      )}
      {stored && <StoredUndoView stored={stored} overwrite={overwrite} onOverwrite={setOverwrite} styles={styles} />}
      <TabMessages error={error} notice={notice} />
      {plan && view && (
        <>
          <Text weight="semibold" role="status">
            {nothing ? '没有可以推算填写的单元格。' : `${fillSummary(plan, accepted)}。`}
          </Text>
          {view.conflicts.length > 0 && (
            <section aria-label="冲突">
              <h3 className={styles.heading}>冲突（已有不同数字，勾选后才覆盖）</h3>
              <ul className={styles.list} data-testid="fill-conflicts">
                {view.conflicts.map((c) => (
                  <li key={c.key} className={`${styles.row} ${styles.conflict}`}>
                    <span>{c.sentence}</span>
                    <Checkbox
                      checked={accepted.has(c.key)}
                      onChange={(_, d) => {
                        const next = new Set(accepted);
                        if (d.checked === true) next.add(c.key);
                        else next.delete(c.key);
                        setAccepted(next);
                      }}
                      label={`改为 ${c.value}（${c.target}）`}
                    />
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
                    <button type="button" className={styles.link} onClick={() => void select(h.sheet, h.address)}>
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
                      <button type="button" className={styles.link} onClick={() => void select(w.sheet, w.address)}>
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
      )}
      <CatalogImport gateway={gateway} />
    </div>
  );
}

/** What 撤销 will restore, and the cells changed since the fill that it leaves unless ticked. */
function StoredUndoView({
  stored,
  overwrite,
  onOverwrite,
  styles,
}: {
  readonly stored: StoredUndo;
  readonly overwrite: boolean;
  readonly onOverwrite: (v: boolean) => void;
  readonly styles: ReturnType<typeof useStyles>;
}): JSX.Element {
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
