import { cellText, type WorkbookSnapshot } from '../../workbook/snapshot';
import { writtenFromBlocks, type WrittenBlock, type WrittenNarrative } from './writtenNarrative';

/** The sheet a 情况说明 was written or pasted into: the one asked for, else the first whose name says 情况说明. */
export function narrativeSheetName(wb: WorkbookSnapshot, name?: string): string | null {
  if (name) return wb.sheets.some((s) => s.name === name) ? name : null;
  return wb.sheets.find((s) => s.name.replace(/\s+/gu, '').includes('情况说明'))?.name ?? null;
}

/**
 * A 情况说明 in a sheet — the one 插入情况说明工作表 writes, or text pasted from Word, one paragraph a
 * row: a row with one filled cell is a paragraph (or heading), a row of several a table row (a chart's
 * figures). Null when there is no such sheet.
 */
export function writtenFromSheet(wb: WorkbookSnapshot, name?: string): WrittenNarrative | null {
  const sheetName = narrativeSheetName(wb, name);
  const sheet = wb.sheets.find((s) => s.name === sheetName);
  if (!sheet) return null;
  const blocks: WrittenBlock[] = [];
  for (const row of sheet.values) {
    const cells = row.map((v) => (v === null ? '' : cellText(v).trim()));
    const filled = cells.filter((c) => c !== '');
    if (filled.length === 0) continue;
    // A pasted cell may hold several paragraphs.
    if (filled.length === 1) for (const line of filled[0].split(/\r?\n/u)) blocks.push({ text: line });
    else blocks.push({ text: cells.join('\t'), cells });
  }
  return writtenFromBlocks(blocks);
}
