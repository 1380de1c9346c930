import * as path from 'path';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo } from '../cliIo';
import { parseArgs, stringOption } from '../parseArgs';
import { READ_LIMIT_OPTIONS, readLimitsOption } from '../readLimitsOption';
import { readWorkbookFile } from '../../xlsx/readWorkbook';
import { applyCellWritesToFile } from '../../xlsx/applyCellWrites';
import { recognize } from '../../domain/recognition/recognize';
import { planFill } from '../../domain/fill/planFill';
import { workbookCatalog } from '../../domain/catalog/workbookCatalog';
import { CatalogOption } from '../catalogOption';

export async function runFill(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, [], ['out', 'catalog', ...READ_LIMIT_OPTIONS]);
  if (args.positional.length !== 1) throw new UsageError('fill 需要一个 .xlsx 文件');
  const out = stringOption(args, 'out');
  if (!out) throw new UsageError('请用 --out 给出新文件名（fill 从不改写输入文件）');
  if (!out.toLowerCase().endsWith('.xlsx')) throw new UsageError('--out 的文件名应以 .xlsx 结尾');
  const file = args.positional[0];
  const input = path.resolve(io.cwd, file);
  const target = path.resolve(io.cwd, out);
  if (target === input) throw new UsageError('--out 不能是输入文件本身：fill 从不改写输入文件');
  const wb = await readWorkbookFile(input, file, readLimitsOption(args));
  const recognition = recognize(wb);
  const year = recognition.facts.catalogYear;
  const given = (await CatalogOption.load(stringOption(args, 'catalog'), io))?.forYear(year);
  const plan = planFill(wb, recognition, workbookCatalog(wb, year, given));
  await applyCellWritesToFile(input, plan.writes, plan.insertions, target, new Date().toISOString());
  io.stdout(`已写入 ${out}：填写 ${plan.writes.length} 个单元格，插入 ${plan.insertions.length} 行（在 Excel 加载项“填充”页可撤销）\n`);
  for (const ins of plan.insertions) io.stdout(`  插入行（工作表“${ins.sheet}”第 ${ins.beforeRow + 1} 行前）：${ins.reason}\n`);
  for (const w of plan.writes) io.stdout(`  ${w.sheet}!${w.address} ← ${w.value}（${w.reason}）\n`);
  for (const n of plan.notes) io.stdout(`  说明：${n.message}\n`);
  if (plan.conflicts.length > 0) {
    io.stdout(`\n以下 ${plan.conflicts.length} 个单元格已有不同的值，未改写，请核对：\n`);
    for (const c of plan.conflicts) {
      io.stdout(`  ${c.sheet}!${c.address}：现为 ${c.current}，推算应为 ${c.value}（${c.reason}）\n`);
    }
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}
