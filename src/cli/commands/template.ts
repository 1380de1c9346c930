import { EXIT_OK, UsageError, type CliIo } from '../cliIo';
import { parseArgs, stringOption } from '../parseArgs';
import { templateLayouts } from '../../domain/template/templateLayouts';
import { layoutsToBuffer } from '../../xlsx/writeLayouts';
import { prepareOutput, writeOutput } from '../outputFile';
import { UNIT_TYPES, type UnitType } from '../../domain/workbook/snapshot';
import { PROFILES, profileById } from '../../domain/profiles';
import { asksForPerformance, runPerformanceTemplate } from './performanceTemplate';

export async function runTemplate(argv: string[], io: CliIo): Promise<number> {
  if (asksForPerformance(argv)) return runPerformanceTemplate(argv, io);
  const args = parseArgs(argv, ['force'], ['kind', 'year', 'unit', 'unit-type', 'out', 'profile']);
  if (args.positional.length > 0) throw new UsageError(`template 不接受参数：${args.positional.join(' ')}`);
  const profileId = stringOption(args, 'profile');
  const profile = profileById(profileId);
  if (profileId !== undefined && !profile) {
    throw new UsageError(`--profile 只能是 ${PROFILES.map((p) => p.id).join('、')}（收到“${profileId}”）`);
  }
  const kind = stringOption(args, 'kind') ?? profile?.kind;
  if (kind !== 'budget' && kind !== 'final') throw new UsageError('请用 --kind budget（预算公开）、--kind final（决算公开）或 --kind performance（绩效目标表），或用 --profile 指定表套');
  if (profile && profile.kind !== kind) throw new UsageError(`--profile ${profile.id} 是${profile.kind === 'budget' ? '预算' : '决算'}表套，与 --kind ${kind} 不符`);
  const yearText = stringOption(args, 'year');
  const year = Number(yearText);
  if (!yearText || !/^\d{4}$/.test(yearText) || year < 2000 || year > 2100) {
    throw new UsageError('请用 --year 给出四位年度，例如 --year 2025');
  }
  const unit = stringOption(args, 'unit')?.trim();
  if (!unit) throw new UsageError('请用 --unit 给出单位名称');
  const unitTypeText = stringOption(args, 'unit-type');
  if (unitTypeText !== undefined && !UNIT_TYPES.includes(unitTypeText as UnitType)) {
    throw new UsageError(`--unit-type 只能是 ${UNIT_TYPES.join('、')}`);
  }
  const out = stringOption(args, 'out');
  if (!out) throw new UsageError('请用 --out 给出要写入的 .xlsx 文件');
  if (!out.toLowerCase().endsWith('.xlsx')) throw new UsageError('--out 的文件名应以 .xlsx 结尾');
  const target = await prepareOutput(out, io.cwd, args.options.force === true, []);
  const { layouts, metadata, notices } = templateLayouts({
    kind,
    year,
    unit,
    unitType: unitTypeText as UnitType | undefined,
    ...(profile ? { profile: profile.id } : {}),
  });
  await writeOutput(target, await layoutsToBuffer(layouts, metadata));
  const label = kind === 'budget' ? '预算公开' : '决算公开';
  io.stdout(`已生成 ${out}：${unit} ${year}年${label}模板，共 ${layouts.length} 个工作表\n`);
  for (const n of notices) io.stdout(`  · ${n}\n`);
  return EXIT_OK;
}
