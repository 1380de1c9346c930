import { promises as fs } from 'fs';

/** Does a file (or folder) exist at this path? Commands that write refuse an existing --out without --force. */
export async function fileExists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}
