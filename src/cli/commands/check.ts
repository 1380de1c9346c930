import { promises as fs } from 'fs';
import * as path from 'path';
import Decimal from 'decimal.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, UsageError, type CliIo } from '../cliIo';
import { parseArgs, stringOption } from '../parseArgs';
import { READ_LIMIT_OPTIONS, readLimitsOption } from '../readLimitsOption';
import { checkRecognized } from '../../domain/checks/checkWorkbook';
import { recognize } from '../../domain/recognition/recognize';
import { CatalogOption } from '../catalogOption';
import { readWorkbookFile } from '../../xlsx/readWorkbook';
import { WorkbookReadError } from '../../xlsx/workbookReadError';
import { checkedFileJson, type CheckedFileJson } from '../checkJson';
import { humanCheckReport } from '../humanReport';
import { loadNarrativeAudit } from '../narrativeOption';
import { countFindings, type Finding } from '../../domain/findings/finding';
import type { CheckResult } from '../../domain/checks/checkTypes';

export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['json'], ['tolerance', 'catalog', 'narrative', 'prior', ...READ_LIMIT_OPTIONS]);
  if (args.positional.length !== 1) throw new UsageError('check 需要一个 .xlsx 文件或文件夹');
  const tolerance = stringOption(args, 'tolerance');
  if (tolerance !== undefined && !validTolerance(tolerance)) {
    throw new UsageError(`--tolerance 应为不小于 0 的万元数，例如 0.005（收到“${tolerance}”）`);
  }
  const given = args.positional[0];
  const files = await inputFiles(given, io.cwd);
  const catalogOption = await CatalogOption.load(stringOption(args, 'catalog'), io);
  if (args.options.narrative !== undefined && (files.length !== 1 || files[0] !== given)) {
    throw new UsageError('--narrative 只能与单个工作簿一起使用，不能用于文件夹');
  }
  const json = args.options.json === true;
  const limits = readLimitsOption(args);
  const narrative = await loadNarrativeAudit(stringOption(args, 'narrative'), stringOption(args, 'prior'), io, limits);
  const entries: CheckedFileJson[] = [];
  let unreadable = 0;
  let errors = 0;
  for (const file of files) {
    let wb;
    try {
      wb = await readWorkbookFile(path.resolve(io.cwd, file), file, limits);
    } catch (e) {
      unreadable++;
      io.stderr(`${e instanceof WorkbookReadError ? `无法读取 ${file}：${e.reason}` : `无法读取 ${file}`}\n`);
      continue;
    }
    let result;
    try {
      // Recognised once: the year picks the imported catalog's year, then the checks reuse it.
      const recognition = recognize(wb);
      const catalog = catalogOption?.forYear(recognition.facts.catalogYear);
      result = checkRecognized(wb, recognition, {
        ...(tolerance === undefined ? {} : { tolerance }),
        ...(catalog ? { catalog } : {}),
      });
      // The 情况说明 a person wrote joins the same list, under its own heading in the report.
      if (narrative) result = withFindings(result, narrative.audit(wb, recognition, catalog));
    } catch (e) {
      if (e instanceof WorkbookReadError) throw e;
      // A defect in one file's checks must not stop the batch; the file counts as not checked.
      unreadable++;
      io.stderr(`校验 ${file} 时出错：${e instanceof Error ? e.message : String(e)}\n`);
      continue;
    }
    errors += result.counts.errors;
    if (json) entries.push(checkedFileJson(file, result));
    else io.stdout(humanCheckReport(file, result, narrative ? { narrativeFile: narrative.file } : {}) + '\n');
  }
  if (json) {
    const summary = {
      files: entries.length,
      errors: entries.reduce((n, e) => n + e.summary.errors, 0),
      warnings: entries.reduce((n, e) => n + e.summary.warnings, 0),
      info: entries.reduce((n, e) => n + e.summary.info, 0),
    };
    io.stdout(JSON.stringify({ files: entries, summary }, null, 2) + '\n');
  } else if (files.length > 1) {
    io.stdout(`共检查 ${files.length - unreadable} 个文件，${unreadable ? `${unreadable} 个无法读取，` : ''}错误合计 ${errors} 个\n`);
  }
  if (unreadable > 0) return EXIT_UNUSABLE;
  return errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function withFindings(result: CheckResult, more: readonly Finding[]): CheckResult {
  const findings = [...result.findings, ...more];
  return { ...result, findings, counts: countFindings(findings) };
}

function validTolerance(s: string): boolean {
  if (!/^\d+(\.\d+)?$/.test(s)) return false;
  return new Decimal(s).gte(0);
}

/** The file itself, or every .xlsx below the folder (sorted, Excel's ~$ lock files skipped). */
async function inputFiles(given: string, cwd: string): Promise<string[]> {
  const abs = path.resolve(cwd, given);
  let stat;
  try {
    stat = await fs.stat(abs);
  } catch {
    throw new WorkbookReadError(given, '文件或文件夹不存在');
  }
  if (!stat.isDirectory()) return [given];
  const found: string[] = [];
  await walk(abs, given, found);
  if (found.length === 0) throw new WorkbookReadError(given, '文件夹中没有 .xlsx 文件');
  return found.sort();
}

async function walk(absDir: string, shownDir: string, found: string[]): Promise<void> {
  const entries = await fs.readdir(absDir, { withFileTypes: true });
  for (const e of entries) {
    const shown = path.join(shownDir, e.name);
    if (e.isDirectory()) await walk(path.join(absDir, e.name), shown, found);
    else if (e.isFile() && e.name.toLowerCase().endsWith('.xlsx') && !e.name.startsWith('~$')) found.push(shown);
  }
}
