import { promises as fs } from 'fs';
import * as path from 'path';
import type { Catalog } from '../domain/catalog/catalog';
import type { Finding } from '../domain/findings/finding';
import { auditNarrative } from '../domain/narrative/audit/auditNarrative';
import { writtenFromSheet } from '../domain/narrative/audit/sheetNarrative';
import type { WrittenNarrative } from '../domain/narrative/audit/writtenNarrative';
import { readParameters } from '../domain/parameters/parameterSheet';
import { recognize } from '../domain/recognition/recognize';
import type { RecognitionResult } from '../domain/recognition/recognizedTable';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import { readWorkbookFile } from '../xlsx/readWorkbook';
import { checkDeclaredSize, checkTrueSizes, DEFAULT_READ_LIMITS, type ReadLimits } from '../xlsx/readLimits';
import { WorkbookReadError } from '../xlsx/workbookReadError';
import { UsageError, type CliIo } from './cliIo';

/**
 * `check --narrative 情况说明.docx|.txt [--prior LAST_YEAR.xlsx]`, read once, as plain data: the written
 * text, or — for a name without an extension that is no file (`--narrative 情况说明`) — the name of the
 * workbook's sheet that holds it; and last year's workbook.
 */
export interface NarrativeSettings {
  /** As given on the command line: the heading of its findings in the report. */
  readonly given: string;
  /** The text read from the file; null when `given` names a sheet of the checked workbook. */
  readonly written: WrittenNarrative | null;
  readonly prior?: WorkbookSnapshot;
}

export async function loadNarrativeSettings(
  given: string | undefined,
  priorFile: string | undefined,
  io: CliIo,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<NarrativeSettings | undefined> {
  if (!given) {
    if (priorFile) throw new UsageError('--prior 只与 --narrative 一起使用（上年工作簿给出情况说明中的上年数）');
    return undefined;
  }
  const written = await readWritten(given, io, limits);
  const prior = priorFile ? await readWorkbookFile(path.resolve(io.cwd, priorFile), priorFile, limits) : undefined;
  return { given, written, ...(prior ? { prior } : {}) };
}

async function readWritten(given: string, io: CliIo, limits: ReadLimits): Promise<WrittenNarrative | null> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path.resolve(io.cwd, given));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // "情况说明" (no extension, no such file): a sheet of the workbook.
    if (code === 'ENOENT' && path.extname(given) === '') return null;
    throw new WorkbookReadError(given, code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '是文件夹，不是情况说明文件' : code === 'EACCES' ? '没有读取权限' : '无法打开');
  }
  // A .docx is a zip: measured from its directory before anything unpacks it, as workbooks are.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { entries } = checkDeclaredSize(buf, given, limits);
    checkTrueSizes(buf, given, entries, (e) => e.name !== 'word/document.xml' && e.name !== 'word/styles.xml');
  }
  try {
    // Loaded only with --narrative: the .docx reader is not needed to check a workbook.
    const { readNarrativeBytes } = await import(/* webpackChunkName: "read-narrative" */ '../narrativeInput/readNarrativeFile');
    return await readNarrativeBytes(given, bytes);
  } catch (e) {
    throw new WorkbookReadError(given, e instanceof Error ? e.message : String(e));
  }
}

/**
 * The findings of the written 情况说明 against one workbook, or the sentence saying why it could not
 * be read (a sheet named on the command line that the workbook lacks).
 */
export function auditWithNarrative(n: NarrativeSettings, wb: WorkbookSnapshot, recognition: RecognitionResult, catalog: Catalog | undefined): Finding[] | string {
  const written = n.written ?? writtenFromSheet(wb, n.given);
  if (!written) return `没有名为“${n.given}”的情况说明文件，工作簿中也没有这个名称的工作表`;
  const prior = n.prior ? { wb: n.prior, recognition: recognize(n.prior) } : undefined;
  return auditNarrative(written, wb, recognition, readParameters(wb), { ...(prior ? { prior } : {}), ...(catalog ? { catalog } : {}) });
}
