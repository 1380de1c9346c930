/**
 * Node's file-system errors (EACCES, ENOENT, …) as Chinese sentences that say what to do. Their own
 * text is English and carries the absolute path; a user sees the file as they gave it instead,
 * in the message of the error that wraps this reason ("无法读取 表.xlsx：…").
 */
export type FileAction = 'read' | 'write' | 'list';

const BUSY = '文件正被其他程序占用（例如已在 Excel 或 WPS 中打开），请关闭后再试';
const NETWORK = '网络盘或共享文件夹暂时无法访问，请检查网络连接后再试';

const REASONS: Record<string, (a: FileAction) => string> = {
  ENOENT: (a) => (a === 'write' ? '要保存到的文件夹不存在，请先建好文件夹，或换一个保存位置' : a === 'list' ? '文件夹不存在，请检查文件夹名' : '文件不存在，请检查文件名和所在文件夹'),
  EACCES: (a) => (a === 'write' ? '没有在这里保存文件的权限，请换一个自己有权限的文件夹，或请管理员开放权限' : '没有读取权限，请检查文件的权限，或把它复制到自己的文件夹后再试'),
  EPERM: (a) =>
    a === 'write'
      ? '系统不允许写入（文件只读、正在 Excel 中打开，或被安全软件拦截），请关闭文件、取消只读，或换一个保存位置'
      : '系统不允许读取（没有权限，或被安全软件拦截），请检查文件的权限，或把它复制到自己的文件夹后再试',
  EISDIR: (a) => (a === 'write' ? '这是一个文件夹，请在文件夹名后加上要保存的文件名' : '这是文件夹，不是文件，请给出文件名'),
  ENOTDIR: (a) => (a === 'list' ? '这是文件，不是文件夹' : '路径中有一段是文件而不是文件夹，请检查路径'),
  ENOSPC: () => '磁盘已满，请清理磁盘空间，或换一个保存位置后再试',
  EDQUOT: () => '磁盘配额已用完，请清理空间，或换一个保存位置后再试',
  EROFS: () => '所在的磁盘只读，不能写入，请换一个保存位置',
  EMFILE: () => '同时打开的文件太多，请关闭其他程序，或用 --jobs 1 再试',
  ENFILE: () => '系统同时打开的文件太多，请关闭其他程序后再试',
  EBUSY: () => BUSY,
  ETXTBSY: () => BUSY,
  ELOOP: () => '路径中的链接（快捷方式）循环指向自己，请检查路径',
  ENAMETOOLONG: () => '文件名或路径太长，请缩短文件名，或移到层级较浅的文件夹',
  EINVAL: () => '文件名不合法，请去掉其中的特殊字符（如 : * ? " < > |）',
  EIO: () => '读写磁盘时出错，请检查磁盘或网络盘的连接后再试',
  ENOMEM: () => '内存不足，请关闭其他程序后再试',
  EAGAIN: () => '系统暂时繁忙，请稍后再试',
  ETIMEDOUT: () => NETWORK,
  EHOSTDOWN: () => NETWORK,
  EHOSTUNREACH: () => NETWORK,
  ENETUNREACH: () => NETWORK,
  ECONNRESET: () => NETWORK,
  ESTALE: () => NETWORK,
  EXDEV: () => '不能跨磁盘移动文件，请把要保存的文件放在同一个磁盘上',
  EEXIST: () => '文件已存在',
};

/** A Node system error (it has an errno `code` such as "EACCES"). */
export function isSystemError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  // Not `instanceof Error`: errors from Node's own realm (or a test's sandbox) fail that test.
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code);
}

/** What went wrong and what to do, in Chinese, never the path or Node's English. */
export function systemErrorReason(e: unknown, action: FileAction): string {
  const code = isSystemError(e) ? e.code : '';
  const reason = REASONS[code];
  if (reason) return reason(action);
  return action === 'write' ? '系统拒绝保存这个文件，请换一个保存位置后再试' : action === 'list' ? '系统拒绝列出这个文件夹的内容，请检查文件夹后再试' : '系统拒绝读取这个文件，请检查文件后再试';
}
