import { promises as fs } from 'fs';
import * as path from 'path';
import type { Catalog } from '../domain/catalog/catalog';
import type { Finding } from '../domain/findings/finding';
import { auditNarrative } from '../domain/narrative/audit/auditNarrative';
import { writtenFromSheet } from '../domain/narrative/audit/sheetNarrative';
import { readParameters } from '../domain/parameters/parameterSheet';
import { recognize } from '../domain/recognition/recognize';
import type { RecognitionResult } from '../domain/recognition/recognizedTable';
import type { WrittenNarrative } from '../domain/narrative/audit/writtenNarrative';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import { readNarrativeBytes } from '../narrativeInput/readNarrativeFile';
import { readWorkbookFile } from '../xlsx/readWorkbook';
import { checkDeclaredSize, checkTrueSizes, DEFAULT_READ_LIMITS, type ReadLimits } from '../xlsx/readLimits';
import { WorkbookReadError } from '../xlsx/workbookReadError';
import { UsageError, type CliIo } from './cliIo';

/**
 * `check --narrative 情况说明.docx|.txt`: the 情况说明 a person wrote, read once. A name that is no
 * file but a sheet of the checked workbook (`--narrative 情况说明`) reads that sheet instead.
 */
class NarrativeOption {
  private constructor(
    readonly given: string,
    private readonly fromFile: WrittenNarrative | null,
  ) {}

  static async load(given: string, io: CliIo, limits: ReadLimits): Promise<NarrativeOption> {
    const abs = path.resolve(io.cwd, given);
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return new NarrativeOption(given, null);
      throw new WorkbookReadError(given, code === 'EISDIR' ? '是文件夹，不是情况说明文件' : code === 'EACCES' ? '没有读取权限' : '无法打开');
    }
    // A .docx is a zip: measured from its directory before anything unpacks it, as workbooks are.
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
      const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const { entries } = checkDeclaredSize(buf, given, limits);
      checkTrueSizes(buf, given, entries, (e) => e.name !== 'word/document.xml' && e.name !== 'word/styles.xml');
    }
    try {
      return new NarrativeOption(given, await readNarrativeBytes(given, bytes));
    } catch (e) {
      throw new WorkbookReadError(given, e instanceof Error ? e.message : String(e));
    }
  }

  /** The written text: the file, or the workbook's sheet of that name. */
  writtenFor(wb: WorkbookSnapshot): WrittenNarrative {
    if (this.fromFile) return this.fromFile;
    const sheet = writtenFromSheet(wb, this.given);
    if (!sheet) throw new WorkbookReadError(this.given, '文件不存在，工作簿中也没有这个名称的工作表');
    return sheet;
  }
}

/** `--narrative` with its `--prior`: the written text and last year's workbook, each read once. */
export interface NarrativeAudit {
  /** As given on the command line, for the report's heading. */
  readonly file: string;
  audit(wb: WorkbookSnapshot, recognition: RecognitionResult, catalog: Catalog | undefined): Finding[];
}

export async function loadNarrativeAudit(
  given: string | undefined,
  priorFile: string | undefined,
  io: CliIo,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<NarrativeAudit | undefined> {
  if (!given) {
    if (priorFile) throw new UsageError('--prior 只与 --narrative 一起使用（上年工作簿给出情况说明中的上年数）');
    return undefined;
  }
  const option = await NarrativeOption.load(given, io, limits);
  let prior: { wb: WorkbookSnapshot; recognition: RecognitionResult } | undefined;
  if (priorFile) {
    const wb = await readWorkbookFile(path.resolve(io.cwd, priorFile), priorFile, limits);
    prior = { wb, recognition: recognize(wb) };
  }
  return {
    file: given,
    audit: (wb, recognition, catalog) =>
      auditNarrative(option.writtenFor(wb), wb, recognition, readParameters(wb), { ...(prior ? { prior } : {}), ...(catalog ? { catalog } : {}) }),
  };
}
