import { useEffect, useMemo, useRef, useState } from 'react';
import type { CellRef, Finding } from '../../domain/findings/finding';
import type { Narrative } from '../../domain/narrative/narrativeTypes';
import { staleParagraphs } from '../../domain/narrative/staleParagraphs';
import { uniqueSheetName } from '../../domain/template/uniqueSheetName';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import { paneBridge } from '../paneBridge';
import { loadDocx, loadNarrative, loadPriorWorkbookReader } from '../shared/engine';
import { errorText } from '../shared/errorText';
import { failed, useTabTask } from '../shared/useTabTask';
import { statusLine } from '../shared/findingGroups';
import { downloadBytes, safeFileName } from './fileText';
import { generateNarrative, type ShownNarrative } from './generateNarrative';
import { auditWrittenNarrative, type WrittenSource } from './narrativeAudit';
import { narrativeSheetLayout, NARRATIVE_SHEET_NAME } from './narrativeSheet';
import { missingInputs, otherNarrativeFindings, withWatchState } from './narrativeView';
import { NarrativeWatch } from './narrativeWatch';
import { openParameterInput } from './parameterInput';

export type NarrativeBusy = 'build' | 'sheet' | 'docx' | 'fill' | 'audit' | null;

/**
 * 说明's state and work: the 情况说明 built from the cells; missing inputs with 填写 (which inserts the
 * 说明参数 sheet first when there is none); after generation, edits of the cells mark the paragraphs
 * they invalidate as 已过期.
 */
export function useNarrativeTab(gateway: WorkbookGateway) {
  const [shown, setShown] = useState<ShownNarrative | null>(null);
  const narrative = shown?.narrative ?? null;
  const watch = useRef<NarrativeWatch | null>(null);
  const { busy, error, notice, setError, setNotice, run: runTask } = useTabTask<NonNullable<NarrativeBusy>>();
  // Last year's workbook: its tables give the 上年 figures that the 说明参数 sheet leaves blank.
  const [prior, setPrior] = useState<{ readonly name: string; readonly wb: WorkbookSnapshot } | null>(null);

  // One watch per gateway, made in the effect so StrictMode's mount-unmount-mount leaves a live one.
  useEffect(() => {
    const w = new NarrativeWatch(gateway, (state) => setShown((v) => withWatchState(v, state)));
    watch.current = w;
    return () => {
      watch.current = null;
      void w.stop();
    };
  }, [gateway]);

  const stale = useMemo(() => (shown ? staleParagraphs(shown.narrative, shown.watch.changes, shown.watch.sheets) : []), [shown]);

  async function build(): Promise<Narrative> {
    const next = await generateNarrative(gateway, watch.current, prior);
    setShown(next);
    return next.narrative;
  }

  const run = (kind: NonNullable<NarrativeBusy>, what: string, action: () => Promise<void>) => runTask(kind, failed(what), action);

  const generate = () => run('build', '生成情况说明', async () => void (await build()));

  const choosePrior = (file: File) =>
    run('build', '读取上年工作簿', async () => {
      if (!file.name.toLowerCase().endsWith('.xlsx')) throw new Error('上年工作簿应为 .xlsx 文件');
      const { xlsxSnapshot } = await loadPriorWorkbookReader();
      const wb = await xlsxSnapshot(new Uint8Array(await file.arrayBuffer()));
      const { recognize } = await loadNarrative();
      const tables = recognize(wb).tables.length;
      if (tables === 0) throw new Error(`“${file.name}”中没有识别到公开表`);
      setPrior({ name: file.name, wb });
      setNotice(`已读取上年工作簿“${file.name}”（${tables} 张表），生成时用它的数字作为上年数。`);
    });

  const insertSheet = () =>
    run('sheet', '插入情况说明工作表', async () => {
      // Built again from the workbook as it is now, so the sheet never shows stale figures.
      const n = await build();
      const name = uniqueSheetName(NARRATIVE_SHEET_NAME, await gateway.sheetNames());
      await gateway.writeLayouts([narrativeSheetLayout(n, name)]);
      setNotice(`已插入工作表“${name}”。`);
    });

  const downloadWord = () =>
    run('docx', '生成 Word 文件', async () => {
      // A stale preview is not what goes into the Word file: build again from the cells as they are.
      const n = narrative && stale.length === 0 ? narrative : await build();
      const { narrativeToDocx } = await loadDocx();
      const bytes = await narrativeToDocx(n);
      downloadBytes(bytes, safeFileName(n.title, 'docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      setNotice('已生成 Word 文件，请在下载位置查看。');
    });

  /** 校验已有说明: the findings go to the 校验 list, under their own heading, and that tab comes to the front. */
  const auditWritten = (source: () => Promise<WrittenSource>) =>
    run('audit', '校验已有说明', async () => {
      const a = await auditWrittenNarrative(gateway, await source(), prior?.wb ?? null);
      const summary = `已校验“${a.source}”：${a.findings.length === 0 ? '未发现问题' : statusLine(a.findings)}`;
      setNotice(paneBridge.showNarrativeAudit(a) ? `${summary}，结果列在“校验”页。` : `${summary}。`);
    });

  async function select(refs: readonly CellRef[]): Promise<void> {
    try {
      await gateway.selectCells(refs);
    } catch (e) {
      setError(`无法选中单元格：${errorText(e)}`);
    }
  }

  const fillInput = (f: Finding) =>
    run('fill', '打开说明参数', async () => {
      const n = await openParameterInput(gateway, f, build);
      if (n) setNotice(n);
    });

  const noTables = shown?.tables === 0;
  return {
    shown,
    narrative,
    stale,
    noTables,
    missing: narrative && !noTables ? missingInputs(narrative) : [],
    others: narrative && !noTables ? otherNarrativeFindings(narrative) : [],
    prior,
    busy,
    error,
    notice,
    generate,
    choosePrior,
    insertSheet,
    downloadWord,
    auditWritten,
    select,
    fillInput,
  };
}
