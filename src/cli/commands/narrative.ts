import * as path from 'path';
import { EXIT_OK, UsageError, type CliIo } from '../cliIo';
import { parseArgs, stringOption } from '../parseArgs';
import { READ_LIMIT_OPTIONS, readLimitsOption } from '../readLimitsOption';
import { readWorkbookFile } from '../../xlsx/readWorkbook';
import { recognize } from '../../domain/recognition/recognize';
import { readParameters } from '../../domain/parameters/parameterSheet';
import { buildNarrative } from '../../domain/narrative/buildNarrative';
import { narrativeToJson, narrativeToText } from '../../output/narrativeText';
import { narrativeToDocx } from '../../output/narrativeDocx';
import { prepareOutput, writeOutput, type InputFile } from '../outputFile';

export async function runNarrative(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['json', 'force'], ['out', 'prior', ...READ_LIMIT_OPTIONS]);
  if (args.positional.length !== 1) throw new UsageError('narrative 需要一个 .xlsx 文件');
  const out = stringOption(args, 'out');
  const outExt = out ? path.extname(out).toLowerCase() : '';
  if (out && outExt !== '.docx' && outExt !== '.txt') throw new UsageError('--out 的文件名应以 .docx 或 .txt 结尾');
  const file = args.positional[0];
  const priorFile = stringOption(args, 'prior');
  const inputs: InputFile[] = [file, priorFile].filter((f): f is string => f !== undefined).map((f) => ({ given: f, abs: path.resolve(io.cwd, f) }));
  const target = out ? await prepareOutput(out, io.cwd, args.options.force === true, inputs) : null;
  const limits = readLimitsOption(args);
  const wb = await readWorkbookFile(inputs[0].abs, file, limits);
  const recognition = recognize(wb);
  let prior;
  if (priorFile) {
    const priorWb = await readWorkbookFile(inputs[1].abs, priorFile, limits);
    prior = { wb: priorWb, recognition: recognize(priorWb) };
  }
  const narrative = buildNarrative(wb, recognition, readParameters(wb), prior ? { prior } : undefined);
  if (target) {
    await writeOutput(target, outExt === '.docx' ? await narrativeToDocx(narrative) : narrativeToText(narrative));
    io.stdout(`已写入情况说明：${out}\n`);
  } else if (args.options.json === true) {
    io.stdout(JSON.stringify(narrativeToJson(narrative), null, 2) + '\n');
  } else {
    io.stdout(narrativeToText(narrative) + '\n');
  }
  if (args.options.json === true && target) io.stdout(JSON.stringify(narrativeToJson(narrative), null, 2) + '\n');
  return EXIT_OK;
}
