import Decimal from 'decimal.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, UsageError, type CliIo } from '../cliIo';
import { parseArgs, stringOption } from '../parseArgs';
import { READ_LIMIT_OPTIONS, readLimitsOption } from '../readLimitsOption';
import { CatalogOption } from '../catalogOption';
import type { CheckSettings } from '../checkFile';
import { checkAll } from '../checkPool';
import { prepareOutput, writeOutput } from '../outputFile';
import { reportLayouts } from '../report/reportWorkbook';
import { formatCheckTime } from '../../domain/findings/checkTime';
import { checkJson } from '../checkJson';
import { inputFiles } from '../inputFiles';
import { fileReport } from '../report/humanReport';
import { folderReport } from '../report/folderReport';
import { loadNarrativeSettings } from '../narrativeOption';

export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['json', 'verbose', 'force'], ['tolerance', 'catalog', 'jobs', 'report', 'narrative', 'prior', ...READ_LIMIT_OPTIONS]);
  if (args.positional.length !== 1) throw new UsageError('check 需要一个 .xlsx 文件或文件夹');
  const tolerance = stringOption(args, 'tolerance');
  if (tolerance !== undefined && !validTolerance(tolerance)) {
    throw new UsageError(`--tolerance 应为不小于 0 的万元数，例如 0.005（收到“${tolerance}”）`);
  }
  const given = args.positional[0];
  const jobs = jobsOption(stringOption(args, 'jobs'), io.cores ?? 1);
  const reportFile = stringOption(args, 'report');
  if (reportFile !== undefined && !reportFile.toLowerCase().endsWith('.xlsx')) throw new UsageError('--report 的文件名应以 .xlsx 结尾');
  const { folder, tasks } = await inputFiles(given, io.cwd);
  // Refused before any file is checked: an existing report without --force, or one of the workbooks.
  const report = reportFile === undefined ? null : await prepareOutput(reportFile, io.cwd, args.options.force === true, tasks.map((t) => ({ given: t.file, abs: t.abs })), '--report');
  const catalog = await CatalogOption.load(stringOption(args, 'catalog'), io);
  if (args.options.narrative !== undefined && (folder || tasks.length !== 1)) throw new UsageError('--narrative 只能与单个工作簿一起使用，不能用于文件夹');
  const limits = readLimitsOption(args);
  const narrative = await loadNarrativeSettings(stringOption(args, 'narrative'), stringOption(args, 'prior'), io, limits);
  const settings: CheckSettings = {
    limits,
    ...(tolerance === undefined ? {} : { tolerance }),
    ...(catalog ? { catalog: catalog.source } : {}),
    ...(narrative ? { narrative } : {}),
  };
  // A --narrative check is one workbook, so it runs here, never in a worker.
  const checks = await checkAll(tasks, settings, { jobs, ...(io.workers ? { workerScript: io.workers.script, mode: io.workers.mode } : {}) });

  const unreadable = checks.filter((c) => c.error !== undefined);
  // Said on stderr too, one line each, for scripts that watch it; never only there.
  for (const c of unreadable) io.stderr(`无法读取 ${c.file}：${c.error}\n`);
  const options = { verbose: args.options.verbose === true, ...(io.terminal ? { terminal: io.terminal } : {}) };
  if (args.options.json === true) io.stdout(JSON.stringify(checkJson(checks), null, 2) + '\n');
  else if (folder) io.stdout(folderReport(checks, options));
  else if (unreadable.length === 0) io.stdout(fileReport(checks[0], options));
  if (report) {
    // ExcelJS is loaded only to write the report workbook.
    const { layoutsToBuffer } = await import(/* webpackChunkName: "write-xlsx" */ '../../xlsx/writeLayouts');
    await writeOutput(report, await layoutsToBuffer(reportLayouts(checks, formatCheckTime(new Date())), null));
    // Not into the JSON on stdout.
    (args.options.json === true ? io.stderr : io.stdout)(`已写入校验汇总：${report.given}\n`);
  }
  if (unreadable.length > 0) return EXIT_UNUSABLE;
  return checks.some((c) => c.findings.some((f) => f.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

/** `--jobs N`: a whole number from 1 to 64; without it, the number of cores. */
function jobsOption(text: string | undefined, cores: number): number {
  if (text === undefined) return Math.max(1, cores);
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 64) throw new UsageError(`--jobs 应为 1 到 64 的整数（收到“${text}”）`);
  return Number(text);
}

function validTolerance(s: string): boolean {
  if (!/^\d+(\.\d+)?$/.test(s)) return false;
  return new Decimal(s).gte(0);
}
