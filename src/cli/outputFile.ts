import { randomBytes } from 'crypto';
import { promises as fs, realpathSync, type Stats } from 'fs';
import * as path from 'path';
import { systemErrorReason } from '../xlsx/systemError';
import { Refusal } from './cliIo';

/** A file the CLI could not write: the message names it as given and says what to do. */
export class OutputWriteError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`无法写入 ${file}：${reason}`);
    this.name = 'OutputWriteError';
  }
}

/** A file the command reads (the workbook, --prior, --catalog), as given and resolved. */
export interface InputFile {
  readonly given: string;
  readonly abs: string;
}

/** Where `--out` goes, checked before any work is done. */
export interface OutputTarget {
  readonly given: string;
  readonly abs: string;
  readonly force: boolean;
}

/**
 * `--out` (or `--report`), checked before the work: an existing file is refused without `--force`, and a file that
 * is one of the inputs is refused always. Identity is what the file system says, not the name: the
 * real path (links resolved, on Windows and macOS also the letter case) and device + inode, so a
 * symbolic link, a hard link or a name differing only in case on a case-insensitive disk is caught.
 */
export async function prepareOutput(given: string, cwd: string, force: boolean, inputs: readonly InputFile[], option = '--out'): Promise<OutputTarget> {
  const abs = path.resolve(cwd, given);
  const present = await statIf(abs, given, false);
  if (present) {
    const target = await statIf(abs, given, true);
    if (target?.isDirectory()) throw new OutputWriteError(given, systemErrorReason(Object.assign(new Error(), { code: 'EISDIR' }), 'write'));
    for (const input of inputs) {
      if (target && (await sameFile(abs, target, input.abs))) {
        throw new Refusal(`${option} 不能是输入文件本身：${given} 与 ${input.given} 是同一个文件（经由链接，或只是写法不同）；请换一个文件名`);
      }
    }
    if (!force) throw new Refusal(`${given} 已存在，未覆盖；确需覆盖请加 --force`);
  }
  return { given, abs, force };
}

/**
 * Writes `data` to the target without ever writing in place: into a new temporary file in the
 * target's folder, then renamed over it, so a failure leaves the old file (or none) and a link
 * at the target's name is replaced, never written through.
 */
export async function writeOutput(target: OutputTarget, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(target.abs);
  const temp = path.join(dir, `.${path.basename(target.abs)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
    if (!target.force && (await statIf(target.abs, target.given, false))) {
      throw new Refusal(`${target.given} 已存在，未覆盖；确需覆盖请加 --force`);
    }
    await fs.rename(temp, target.abs);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if (e instanceof Refusal) throw e;
    throw new OutputWriteError(target.given, systemErrorReason(e, 'write'));
  }
}

async function sameFile(abs: string, target: Stats, inputAbs: string): Promise<boolean> {
  let input: Stats;
  try {
    input = await fs.stat(inputAbs);
  } catch {
    return false;
  }
  // Some file systems (FAT, some network shares) report inode 0: then the real paths decide.
  if (target.ino !== 0 && input.ino === target.ino && input.dev === target.dev) return true;
  return realPath(abs) === realPath(inputAbs);
}

/** The native real path: links resolved and, where the disk ignores case, the case as stored. */
function realPath(p: string): string | null {
  try {
    return realpathSync.native(p);
  } catch {
    return null;
  }
}

/** The file's stats, or null when there is none; `follow`: through a link to what it names (a dangling link: null). */
async function statIf(abs: string, given: string, follow: boolean): Promise<Stats | null> {
  try {
    return await (follow ? fs.stat(abs) : fs.lstat(abs));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new OutputWriteError(given, systemErrorReason(e, 'write'));
  }
}
