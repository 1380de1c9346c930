import type { CheckSummary } from '../taskpane/check/checkMessages';
import { statusLine } from '../taskpane/shared/findingGroups';

/** What the ribbon's 校验 tells the user when the pane does not show the result itself. */
export function ribbonMessage(summary: CheckSummary): string {
  if (summary.tables === 0) return '没有识别到预算/决算公开表。请检查表格标题，或在“打开助手”中插入模板。';
  return `已校验 ${summary.tables} 张表：${statusLine(summary.findings)}。\n错误标为红色，尾数差异标为黄色；在“打开助手”的“校验”页可查看明细。`;
}
