/**
 * What each Office.js error code (Excel.ErrorCodes) means for an accountant, and what to do, in Chinese.
 * The pane shows the sentence with the code after it, so an IT desk can still look the code up.
 */
const SENTENCES: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: '请先结束单元格编辑（按 Enter 或 Esc），再试一次。',
  AccessDenied: '工作簿或工作表受保护，或文件以只读方式打开，无法写入。请在“审阅”选项卡中撤销保护，或另存一份可编辑的副本，再试一次。',
  RangeExceedsLimit: '这次操作涉及的单元格超出了 Excel 一次能处理的范围。请删去工作表下方和右侧多余的空行空列（使用区域过大），或分几次操作。',
  OperationCellsExceedLimit: '这次操作涉及的单元格超出了 Excel 一次能处理的范围。请删去工作表下方和右侧多余的空行空列，或分几次操作。',
  RequestPayloadSizeLimitExceeded: '一次传送的数据超过了 Excel 的 5 MB 上限。请删去工作表中多余的空行空列，或把与公开表无关的工作表移到另一个工作簿，再试一次。',
  ResponsePayloadSizeLimitExceeded: '一次读取的数据超过了 Excel 的 5 MB 上限。请删去工作表中多余的空行空列，或把与公开表无关的工作表移到另一个工作簿，再试一次。',
  ItemNotFound: '要操作的工作表或单元格已不存在（可能刚被删除或改名）。请再点一次“校验”，再试一次。',
  ItemAlreadyExists: '同名的工作表或项目已经存在。请改名或删除原有的那个，再试一次。',
  ApiNotFound: '这个版本的 Excel 不支持这项功能。请升级到 Microsoft 365 或 Excel 2021 及以上版本；模板和命令行版本仍可使用。',
  UnsupportedFeature: '这个版本的 Excel 不支持这项功能。请升级 Excel，或改用命令行版本。',
  UnsupportedOperation: '当前 Excel 不支持这项操作。请升级 Excel，或改用命令行版本。',
  NotImplemented: '当前 Excel 不支持这项操作。请升级 Excel，或改用命令行版本。',
  UnsupportedSheet: '这类工作表（图表工作表或宏表）不支持这项操作。请切换到普通工作表，再试一次。',
  InsertDeleteConflict: '插入或删除行与工作表中的合并单元格、表格或筛选冲突。请取消相关区域的合并或筛选，再试一次。',
  MergedRangeConflict: '目标区域有合并单元格，无法写入。请取消合并，再试一次。',
  FilteredRangeConflict: '工作表正在筛选，无法在筛选区域中写入或插入行。请清除筛选（“数据”›“清除”），再试一次。',
  PivotTableRangeConflict: '目标区域与数据透视表重叠。请移开数据透视表，再试一次。',
  NonBlankCellOffSheet: '插入行会把内容挤出工作表末尾。请删去工作表最下方多余的内容，再试一次。',
  FormulaLengthExceedsLimit: '公式超出了 Excel 的长度上限。请缩短相关公式，再试一次。',
  Conflict: '工作簿正被他人同时编辑，发生了冲突。请稍候片刻，再试一次。',
  RequestAborted: 'Excel 中止了这次请求（工作簿可能在此期间被关闭或重新加载）。请再试一次。',
  InactiveWorkbook: '要操作的工作簿不是当前窗口中的工作簿。请切换到该工作簿，再试一次。',
  InvalidSelection: '当前选定区域无法完成这项操作。请点一下任意单元格，再试一次。',
  GeneralException: 'Excel 内部出错。请保存工作簿，关闭后重新打开，再试一次；若反复出现，请把本条信息告诉 IT 支持人员。',
  InvalidArgument: 'Excel 拒绝了这次操作。请保存工作簿，关闭后重新打开，再试一次；若反复出现，请把本条信息告诉 IT 支持人员。',
  InvalidReference: 'Excel 拒绝了这次操作。请保存工作簿，关闭后重新打开，再试一次；若反复出现，请把本条信息告诉 IT 支持人员。',
  InvalidOperation: 'Excel 拒绝了这次操作。请保存工作簿，关闭后重新打开，再试一次；若反复出现，请把本条信息告诉 IT 支持人员。',
};

/** The sentence for an Office.js error code, null for a code not in the table. */
export function officeErrorSentence(code: string): string | null {
  return Object.prototype.hasOwnProperty.call(SENTENCES, code) ? SENTENCES[code] : null;
}
