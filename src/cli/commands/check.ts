import Decimal from 'decimal.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, UsageError, type CliIo } from '../cliIo';
import { parseArgs, stringOption } from '../parseArgs';
import { READ_LIMIT_OPTIONS, readLimitsOption } from '../readLimitsOption';
import { CatalogOption } from '../catalogOption';
import { checkFile, type CheckSettings, type CheckTask } from '../checkFile';
import { checkJson } from '../checkJson';
import type { FileCheck } from '../fileCheck';
import { inputFiles } from '../inputFiles';
import { fileReport } from '../report/humanReport';
import { folderReport } from '../report/folderReport';
import { loadNarrativeSettings } from '../narrativeOption';

export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['json', 'verbose'], ['tolerance', 'catalog', 'narrative', 'prior', ...READ_LIMIT_OPTIONS]);
  if (args.positional.length !== 1) throw new UsageError('check 需要一个 .xlsx 文件或文件夹');
  const tolerance = stringOption(args, 'tolerance');
  if (tolerance !== undefined && !validTolerance(tolerance)) {
    throw new UsageError(`--tolerance 应为不小于 0 的万元数，例如 0.005（收到“${tolerance}”）`);
  }
  const given = args.positional[0];
  const { folder, tasks } = await inputFiles(given, io.cwd);
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
  const checks = await checkAll(tasks, settings);

  const unreadable = checks.filter((c) => c.error !== undefined);
  // Said on stderr too, one line each, for scripts that watch it; never only there.
  for (const c of unreadable) io.stderr(`无法读取 ${c.file}：${c.error}\n`);
  const options = { verbose: args.options.verbose === true, ...(io.terminal ? { terminal: io.terminal } : {}) };
  if (args.options.json === true) io.stdout(JSON.stringify(checkJson(checks), null, 2) + '\n');
  else if (folder) io.stdout(folderReport(checks, options));
  else if (unreadable.length === 0) io.stdout(fileReport(checks[0], options));
  if (unreadable.length > 0) return EXIT_UNUSABLE;
  return checks.some((c) => c.findings.some((f) => f.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

/** Every task's FileCheck, in the tasks' order. */
async function checkAll(tasks: readonly CheckTask[], settings: CheckSettings): Promise<FileCheck[]> {
  const out: FileCheck[] = [];
  for (const task of tasks) out.push(await checkFile(task, settings));
  return out;
}

function validTolerance(s: string): boolean {
  if (!/^\d+(\.\d+)?$/.test(s)) return false;
  return new Decimal(s).gte(0);
}
