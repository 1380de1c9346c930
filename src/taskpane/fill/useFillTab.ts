import { useEffect, useRef, useState } from 'react';
import type { FillPlan } from '../../domain/fill/fillTypes';
import type { FillWithAddedTables, MissingSummaryTables } from '../../domain/fill/missingSummaryTables';
import { tableList } from '../../domain/fill/missingTablesText';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import { loadFill, loadRecognition } from '../shared/engine';
import { errorText } from '../shared/errorText';
import { failed, useTabTask } from '../shared/useTabTask';
import { addedNotice, writeWithAddedTables } from './addMissingTables';
import { fillBatch, fillPreview, fillSummary } from './fillPreview';
import { freshStored, loadStoredUndo, outcomeText, recheckText, recordOf, tableLabels, undoUnlessUnseenEdits, type StoredUndo, type TableLabel } from './fillUndo';

const recognizer = async () => (await loadRecognition()).recognize;

export type FillBusy = 'preview' | 'write' | 'undo' | null;

/** A plan that writes, overwrites and inserts nothing: 写入 stays off. */
export function nothingToFill(plan: FillPlan): boolean {
  return plan.writes.length === 0 && plan.conflicts.length === 0 && plan.insertions.length === 0;
}

/** The status line over a preview: nothing to fill, or the counts (ticked conflicts included). */
export function fillStatus(plan: FillPlan, accepted: ReadonlySet<string>): string {
  return nothingToFill(plan) ? '没有可以推算填写的单元格。' : `${fillSummary(plan, accepted)}。`;
}

/**
 * 填充's state and work: the plan is previewed cell by cell before anything is written; conflicts
 * (non-empty cells that differ) are written only when ticked; 撤销 puts back exactly what the cells
 * held and deletes the sheets 从模板添加 added. The undo record is stored in the workbook with the
 * write, so 撤销 is offered again when the pane reopens; cells changed since the fill, and added
 * sheets typed into, are listed and kept unless the user ticks the box.
 */
export function useFillTab(gateway: WorkbookGateway) {
  const [plan, setPlan] = useState<FillPlan | null>(null);
  /** Summary tables the workbook lacks, found at 预览填充 (offered, never added unasked). */
  const [missing, setMissing] = useState<MissingSummaryTables | null>(null);
  /** The user chose 从模板添加: the tables to add, and the plan is the one made with them. */
  const [adding, setAdding] = useState<FillWithAddedTables | null>(null);
  const [labels, setLabels] = useState<TableLabel | null>(null);
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [stored, setStored] = useState<StoredUndo | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  /** Delete the added sheets the user typed into as well (ticked after they were listed). */
  const [deleteEdited, setDeleteEdited] = useState(false);
  const { busy, error, notice, setError, setNotice, run, runKeepingNotice } = useTabTask<NonNullable<FillBusy>>();
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

  const preview = () =>
    run('preview', failed('预览填充'), async () => {
      const [{ planFill, recognize, workbookCatalog, missingSummaryTables }, wb] = await Promise.all([loadFill(), gateway.readSnapshot()]);
      const rec = recognize(wb);
      setPlan(planFill(wb, rec, workbookCatalog(wb, rec.facts.catalogYear)));
      setMissing(missingSummaryTables(rec));
      setAdding(null);
      setLabels(() => tableLabels(wb, rec));
      setAccepted(new Set());
    });

  /** 从模板添加并填入可推算的行: the preview becomes the plan with the missing tables added (写入 confirms). */
  const offerAdding = () =>
    run('preview', failed('预览添加的表'), async () => {
      const [{ recognize, workbookCatalog, fillWithAddedTables }, wb] = await Promise.all([loadFill(), gateway.readSnapshot()]);
      const rec = recognize(wb);
      const result = fillWithAddedTables(wb, rec, workbookCatalog(wb, rec.facts.catalogYear));
      setPlan(result.plan);
      setAdding(result.added.length > 0 ? result : null);
      setLabels(() => tableLabels(result.wb, result.recognition));
      setAccepted(new Set());
    });

  const write = async () => {
    if (!plan) return;
    await runKeepingNotice('write', (why) => `写入失败：${why}。请预览后再试。`, async () => {
      const filledAt = new Date().toISOString();
      acted.current = true;
      const label = labels ?? ((sheet: string) => `工作表“${sheet}”`);
      if (adding) {
        const { undo, writes, rows } = await writeWithAddedTables(gateway, adding, accepted, filledAt);
        setStored(freshStored(recordOf(undo, filledAt), label));
        setNotice(addedNotice(adding, writes, rows, tableList(adding.added.map((a) => a.form))));
      } else {
        const batch = { ...fillBatch(plan, accepted), keepUndo: { filledAt } };
        const undo = await gateway.writeBatch(batch);
        // The new record replaced the stored one in the same write.
        setStored(freshStored(recordOf(undo, filledAt), label));
        const rows = batch.insertions?.length ?? 0;
        setNotice(`已写入 ${batch.writes.length} 个单元格${rows > 0 ? `，插入 ${rows} 行` : ''}。可点击“撤销”恢复原值。`);
      }
      setOverwrite(false);
      setDeleteEdited(false);
      setRecordNotice(null);
      setPlan(null);
      setMissing(null);
      setAdding(null);
    });
  };

  const revert = async () => {
    if (!stored) return;
    await runKeepingNotice('undo', failed('撤销'), async () => {
      acted.current = true;
      const outcome = await undoUnlessUnseenEdits(gateway, stored, overwrite, recognizer, deleteEdited);
      if ('recheck' in outcome) {
        // Nothing written: the user sees the new edits and decides on the next 撤销.
        setStored(outcome.recheck);
        setDeleteEdited(false);
        setNotice(null);
        setRecordNotice(recheckText(outcome));
        return;
      }
      setRecordNotice(null);
      setStored(null);
      setOverwrite(false);
      setDeleteEdited(false);
      setNotice(outcomeText(outcome));
    });
  };

  async function select(sheet: string, address: string): Promise<void> {
    try {
      await gateway.selectCells([{ sheet, address }]);
    } catch (e) {
      setError(`无法选中单元格：${errorText(e)}`);
    }
  }

  /** Ticks or unticks one conflict: only ticked conflicts are written. */
  function accept(key: string, on: boolean): void {
    const next = new Set(accepted);
    if (on) next.add(key);
    else next.delete(key);
    setAccepted(next);
  }

  return {
    plan,
    view: plan ? fillPreview(plan) : null,
    status: plan ? fillStatus(plan, accepted) : null,
    canWrite: plan !== null && (!nothingToFill(plan) || adding !== null),
    missing,
    adding,
    offerAdding,
    accepted,
    accept,
    stored,
    overwrite,
    setOverwrite,
    deleteEdited,
    setDeleteEdited,
    busy,
    error,
    notice,
    recordNotice,
    preview,
    write,
    revert,
    select,
  };
}
