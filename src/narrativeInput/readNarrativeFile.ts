import { writtenFromBlocks, writtenFromText, type WrittenNarrative } from '../domain/narrative/audit/writtenNarrative';
import { decodeTextBytes } from './decodeText';
import { docxBlocks } from './docxBlocks';

/**
 * A 情况说明 from a file's bytes: a Word document (.docx, recognised by its zip signature whatever
 * the name says) or plain text (UTF-8 or GB18030). The old binary .doc is refused with a word on
 * what to do instead.
 */
export async function readNarrativeBytes(name: string, bytes: Uint8Array): Promise<WrittenNarrative> {
  const lower = name.toLowerCase();
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (lower.endsWith('.doc') && !zip) throw new Error('是旧版 Word（.doc）文件，请在 Word 中另存为 .docx 后再试');
  if (zip || lower.endsWith('.docx')) return writtenFromBlocks(await docxBlocks(bytes));
  return writtenFromText(decodeTextBytes(bytes));
}
