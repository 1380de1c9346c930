/** Sheets named in a notice: “表3”、“表4”. */
const named = (sheets: readonly string[]): string => sheets.map((n) => `“${n}”`).join('、');

/** After 校验: protected sheets were checked but not marked, and what to do about it. */
export function unmarkedNotice(sheets: readonly string[]): string | null {
  if (sheets.length === 0) return null;
  return `工作表${named(sheets)}受保护，未在其中标记；检查照常进行，结果都在下方列表中。要标记，请先在“审阅”选项卡中点“撤销工作表保护”，再点“校验”。`;
}

/** After 清除标记: our marks on protected sheets stay until the protection is lifted. */
export function uncleared(sheets: readonly string[]): string {
  if (sheets.length === 0) return '';
  return `工作表${named(sheets)}受保护，其中的标记未清除：请先在“审阅”选项卡中点“撤销工作表保护”，再点“清除标记”。`;
}
