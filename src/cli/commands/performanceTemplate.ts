import { promises as fs } from 'fs';
import * as path from 'path';
import { EXIT_OK, EXIT_UNUSABLE, UsageError, type CliIo } from '../cliIo';
import { parseArgs, stringOption } from '../parseArgs';
import { READ_LIMIT_OPTIONS, readLimitsOption } from '../readLimitsOption';
import { prepareOutput, writeOutput, type InputFile } from '../outputFile';
import { recognize } from '../../domain/recognition/recognize';
import { performanceTemplateLayouts, projectsWithoutTable } from '../../domain/template/performanceLayout';
import { readWorkbookBuffer } from '../../xlsx/readWorkbook';
import { systemErrorReason } from '../../xlsx/systemError';
import { WorkbookReadError } from '../../xlsx/workbookReadError';
import { appendLayoutsToBuffer } from '../../xlsx/writeLayouts';

/**
 * `template --kind performance --from 预算.xlsx --out 新文件.xlsx [--force]`: a copy of the budget
 * workbook with one 项目支出绩效目标表 sheet for every 表12 project line that has none yet, pre-filled
 * from 表12. Existing tables and sheets are never replaced; the input file is never written.
 */
export async function runPerformanceTemplate(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['force'], ['kind', 'from', 'out', ...READ_LIMIT_OPTIONS]);
  if (args.positional.length > 0) throw new UsageError(`template 不接受参数：${args.positional.join(' ')}`);
  const from = stringOption(args, 'from');
  if (!from) throw new UsageError('请用 --from 给出含预算公开表12（项目支出预算表）的工作簿');
  const out = stringOption(args, 'out');
  if (!out) throw new UsageError('请用 --out 给出要写入的 .xlsx 文件（输入文件不会被改写）');
  if (!out.toLowerCase().endsWith('.xlsx')) throw new UsageError('--out 的文件名应以 .xlsx 结尾');
  const input: InputFile = { given: from, abs: path.resolve(io.cwd, from) };
  const target = await prepareOutput(out, io.cwd, args.options.force === true, [input]);
  // Read once: the tables found and the copy come from the same bytes.
  let original: Buffer;
  try {
    original = await fs.readFile(input.abs);
  } catch (e) {
    throw new WorkbookReadError(from, systemErrorReason(e, 'read'));
  }
  const wb = await readWorkbookBuffer(original, from, readLimitsOption(args));
  const recognition = recognize(wb);
  const todo = projectsWithoutTable(recognition);
  if (!todo) {
    io.stderr(`${from}：没有找到预算公开表12（项目支出预算表），无法按项目生成绩效目标表\n`);
    return EXIT_UNUSABLE;
  }
  const year = recognition.year;
  const unit = recognition.unit;
  if (year === null || !unit) {
    io.stderr(`${from}：没有读出年度或单位名称，无法填写绩效目标表\n`);
    return EXIT_UNUSABLE;
  }
  if (todo.projects.length === 0) {
    io.stdout(`${from} 中表12的 ${todo.covered.length} 个项目都已有绩效目标表，未生成新表\n`);
    return EXIT_OK;
  }
  const { layouts, notices } = performanceTemplateLayouts({ year, unit, projects: todo.projects, existingSheets: wb.sheets.map((s) => s.name) });
  await writeOutput(target, await appendLayoutsToBuffer(original, layouts));
  io.stdout(`已生成 ${out}：${from} 的副本，新增 ${layouts.length} 张项目支出绩效目标表（${year}年度，${unit}）\n`);
  for (const l of layouts) io.stdout(`  · 工作表“${l.name}”\n`);
  if (todo.covered.length > 0) io.stdout(`  已有绩效目标表的 ${todo.covered.length} 个项目未重复生成\n`);
  for (const n of notices) io.stdout(`  · ${n}\n`);
  return EXIT_OK;
}

/** Does the command line ask for `--kind performance`? */
export function asksForPerformance(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--kind=performance' || (a === '--kind' && argv[i + 1] === 'performance'));
}
