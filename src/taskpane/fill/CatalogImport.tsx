import { useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import { loadCatalogImport, loadRecognition } from '../shared/engine';
import { errorText } from '../shared/errorText';
import { decodeTextBytes } from '../../narrativeInput/decodeText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px', borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: '10px', marginTop: '6px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hidden: { display: 'none' },
});

/**
 * 导入科目表: the year's 政府收支分类科目 from an .xlsx or .csv (code and name columns), stored in the
 * workbook's custom XML part so checks and fill use it next time, here and in the CLI.
 */
export function CatalogImport({ gateway }: { readonly gateway: WorkbookGateway }): JSX.Element {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ intent: 'success' | 'warning' | 'error'; text: string; problems?: readonly string[] } | null>(null);

  async function importFile(file: File): Promise<void> {
    setBusy(true);
    setResult(null);
    try {
      const [lib, { recognize }, wb] = await Promise.all([loadCatalogImport(), loadRecognition(), gateway.readSnapshot()]);
      const year = recognize(wb).facts.catalogYear;
      const bytes = new Uint8Array(await file.arrayBuffer());
      const lower = file.name.toLowerCase();
      let rows;
      if (lower.endsWith('.xlsx')) rows = await lib.xlsxFirstSheetRows(bytes);
      else if (lower.endsWith('.csv') || lower.endsWith('.txt')) rows = lib.parseCsv(decodeTextBytes(bytes));
      else throw new Error('科目表应为 .xlsx 或 .csv 文件（.xls 请先在 Excel 中另存为 .xlsx）。');
      const { catalog, problems } = lib.catalogFromRows(rows, year, file.name);
      const count = catalog.entries('function').length + catalog.entries('economic').length + catalog.entries('income').length;
      if (count === 0) {
        setResult({ intent: 'error', text: '没有导入任何科目。', problems });
        return;
      }
      await gateway.storeCatalogXml(lib.catalogToXml(catalog));
      setResult({
        intent: problems.length > 0 ? 'warning' : 'success',
        text: `已导入 ${count} 个科目（${year}年，${file.name}），保存在工作簿中；校验和填充将优先使用它。`,
        problems,
      });
    } catch (e) {
      setResult({ intent: 'error', text: `导入科目表失败：${errorText(e)}` });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <section className={styles.root} aria-label="导入科目表">
      <h3 className={styles.heading}>科目表</h3>
      <Text size={200}>未导入时使用内置科目表。可导入财政部门下发的当年《政府收支分类科目》（.xlsx 或 .csv，含“科目编码”“科目名称”两列）。</Text>
      <input
        ref={input}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className={styles.hidden}
        aria-label="选择科目表文件"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void importFile(f);
        }}
      />
      <div>
        <Button onClick={() => input.current?.click()} disabled={busy}>
          导入科目表
        </Button>
      </div>
      {result && (
        <MessageBar intent={result.intent}>
          <MessageBarBody>
            {result.text}
            {result.problems?.slice(0, 10).map((p) => (
              <div key={p}>{p}</div>
            ))}
            {result.problems && result.problems.length > 10 ? <div>……共 {result.problems.length} 处问题</div> : null}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
