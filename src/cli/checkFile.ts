import { checkRecognized } from '../domain/checks/checkWorkbook';
import { recognize } from '../domain/recognition/recognize';
import { readWorkbookFile } from '../xlsx/readWorkbook';
import { WorkbookReadError } from '../xlsx/workbookReadError';
import type { ReadLimits } from '../xlsx/readLimits';
import { catalogForYear, type CatalogSource } from './catalogOption';
import { saveAsXlsx } from './inputFiles';
import { fileCheck, unreadableFile, type FileCheck } from './fileCheck';
import { auditWithNarrative, type NarrativeSettings } from './narrativeOption';
import { countFindings } from '../domain/findings/finding';

/** What `check` applies to every file; plain data, handed to each worker as it is. */
export interface CheckSettings {
  /** Size limits checked before a workbook is parsed (--max-cells, --max-uncompressed-mb). */
  readonly limits?: ReadLimits;
  readonly tolerance?: string;
  readonly catalog?: CatalogSource;
  /** `--narrative`: a 情况说明 someone wrote, checked with the workbook (one file only). */
  readonly narrative?: NarrativeSettings;
}

/** One file to check: the path as given (for every message) and where it is. */
export interface CheckTask {
  readonly file: string;
  readonly abs: string;
  /** Known unreadable without opening it (a folder that cannot be listed): the sentence that says why. */
  readonly error?: string;
}

/**
 * Reads, recognises and checks one workbook. Never throws: a file that cannot be read, or whose
 * checks fail, is a FileCheck with `error`, so one bad file does not stop a folder.
 */
export async function checkFile(task: CheckTask, settings: CheckSettings): Promise<FileCheck> {
  if (task.error !== undefined) return unreadableFile(task.file, task.error);
  let wb;
  try {
    wb = await readWorkbookFile(task.abs, task.file, settings.limits);
  } catch (e) {
    // An .xls or .et that is not a workbook in disguise (some systems export .xlsx named .xls): say how to convert it.
    const convert = saveAsXlsx(task.file);
    if (convert) return unreadableFile(task.file, convert);
    return unreadableFile(task.file, e instanceof WorkbookReadError ? e.reason : '文件内容无法解析：请在 Excel 中打开并另存为 .xlsx 后再试');
  }
  try {
    // Recognised once: the year picks the catalog's year, then the checks reuse it.
    const recognition = recognize(wb);
    const catalog = settings.catalog ? catalogForYear(settings.catalog, recognition.facts.catalogYear) : undefined;
    const result = checkRecognized(wb, recognition, {
      ...(settings.tolerance === undefined ? {} : { tolerance: settings.tolerance }),
      ...(catalog ? { catalog } : {}),
    });
    if (!settings.narrative) return fileCheck(task.file, result);
    // The 情况说明 someone wrote joins the same list; the report gives it a heading of its own.
    const narrative = auditWithNarrative(settings.narrative, wb, recognition, catalog);
    if (typeof narrative === 'string') return unreadableFile(task.file, narrative);
    const findings = [...result.findings, ...narrative];
    return { ...fileCheck(task.file, { ...result, findings, counts: countFindings(findings) }), narrative: settings.narrative.given };
  } catch (e) {
    // A defect in one file's checks must not stop the batch; the file counts as not checked.
    return unreadableFile(task.file, `校验时程序出错（${e instanceof Error ? e.message : String(e)}），请把这个文件报告给开发者`);
  }
}
