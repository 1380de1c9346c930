import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Existing } from './useTemplateTab';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '20px', lineHeight: tokens.lineHeightBase300 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** 工作簿中已有的表: the tables recognition found (null while the workbook is being read). */
export function ExistingTables({ existing }: { readonly existing: Existing | null }): JSX.Element {
  const styles = useStyles();
  return (
    <section aria-label="工作簿中已有的表">
      <h3 className={styles.heading}>工作簿中已有的表</h3>
      {existing === null ? (
        <Text>正在读取工作簿…</Text>
      ) : existing.tables.length === 0 ? (
        <Text>还没有识别到预算或决算公开表。</Text>
      ) : (
        <ul className={styles.list} data-testid="existing-tables">
          {existing.tables.map((t) => (
            <li key={t.key}>{t.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
