import { UsageError } from './cliIo';
import { stringOption, type ParsedArgs } from './parseArgs';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../xlsx/readLimits';

/** The options that raise the size limits checked before a workbook is parsed (README, "Size limits"). */
export const READ_LIMIT_OPTIONS = ['max-cells', 'max-uncompressed-mb'] as const;

export function readLimitsOption(args: ParsedArgs): ReadLimits {
  return {
    maxCells: positive(args, 'max-cells') ?? DEFAULT_READ_LIMITS.maxCells,
    maxUncompressedMb: positive(args, 'max-uncompressed-mb') ?? DEFAULT_READ_LIMITS.maxUncompressedMb,
  };
}

function positive(args: ParsedArgs, name: string): number | undefined {
  const v = stringOption(args, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) <= 0 || !Number.isSafeInteger(Number(v))) throw new UsageError(`--${name} 应为正整数（收到“${v}”）`);
  return Number(v);
}
