import { UsageError } from './cliIo';

export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Record<string, string | true>;
}

/**
 * `--name value`, `--name=value` and boolean flags. `flags` lists the options that take no value,
 * so `check --json file.xlsx` does not swallow the file name.
 */
export function parseArgs(argv: readonly string[], flags: readonly string[], valued: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    if (flags.includes(name)) {
      if (eq >= 0) throw new UsageError(`选项 --${name} 不带值`);
      options[name] = true;
    } else if (valued.includes(name)) {
      const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
        throw new UsageError(`选项 --${name} 缺少取值`);
      }
      options[name] = value;
    } else {
      throw new UsageError(`不认识的选项 --${name}`);
    }
  }
  return { positional, options };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options[name];
  return typeof v === 'string' ? v : undefined;
}
