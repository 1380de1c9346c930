import { promises as fs, type Dirent } from 'fs';
import * as path from 'path';
import { systemErrorReason } from '../xlsx/systemError';
import { WorkbookReadError } from '../xlsx/workbookReadError';
import type { CheckTask } from './checkFile';

/** Spreadsheets `check` cannot read, and what to do with each. */
const OTHER_FORMATS: Record<string, string> = {
  '.xls': '这是旧版 Excel（.xls）文件，请在 Excel 中打开，另存为“Excel 工作簿（.xlsx）”后再检查',
  '.et': '这是 WPS 表格（.et）文件，请在 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再检查',
};

/** The sentence for an .xls or .et file that could not be read as a workbook; null for other files. */
export function saveAsXlsx(file: string): string | null {
  return OTHER_FORMATS[path.extname(file).toLowerCase()] ?? null;
}

function wanted(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  return !name.startsWith('~$') && (ext === '.xlsx' || ext in OTHER_FORMATS);
}

/**
 * The file itself, or every workbook below the folder in sorted order: .xlsx, and .xls/.et (which are
 * tried, and reported with how to convert them), Excel's ~$ lock files skipped, links followed
 * once. A subfolder that cannot be listed is a task with its error, so nothing drops silently.
 */
export interface Inputs {
  /** A folder was given: the report is a folder's (a summary table first). */
  readonly folder: boolean;
  readonly tasks: CheckTask[];
}

export async function inputFiles(given: string, cwd: string): Promise<Inputs> {
  const abs = path.resolve(cwd, given);
  let stat;
  try {
    stat = await fs.stat(abs);
  } catch (e) {
    throw new WorkbookReadError(given, systemErrorReason(e, 'read'));
  }
  if (!stat.isDirectory()) return { folder: false, tasks: [{ file: given, abs }] };
  const found: CheckTask[] = [];
  await walk(abs, given, found, new Set());
  if (found.length === 0) throw new WorkbookReadError(given, '文件夹中没有 .xlsx 文件');
  return { folder: true, tasks: found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}

async function walk(absDir: string, shownDir: string, found: CheckTask[], seen: Set<string>): Promise<void> {
  let entries: Dirent[];
  try {
    seen.add(await fs.realpath(absDir));
    entries = await fs.readdir(absDir, { withFileTypes: true });
  } catch (e) {
    found.push({ file: shownDir, abs: absDir, error: systemErrorReason(e, 'list') });
    return;
  }
  for (const e of entries) {
    const shown = path.join(shownDir, e.name);
    const abs = path.join(absDir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const target = await fs.stat(abs);
        isDir = target.isDirectory() && !seen.has(await fs.realpath(abs));
        isFile = target.isFile();
      } catch (err) {
        if (wanted(e.name)) found.push({ file: shown, abs, error: systemErrorReason(err, 'read') });
        continue;
      }
    }
    if (isDir) await walk(abs, shown, found, seen);
    else if (isFile && wanted(e.name)) found.push({ file: shown, abs });
  }
}
