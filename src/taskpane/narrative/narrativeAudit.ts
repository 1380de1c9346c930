import type { Finding } from '../../domain/findings/finding';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import { loadNarrativeAudit } from '../shared/engine';

/** 说明 → 校验已有说明: what was checked and what was found, for the 校验 list. */
export interface NarrativeAudit {
  /** "情况说明.docx" or the sheet's name: the heading of its group in the 校验 list. */
  readonly source: string;
  readonly findings: readonly Finding[];
}

/** A 情况说明 the user chose: a Word or text file's bytes, or the workbook's 情况说明 sheet. */
export type WrittenSource = { readonly kind: 'file'; readonly name: string; readonly bytes: Uint8Array } | { readonly kind: 'sheet' };

/** Larger than any 情况说明 (a few hundred KB with its charts); a bigger file is no 情况说明. */
export const NARRATIVE_FILE_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Reads the workbook once and checks the written 情况说明 against it — every figure, share and change
 * against the cells (the same audit as `check --narrative`). Last year's workbook, when the 说明 tab
 * has one, gives the 上年 figures the 说明参数 sheet leaves blank.
 */
export async function auditWrittenNarrative(gateway: WorkbookGateway, source: WrittenSource, prior: WorkbookSnapshot | null = null): Promise<NarrativeAudit> {
  if (source.kind === 'file') {
    const lower = source.name.toLowerCase();
    if (!/\.(docx|txt|doc)$/u.test(lower)) throw new Error(`“${source.name}”不是 Word（.docx）或文本（.txt）文件`);
    if (source.bytes.byteLength > NARRATIVE_FILE_MAX_BYTES) throw new Error(`“${source.name}”超过 20 MB，不像是情况说明`);
  }
  const [lib, wb] = await Promise.all([loadNarrativeAudit(), gateway.readSnapshot()]);
  const written = source.kind === 'file' ? await lib.readNarrativeBytes(source.name, source.bytes) : lib.writtenFromSheet(wb);
  if (!written) throw new Error('工作簿中没有名称含“情况说明”的工作表：请先“插入情况说明工作表”或粘贴到这样的工作表，或选择 Word/文本文件');
  if (written.paragraphs.length === 0) throw new Error('情况说明中没有文字');
  const recognition = lib.recognize(wb);
  if (recognition.tables.length === 0) throw new Error('工作簿中没有识别到公开表，无法核对情况说明');
  const findings = lib.auditNarrative(written, wb, recognition, lib.readParameters(wb), prior ? { prior: { wb: prior, recognition: lib.recognize(prior) } } : {});
  return { source: source.kind === 'file' ? source.name : (lib.narrativeSheetName(wb) ?? '情况说明'), findings };
}
