import { promises as fs } from 'fs';
import * as path from 'path';
import Decimal from 'decimal.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo } from '../cliIo';
import { parseArgs, stringOption } from '../parseArgs';
import { READ_LIMIT_OPTIONS, readLimitsOption } from '../readLimitsOption';
import { readWorkbookBuffer } from '../../xlsx/readWorkbook';
import { applyCellWrites } from '../../xlsx/applyCellWrites';
import { appendLayoutsToBuffer } from '../../xlsx/writeLayouts';
import { WorkbookReadError } from '../../xlsx/workbookReadError';
import { systemErrorReason } from '../../xlsx/systemError';
import { recognize } from '../../domain/recognition/recognize';
import { conflictSentence } from '../../domain/fill/fillText';
import { fillWithAddedTables, missingSummaryTables, type FillWithAddedTables, type MissingSummaryTables } from '../../domain/fill/missingSummaryTables';
import { addedTablesText, missingTablesText } from '../../domain/fill/missingTablesText';
import { planFill } from '../../domain/fill/planFill';
import { workbookCatalog } from '../../domain/catalog/workbookCatalog';
import { wan } from '../../domain/findings/findingText';
import { CatalogOption } from '../catalogOption';
import { prepareOutput, writeOutput, type InputFile } from '../outputFile';

export async function runFill(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['force', 'add-missing'], ['out', 'catalog', ...READ_LIMIT_OPTIONS]);
  if (args.positional.length !== 1) throw new UsageError('fill 需要一个 .xlsx 文件');
  const out = stringOption(args, 'out');
  if (!out) throw new UsageError('请用 --out 给出新文件名（fill 从不改写输入文件）');
  if (!out.toLowerCase().endsWith('.xlsx')) throw new UsageError('--out 的文件名应以 .xlsx 结尾');
  const file = args.positional[0];
  const catalogFile = stringOption(args, 'catalog');
  const inputs: InputFile[] = [file, catalogFile].filter((f): f is string => f !== undefined).map((f) => ({ given: f, abs: path.resolve(io.cwd, f) }));
  const target = await prepareOutput(out, io.cwd, args.options.force === true, inputs);
  // Read once: the plan and the copy come from the same bytes.
  let original: Buffer;
  try {
    original = await fs.readFile(inputs[0].abs);
  } catch (e) {
    throw new WorkbookReadError(file, systemErrorReason(e, 'read'));
  }
  const wb = await readWorkbookBuffer(original, file, readLimitsOption(args));
  const recognition = recognize(wb);
  const year = recognition.facts.catalogYear;
  const given = (await CatalogOption.load(catalogFile, io))?.forYear(year);
  const catalog = workbookCatalog(wb, year, given);
  const absent = missingSummaryTables(recognition);
  const adding: FillWithAddedTables | null = args.options['add-missing'] === true && absent.missing.length > 0 && absent.lackingSources.length === 0 ? fillWithAddedTables(wb, recognition, catalog) : null;
  const plan = adding ? adding.plan : planFill(wb, recognition, catalog);
  // Absent tables and nothing else to fill: an unchanged copy would only look like a result.
  if (!adding && absent.missing.length > 0 && plan.writes.length === 0 && plan.insertions.length === 0) {
    io.stdout(missingAdvice(absent, args.options['add-missing'] === true, file, out, args.options.force === true));
    io.stdout(`没有其他可填充的单元格，未写入 ${out}\n`);
    return EXIT_OK;
  }
  const copy = adding ? await appendLayoutsToBuffer(original, adding.added.map((a) => a.layout), adding.metadata) : original;
  await writeOutput(target, await applyCellWrites(copy, plan.writes, plan.insertions, new Date().toISOString()));
  // Absent tables lead: a fill that wrote nothing because they are missing says so first.
  if (!adding && absent.missing.length > 0) io.stdout(missingAdvice(absent, args.options['add-missing'] === true, file, out, true));
  const sheets = adding ? `添加 ${adding.added.length} 个工作表，` : '';
  io.stdout(`已写入 ${out}：${sheets}填写 ${plan.writes.length} 个单元格，插入 ${plan.insertions.length} 行（在 Excel 加载项“填充”页可撤销）\n`);
  for (const line of adding ? addedTablesText(adding) : []) io.stdout(`  ${line}\n`);
  for (const ins of plan.insertions) io.stdout(`  插入行（工作表“${ins.sheet}”第 ${ins.beforeRow + 1} 行前）：${ins.reason}\n`);
  for (const w of plan.writes) io.stdout(`  ${w.sheet}!${w.address} ← ${shown(w.value)}（${w.reason}）\n`);
  for (const n of plan.notes) io.stdout(`  说明：${n.message}\n`);
  if (plan.conflicts.length > 0) {
    io.stdout(`\n以下 ${plan.conflicts.length} 个单元格已有不同的值，未改写，请核对：\n`);
    for (const c of plan.conflicts) io.stdout(`  ${conflictSentence(c)}（${c.sheet}!${c.address}）\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/**
 * What fill says when summary tables are absent and were not added: which, and how to add them (or,
 * when the tables they come from are missing too, that there is nothing to derive them from).
 */
function missingAdvice(absent: MissingSummaryTables, asked: boolean, file: string, out: string, outExists: boolean): string {
  if (absent.lackingSources.length > 0) return `${missingTablesText(absent)}${asked ? '，未添加' : ''}；请先插入模板或粘贴这些表\n`;
  return `${missingTablesText(absent)}：加 --add-missing 可从模板添加这些表并填入可推算的行（作为新工作表写入新文件，已有工作表不变），例如：\n  budget-disclosure fill ${file} --out ${out} --add-missing${outExists ? ' --force' : ''}\n`;
}

/** An amount as the report prints it (1,187.20); a code or a name as it is. */
function shown(v: string | number): string {
  return typeof v === 'number' && Number.isFinite(v) ? wan(new Decimal(v).toFixed(2)) : String(v);
}
