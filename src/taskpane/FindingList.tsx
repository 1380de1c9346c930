import { useState } from 'react';
import { Badge, Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding } from '../domain/findings/finding';
import { findingExplanation, suspectHeadline } from '../domain/findings/findingText';
import type { Kind } from '../domain/forms/formTypes';
import { findingAddress, findingClass, findingFigures, findingWhere, groupFindings, type SuspectItem } from './findingGroups';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: '4px', marginBottom: '12px' },
  heading: { margin: '0 0 2px 0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
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
  suspect: {
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    ':hover': { backgroundColor: tokens.colorPaletteRedBackground2 },
  },
  headline: { fontWeight: tokens.fontWeightSemibold },
  folded: { display: 'flex', flexDirection: 'column', gap: '4px', paddingLeft: '12px' },
  toggle: { alignSelf: 'flex-start' },
  top: { display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
  address: { fontWeight: tokens.fontWeightSemibold },
  figures: { fontVariantNumeric: 'tabular-nums' },
  message: { color: tokens.colorNeutralForeground3 },
});

const BADGE = {
  error: { color: 'danger', text: '错误' },
  rounding: { color: 'warning', text: '尾数差异' },
  hint: { color: 'informative', text: '提示' },
} as const;

/**
 * How many findings a table shows before "显示全部": a workbook with thousands of unknown codes would
 * otherwise render thousands of buttons on every re-check. Errors come first, so they are always shown.
 */
export const FINDINGS_SHOWN_PER_TABLE = 50;

type Select = (f: Finding) => void;

/**
 * Findings grouped by table, errors first; clicking one selects its cells in the workbook. A table's
 * group opens with its suspect cell, the findings it explains folded under it.
 */
export function FindingList({
  findings,
  kind,
  narrative,
  onSelect,
}: {
  readonly findings: readonly Finding[];
  readonly kind: Kind | null;
  /** The heading of a written 情况说明's findings (说明 → 校验已有说明). */
  readonly narrative?: string;
  readonly onSelect: Select;
}): JSX.Element {
  const styles = useStyles();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  return (
    <div data-testid="findings">
      {groupFindings(findings, kind, narrative).map((g) => (
        <section key={g.key} className={styles.group} aria-label={g.title}>
          <h3 className={styles.heading}>
            {g.title}
            {g.errors > 0 ? ` · ${g.errors} 个错误` : ''}
          </h3>
          {g.suspects.map((s, i) => (
            <SuspectEntry key={`suspect-${s.suspect.sheet ?? ''}-${s.suspect.cell ?? ''}-${i}`} item={s} table={g.title} onSelect={onSelect} />
          ))}
          {(expanded.has(g.key) ? g.findings : g.findings.slice(0, FINDINGS_SHOWN_PER_TABLE)).map((f, i) => (
            <FindingButton key={`${f.rule}-${f.sheet ?? ''}-${f.cell ?? ''}-${i}`} finding={f} onSelect={onSelect} />
          ))}
          {g.findings.length > FINDINGS_SHOWN_PER_TABLE && !expanded.has(g.key) && (
            <Button appearance="subtle" onClick={() => setExpanded(new Set([...expanded, g.key]))}>
              显示全部 {g.findings.length} 条（另有 {g.findings.length - FINDINGS_SHOWN_PER_TABLE} 条）
            </Button>
          )}
        </section>
      ))}
    </div>
  );
}

/**
 * "最可能出错：表3 E7 … —— 改为 2,460.09 可使 3 处不一致同时成立": a click selects the cell; the findings it
 * explains fold under it. Evidence only: nothing is written.
 */
function SuspectEntry({ item, table, onSelect }: { readonly item: SuspectItem; readonly table: string; readonly onSelect: Select }): JSX.Element {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const { suspect, explained } = item;
  const figures = findingFigures(suspect);
  return (
    <>
      <button type="button" data-finding="suspect" className={mergeClasses(styles.item, styles.suspect)} onClick={() => onSelect(suspect)} title="选中该单元格">
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
          {explained.map((f, i) => (
            <FindingButton key={`${f.rule}-${f.sheet ?? ''}-${f.cell ?? ''}-${i}`} finding={f} onSelect={onSelect} />
          ))}
        </div>
      )}
    </>
  );
}

function FindingButton({ finding: f, onSelect }: { readonly finding: Finding; readonly onSelect: Select }): JSX.Element {
  const styles = useStyles();
  const cls = findingClass(f);
  const where = findingWhere(f);
  const figures = findingFigures(f);
  return (
    <button type="button" data-finding={cls} className={styles.item} onClick={() => onSelect(f)} title="选中相关单元格">
      <span className={styles.top}>
        <Badge appearance="tint" color={BADGE[cls].color}>
          {BADGE[cls].text}
        </Badge>
        <span className={styles.address}>{findingAddress(f)}</span>
        {where && <span>{where}</span>}
      </span>
      {figures && <span className={styles.figures}>{figures}</span>}
      {/* What was compared (the parts, the other table); location and figures are on the lines above. */}
      <Text size={200} className={styles.message}>
        {findingExplanation(f, { roundingNote: false })}
      </Text>
    </button>
  );
}
