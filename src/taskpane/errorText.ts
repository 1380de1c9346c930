/** A Chinese message for a failure: Office.js errors carry a code, ours carry Chinese text already. */
export function errorText(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as Error & { code?: string }).code;
    if (code === 'InvalidOperationInCellEditMode') return '请先结束单元格编辑（按 Enter 或 Esc），再试一次。';
    if (code === 'AccessDenied') return '工作簿受保护或为只读，无法写入。';
    return e.message;
  }
  return String(e);
}
