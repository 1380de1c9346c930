/** A file that cannot be read as a workbook; `message` is one Chinese line naming the file and why. */
export class WorkbookReadError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`无法读取 ${file}：${reason}`);
    this.name = 'WorkbookReadError';
  }
}
