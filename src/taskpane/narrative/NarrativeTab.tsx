import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { CellRef, Finding } from '../../domain/findings/finding';
import type { Narrative, NarrativeRun } from '../../domain/narrative/narrativeTypes';
import { staleParagraphs, type StaleParagraph } from '../../domain/narrative/staleParagraphs';
import { uniqueSheetName } from '../../domain/template/uniqueSheetName';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import { loadDocx, loadNarrative, loadPriorWorkbookReader } from '../shared/engine';
import { errorText } from '../shared/errorText';
import { downloadBytes, safeFileName } from './fileText';
import {
  NO_TABLES_LINE,
  STALE_LABEL,
  STALE_TITLE,
  gluedRuns,
  inputLabel,
  missingInputs,
  otherNarrativeFindings,
  paragraphKey,
  staleByParagraph,
  staleSummary,
  unitPieces,
  withWatchState,
} from './narrativeView';
import { NarrativeWatch, type WatchState } from './narrativeWatch';
import { narrativeSheetLayout, NARRATIVE_SHEET_NAME } from './narrativeSheet';
import { FileButton } from '../shared/FileButton';
import { auditWrittenNarrative, type WrittenSource } from './narrativeAudit';
import { paneBridge } from '../paneBridge';
import { statusLine } from '../shared/findingGroups';
import { TabMessages } from '../shared/TabMessages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  preview: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px 10px',
    lineHeight: '1.8',
    fontSize: tokens.fontSizeBase300,
    overflowWrap: 'anywhere',
  },
  title: { margin: '0 0 6px 0', fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, textAlign: 'center' },
  h1: { margin: '10px 0 2px 0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightBold },
  h2: { margin: '6px 0 2px 0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  para: { margin: '0 0 4px 0', textIndent: '2em' },
  // A stale paragraph: marked by a word, not only by colour.
  stalePara: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    boxShadow: `inset 3px 0 0 ${tokens.colorStatusWarningBorderActive}`,
  },
  staleBadge: {
    display: 'inline-block',
    textIndent: 0,
    marginRight: '4px',
    padding: '0 4px',
    borderRadius: tokens.borderRadiusSmall,
    border: `1px solid ${tokens.colorStatusWarningBorder2}`,
    color: tokens.colorStatusWarningForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  figure: {
    border: 'none',
    background: 'none',
    padding: 0,
    font: 'inherit',
    color: tokens.colorBrandForegroundLink,
    textDecoration: 'underline dotted',
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  missing: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorPaletteRedForeground1 },
  heading: { margin: '4px 0 6px 0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, cursor: 'pointer' },
  details: { display: 'block' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  item: { display: 'flex', gap: '8px', alignItems: 'flex-start', fontSize: tokens.fontSizeBase200 },
  itemText: { flex: 1, minWidth: 0 },
  nowrap: { whiteSpace: 'nowrap' },
  audit: { display: 'flex', flexDirection: 'column', gap: '6px', borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: '8px' },
  auditHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** The narrative on screen and the edits made since it read the workbook. */
export interface ShownNarrative {
  readonly narrative: Narrative;
  readonly watch: WatchState;
  /** 公开表 recognised in the workbook read (none: the pane says so in one line instead of a text of placeholders). */
  readonly tables?: number;
}

type Prior = { readonly name: string; readonly wb: WorkbookSnapshot } | null;

const UNWATCHED: WatchState = { generation: -1, changes: [], sheets: new Set(), watching: false };

/**
 * Reads the workbook and builds the 情况说明; with a watch, edits from the moment it starts reading
 * count against the result (the 说明 tab's 生成, 重新生成 and every path that rebuilds).
 */
export async function generateNarrative(gateway: WorkbookGateway, watch: NarrativeWatch | null, prior: Prior): Promise<ShownNarrative> {
  let tables = 0;
  const read = async () => {
    const [lib, wb] = await Promise.all([loadNarrative(), gateway.readSnapshot()]);
    const recognition = lib.recognize(wb);
    tables = recognition.tables.length;
    const value = lib.buildNarrative(
      wb,
      recognition,
      lib.readParameters(wb),
      prior ? { prior: { wb: prior.wb, recognition: lib.recognize(prior.wb) } } : undefined,
    );
    return { value, sheets: wb.sheets.map((x) => x.name) };
  };
  if (!watch) return { narrative: (await read()).value, watch: UNWATCHED, tables };
  const { value, state } = await watch.track(read);
  return { narrative: value, watch: state, tables };
}

/**
 * 说明: the 情况说明 built from the cells. Every figure is a button that selects its source cells;
 * missing inputs are listed with 填写 (which inserts the 说明参数 sheet first when there is none).
 * After generation, edits of the cells mark the paragraphs they invalidate as 已过期.
 */
export function NarrativeTab({ gateway }: { readonly gateway: WorkbookGateway }): JSX.Element {
  const styles = useStyles();
  const [shown, setShown] = useState<ShownNarrative | null>(null);
  const narrative = shown?.narrative ?? null;
  const watch = useRef<NarrativeWatch | null>(null);
  const [busy, setBusy] = useState<'build' | 'sheet' | 'docx' | 'fill' | 'audit' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
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

  async function run(kind: NonNullable<typeof busy>, what: string, action: () => Promise<void>): Promise<void> {
    setBusy(kind);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (e) {
      setError(`${what}失败：${errorText(e)}`);
    } finally {
      setBusy(null);
    }
  }

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

  /** 填写: select the input's cell; without a 说明参数 sheet, insert it first and find the cell there. */
  const fillInput = (f: Finding) =>
    run('fill', '打开说明参数', async () => {
      if (f.sheet && f.cell) {
        await gateway.selectCells([{ sheet: f.sheet, address: f.cell }]);
        return;
      }
      const [lib, wb] = await Promise.all([loadNarrative(), gateway.readSnapshot()]);
      const params = lib.readParameters(wb);
      const rec = lib.recognize(wb);
      if (params.sheet) {
        // The sheet has no row for this input (written by an earlier version, or the row was deleted):
        // append the missing rows below everything on it — empty cells only — and go to this one.
        const rows = lib.missingParameterRows(wb, rec.facts.kind);
        if (!rows || rows.cells.length === 0) {
          await gateway.selectCells([{ sheet: params.sheet, address: 'B3' }]);
          setNotice('说明参数表中没有这一项的行，请按“项目”列的文字补上。');
          return;
        }
        await gateway.writeCells(rows.cells.map((c) => ({ sheet: rows.sheet, address: c.address, value: c.value })));
        const n = await build();
        const same = missingInputs(n).find((x) => x.message === f.message && x.sheet && x.cell);
        await gateway.selectCells([same?.sheet && same.cell ? { sheet: same.sheet, address: same.cell } : rows.added[0].cell]);
        setNotice(`已在“${rows.sheet}”表末尾补上 ${rows.added.length} 个新增项目（原有内容未改动），请填写后重新生成。`);
        return;
      }
      const layout = lib.parameterSheetLayout({
        kind: rec.facts.kind,
        year: rec.facts.catalogYear,
        unit: rec.facts.unit ?? '',
        ...(rec.facts.unitType ? { unitType: rec.facts.unitType } : {}),
      });
      const name = uniqueSheetName(layout.name, wb.sheets.map((s) => s.name));
      await gateway.writeLayouts([{ ...layout, name }]);
      const n = await build();
      const same = missingInputs(n).find((x) => x.message === f.message && x.sheet && x.cell);
      if (same?.sheet && same.cell) await gateway.selectCells([{ sheet: same.sheet, address: same.cell }]);
      setNotice(`已插入“${name}”工作表，请在浅黄色单元格中填写，然后重新生成。`);
    });

  const noTables = shown?.tables === 0;
  const missing = narrative && !noTables ? missingInputs(narrative) : [];
  const others = narrative && !noTables ? otherNarrativeFindings(narrative) : [];
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void generate()} disabled={busy !== null}>
          {busy === 'build' ? <Spinner size="tiny" label="正在生成…" /> : '生成情况说明'}
        </Button>
        <Button onClick={() => void insertSheet()} disabled={busy !== null}>
          插入情况说明工作表
        </Button>
        <Button onClick={() => void downloadWord()} disabled={busy !== null}>
          {busy === 'docx' ? <Spinner size="tiny" label="正在生成 Word…" /> : '下载 Word 文件'}
        </Button>
        <FileButton inputLabel="选择上年工作簿" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" disabled={busy !== null} onFile={(f) => void choosePrior(f)}>
          {prior ? `上年工作簿：${prior.name}` : '上年工作簿'}
        </FileButton>
      </div>
      <section className={styles.audit} aria-label="校验已有说明">
        <h3 className={styles.auditHeading}>校验已有说明</h3>
        <Text size={200}>单位自己写的情况说明，逐个数字、占比、增减与表核对，结果列在“校验”页。</Text>
        <div className={styles.actions}>
          <FileButton
            inputLabel="选择情况说明文件"
            accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
            disabled={busy !== null}
            onFile={(f) => void auditWritten(async () => ({ kind: 'file', name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))}
          >
            {busy === 'audit' ? <Spinner size="tiny" label="正在校验…" /> : '选择 Word/文本文件'}
          </FileButton>
          <Button onClick={() => void auditWritten(async () => ({ kind: 'sheet' }))} disabled={busy !== null}>
            使用情况说明工作表
          </Button>
        </div>
      </section>
      <TabMessages error={error} notice={notice} />
      {noTables && (
        <MessageBar intent="warning" data-testid="narrative-no-tables">
          <MessageBarBody>{NO_TABLES_LINE}</MessageBarBody>
        </MessageBar>
      )}
      {shown && !noTables && (
        <StaleNotice stale={stale} watching={shown.watch.watching} busy={busy !== null} onRegenerate={() => void generate()} />
      )}
      {narrative && missing.length > 0 && (
        <details className={styles.details} aria-label="待填写的参数">
          <summary className={styles.heading}>待填写（{missing.length}）</summary>
          <ul className={styles.list}>
            {missing.map((f) => (
              <li key={f.message} className={styles.item}>
                <span className={styles.itemText} title={f.message}>
                  {inputLabel(f)}
                </span>
                <Button size="small" onClick={() => void fillInput(f)} disabled={busy !== null}>
                  填写
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {narrative && others.length > 0 && (
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
      {narrative && !noTables && <NarrativePreview narrative={narrative} stale={stale} onSelect={(refs) => void select(refs)} />}
      {!narrative && <Text>点击“生成情况说明”，从公开表和“说明参数”表生成文字。数字带下划线的可以点击，跳到来源单元格。</Text>}
    </div>
  );
}

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

/** The generated text; every figure selects its cells, stale paragraphs carry a 已过期 marker. */
export function NarrativePreview({
  narrative,
  stale,
  onSelect,
}: {
  readonly narrative: Narrative;
  readonly stale: readonly StaleParagraph[];
  readonly onSelect: (refs: readonly CellRef[]) => void;
}): JSX.Element {
  const styles = useStyles();
  const marks = staleByParagraph(stale);
  return (
    <article className={styles.preview} aria-label="情况说明预览" data-testid="narrative-preview">
      <h2 className={styles.title}>{narrative.title}</h2>
      {narrative.sections.map((s, i) => (
        <section key={`${s.heading}-${i}`}>
          {s.level === 1 ? <h3 className={styles.h1}>{s.heading}</h3> : <h4 className={styles.h2}>{s.heading}</h4>}
          {s.paragraphs.map((p, j) => {
            const mark = marks.get(paragraphKey(i, j));
            return (
              <p key={j} className={mergeClasses(styles.para, mark && styles.stalePara)} data-stale={mark}>
                {mark && (
                  <span className={styles.staleBadge} title={STALE_TITLE[mark]}>
                    {STALE_LABEL[mark]}
                  </span>
                )}
                {gluedRuns(p.runs).map((g, k) =>
                  g.unit ? (
                    <span key={k} className={styles.nowrap}>
                      <Run run={g.run} styles={styles} onSelect={onSelect} />
                      {g.unit}
                    </span>
                  ) : (
                    <Run key={k} run={g.run} styles={styles} onSelect={onSelect} />
                  ),
                )}
              </p>
            );
          })}
        </section>
      ))}
    </article>
  );
}

function Run({
  run,
  styles,
  onSelect,
}: {
  readonly run: NarrativeRun;
  readonly styles: ReturnType<typeof useStyles>;
  readonly onSelect: (refs: readonly CellRef[]) => void;
}): JSX.Element {
  if (run.missing) return <mark className={styles.missing}>{run.text}</mark>;
  if (run.sources && run.sources.length > 0) {
    const where = run.sources.map((s) => `${s.sheet}!${s.address}`).join('、');
    return (
      <button type="button" className={styles.figure} onClick={() => onSelect(run.sources!)} title={`来源：${where}`} aria-label={`${run.text}（来源 ${where}）`}>
        {run.text}
      </button>
    );
  }
  return (
    <>
      {unitPieces(run.text).map((p, i) =>
        p.keep ? (
          <span key={i} className={styles.nowrap}>
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
