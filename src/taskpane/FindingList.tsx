import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../domain/findings/finding';
import { SEVERITY_LABEL } from '../domain/findings/finding';
import { groupFindings } from './findingGroups';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: '4px', marginBottom: '12px' },
  item: {
    display: 'flex',
    gap: '8px',
    alignItems: 'flex-start',
    textAlign: 'left',
    width: '100%',
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  where: { color: tokens.colorNeutralForeground3 },
});

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** Findings grouped by table, errors first; clicking one selects its cells in the workbook. */
export function FindingList({ findings, onSelect }: { readonly findings: readonly Finding[]; readonly onSelect: (f: Finding) => void }): JSX.Element {
  const styles = useStyles();
  return (
    <div data-testid="findings">
      {groupFindings(findings).map((g) => (
        <section key={g.key} className={styles.group} aria-label={g.title}>
          <Text weight="semibold">
            {g.title}
            {g.errors > 0 ? ` · ${g.errors} 个错误` : ''}
          </Text>
          {g.findings.map((f, i) => (
            <button key={`${f.rule}-${f.cell ?? ''}-${i}`} type="button" className={styles.item} onClick={() => onSelect(f)}>
              <Badge appearance="tint" color={BADGE_COLOR[f.severity]}>
                {SEVERITY_LABEL[f.severity]}
              </Badge>
              <span>
                {f.message}
                {f.sheet && f.cell ? <span className={styles.where}>（{f.sheet}!{f.cell}）</span> : null}
              </span>
            </button>
          ))}
        </section>
      ))}
    </div>
  );
}
