import { Button, Spinner, Text } from '@fluentui/react-components';
import { FileButton } from '../shared/FileButton';
import type { WrittenSource } from './narrativeAudit';
import { useNarrativeStyles } from './narrativeStyles';

/** 校验已有说明: a Word or text file, or the 情况说明 sheet, checked against the tables. */
export function WrittenAuditSection({ busy, onAudit }: { readonly busy: string | null; readonly onAudit: (source: () => Promise<WrittenSource>) => void }): JSX.Element {
  const styles = useNarrativeStyles();
  return (
    <section className={styles.audit} aria-label="校验已有说明">
      <h3 className={styles.auditHeading}>校验已有说明</h3>
      <Text size={200}>单位自己写的情况说明，逐个数字、占比、增减与表核对，结果列在“校验”页。</Text>
      <div className={styles.actions}>
        <FileButton
          inputLabel="选择情况说明文件"
          accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          disabled={busy !== null}
          onFile={(f) => onAudit(async () => ({ kind: 'file', name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))}
        >
          {busy === 'audit' ? <Spinner size="tiny" label="正在校验…" /> : '选择 Word/文本文件'}
        </FileButton>
        <Button onClick={() => onAudit(async () => ({ kind: 'sheet' }))} disabled={busy !== null}>
          使用情况说明工作表
        </Button>
      </div>
    </section>
  );
}
