import { useState } from 'react';
import { Badge, Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { disagreement, findingEntries, type FindingEntry } from '../../domain/findings/cellEntries';
import type { Finding } from '../../domain/findings/finding';
import { CLASS_LABEL } from '../../domain/findings/findingClass';
import { suspectHeadline, wan } from '../../domain/findings/findingText';
import { checkName, findingWords, ruleTitle, type TableContext } from '../../domain/findings/findingWords';
import type { Kind } from '../../domain/forms/formTypes';
import { findingClass, groupFindings, type FindingClass, type SuspectItem } from './findingGroups';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: '4px', marginBottom: '12px' },
  heading: { margin: '0 0 2px 0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  headingErrors: { color: tokens.colorPaletteRedForeground1 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    textAlign: 'left',
    width: '100%',
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  /** 错误 stands out: a red edge the eye finds in a long list. */
  error: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  suspect: {
    borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    ':hover': { backgroundColor: tokens.colorPaletteRedBackground2 },
  },
  headline: { fontWeight: tokens.fontWeightSemibold },
  folded: { display: 'flex', flexDirection: 'column', gap: '4px', paddingLeft: '12px' },
  toggle: { alignSelf: 'flex-start', textAlign: 'left', height: 'auto', minHeight: '24px' },
  top: { display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
  where: { fontWeight: tokens.fontWeightSemibold },
  figures: { fontVariantNumeric: 'tabular-nums' },
  reasons: { display: 'flex', flexDirection: 'column', gap: '2px' },
  reason: { display: 'block', paddingLeft: '14px', textIndent: '-10px' },
  differ: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
  message: { color: tokens.colorNeutralForeground3 },
});

/** 错误 a strong red badge; 尾数差异 a quiet outline (it is within rounding); 提示 and 信息 quieter still. */
const BADGE: Record<FindingClass, { readonly appearance: 'filled' | 'tint' | 'outline'; readonly color: 'danger' | 'warning' | 'informative' | 'subtle' }> = {
  error: { appearance: 'filled', color: 'danger' },
  rounding: { appearance: 'outline', color: 'warning' },
  hint: { appearance: 'tint', color: 'informative' },
  info: { appearance: 'outline', color: 'subtle' },
};

/**
 * How many entries a table shows before "显示全部": a workbook with thousands of unknown codes would
 * otherwise render thousands of buttons on every re-check. Errors come first, so they are always shown.
 */
export const FINDINGS_SHOWN_PER_TABLE = 50;

type Select = (f: readonly Finding[]) => void;

/**
 * Findings grouped by table, errors first; clicking one selects its cells in the workbook. A table's
 * group opens with its suspect cell, the findings it explains folded under it. One cell failing
 * several checks is one entry with every reason. 尾数差异 fold to one line per table unless
 * `showRounding` (the filter asks for them).
 */
export function FindingList({
  findings,
  kind,
  profile = null,
  showRounding = false,
  narrative,
  onSelect,
}: {
  readonly findings: readonly Finding[];
  readonly kind: Kind | null;
  /** The table set recognised, for the tables' short names (表3 in a national set, not 公开03表). */
  readonly profile?: string | null;
  readonly showRounding?: boolean;
  /** The heading of a written 情况说明's findings (说明 → 校验已有说明). */
  readonly narrative?: string;
  readonly onSelect: Select;
}): JSX.Element {
  const styles = useStyles();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(new Set());
  return (
    <div data-testid="findings">
      {groupFindings(findings, { kind, profile }, narrative).map((g) => {
        const entries = findingEntries(g.findings);
        const rounding = showRounding ? [] : entries.filter((e) => findingClass(e.findings[0]) === 'rounding');
        const listed = showRounding ? entries : entries.filter((e) => findingClass(e.findings[0]) !== 'rounding');
        const roundingCount = rounding.reduce((n, e) => n + e.findings.length, 0);
        const open = unfolded.has(g.key);
        const home = g.suspects[0]?.suspect.sheet ?? g.findings[0]?.sheet ?? null;
        return (
          <section key={g.key} className={styles.group} aria-label={g.title}>
            <h3 className={mergeClasses(styles.heading, g.errors > 0 && styles.headingErrors)}>{g.errors > 0 ? `${g.title} · ${g.errors} 个错误` : g.title}</h3>
            {g.suspects.map((s, i) => (
              <SuspectEntry key={`suspect-${s.suspect.sheet ?? ''}-${s.suspect.cell ?? ''}-${i}`} item={s} table={g.title} home={home} onSelect={onSelect} />
            ))}
            {(expanded.has(g.key) ? listed : listed.slice(0, FINDINGS_SHOWN_PER_TABLE)).map((e, i) => (
              <EntryButton key={entryKey(e, i)} entry={e} home={home} onSelect={onSelect} />
            ))}
            {listed.length > FINDINGS_SHOWN_PER_TABLE && !expanded.has(g.key) && (
              <Button appearance="subtle" onClick={() => setExpanded(new Set([...expanded, g.key]))}>
                显示全部 {listed.length} 条（另有 {listed.length - FINDINGS_SHOWN_PER_TABLE} 条）
              </Button>
            )}
            {rounding.length > 0 && (
              <>
                <Button
                  appearance="subtle"
                  size="small"
                  className={styles.toggle}
                  aria-expanded={open}
                  data-testid="rounding-fold"
                  onClick={() => setUnfolded(open ? new Set([...unfolded].filter((k) => k !== g.key)) : new Set([...unfolded, g.key]))}
                >
                  {`${roundingCount} 个尾数差异，均在四舍五入允许范围内 ${open ? '▾' : '▸'}`}
                </Button>
                {open && (
                  <div className={styles.folded}>
                    {rounding.map((e, i) => (
                      <EntryButton key={entryKey(e, i)} entry={e} home={home} onSelect={onSelect} />
                    ))}
                  </div>
                )}
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}

function entryKey(e: FindingEntry, i: number): string {
  const f = e.findings[0];
  return `${f.rule}-${f.sheet ?? ''}-${f.cell ?? ''}-${i}`;
}

/**
 * "最可能出错：表3 E7 … —— 改为 2,460.09 可使 3 处不一致同时成立": a click selects the cell; the findings it
 * explains fold under it. Evidence only: nothing is written.
 */
function SuspectEntry({
  item,
  table,
  home,
  onSelect,
}: {
  readonly item: SuspectItem;
  readonly table: string;
  readonly home: string | null;
  readonly onSelect: Select;
}): JSX.Element {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const { suspect, explained } = item;
  const figures = suspect.actual !== null ? `实为 ${wan(suspect.actual)}${suspect.expected !== null ? `，应为 ${wan(suspect.expected)}` : ''}` : null;
  return (
    <>
      <button type="button" data-finding="suspect" data-count={1} className={mergeClasses(styles.item, styles.suspect)} onClick={() => onSelect([suspect])} title="选中该单元格">
        <span className={styles.headline}>{suspectHeadline(suspect, table)}</span>
        {figures && <span className={styles.figures}>{figures}</span>}
        <Text size={200} className={styles.message}>
          据各处不一致推断，仅供核对；工作簿未作任何修改
        </Text>
      </button>
      {explained.length > 0 && (
        <Button appearance="subtle" size="small" className={styles.toggle} aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? '收起' : '展开'}它解释的 {explained.length} 条结果
        </Button>
      )}
      {open && (
        <div className={styles.folded}>
          {findingEntries(explained).map((e, i) => (
            <EntryButton key={entryKey(e, i)} entry={e} home={home} onSelect={onSelect} />
          ))}
        </div>
      )}
    </>
  );
}

/** The group heading names the table: a cell on its sheet is said alone, one elsewhere with its sheet ("Sheet1!D37"). */
function contextOf(home: string | null): TableContext {
  return { label: '', title: null, sheet: home };
}

/**
 * One entry: the badge, where (cell, row "本年支出合计 行", column), then 实为 → 应为 → 差额. Several
 * checks on one cell: 实为 once, each check's 应为 on its own line, and whether their totals disagree.
 */
function EntryButton({ entry, home, onSelect }: { readonly entry: FindingEntry; readonly home: string | null; readonly onSelect: Select }): JSX.Element {
  const styles = useStyles();
  const first = entry.findings[0];
  const cls = findingClass(first);
  const words = findingWords(first, contextOf(home));
  const many = entry.findings.length > 1;
  const differ = many ? disagreement(entry, ruleTitle) : null;
  const where = `${words.where || (first.sheet ?? '工作簿')}${!many && words.relation ? `（${words.relation}）` : ''}`;
  return (
    <button
      type="button"
      data-finding={cls}
      data-count={entry.findings.length}
      className={mergeClasses(styles.item, cls === 'error' && styles.error)}
      onClick={() => onSelect(entry.findings)}
      title="选中相关单元格"
    >
      <span className={styles.top}>
        <Badge appearance={BADGE[cls].appearance} color={BADGE[cls].color}>
          {CLASS_LABEL[cls]}
        </Badge>
        <span className={styles.where}>{where}</span>
      </span>
      {many ? (
        <>
          <span className={styles.figures}>{`${words.actual ?? ''}，${entry.findings.length} 项校验都不相符：`}</span>
          <span className={styles.reasons}>
            {entry.findings.map((f, i) => {
              const w = findingWords(f, contextOf(home));
              const tag = findingClass(f) === cls ? '' : `${CLASS_LABEL[findingClass(f)]} `;
              return <span key={`${f.rule}-${i}`} className={styles.reason}>{`· ${tag}${checkName(f, w.relation)}：${w.compared}`}</span>;
            })}
          </span>
          {differ && <span className={styles.differ}>{`${differ}。`}</span>}
        </>
      ) : (
        <span className={styles.figures}>{[words.actual, words.compared].filter(Boolean).join('，')}</span>
      )}
    </button>
  );
}
