import type { FillWithAddedTables } from '../../domain/fill/missingSummaryTables';
import type { WorkbookGateway, WriteUndo } from '../../excel/workbookGateway';
import { fillBatch } from './fillPreview';

/**
 * 填充's 从模板添加: the summary tables the workbook lacks are added as new sheets (never over an
 * existing one: the gateway refuses a taken name and writes nothing), then the plan made on the
 * workbook with them is written as any fill is, with its undo record, which names the added sheets
 * (撤销 deletes them: addedSheetsUndo.ts). Kept apart from the hook so the flow is tested on the
 * memory gateway without React.
 */
export async function writeWithAddedTables(
  gateway: WorkbookGateway,
  adding: Pick<FillWithAddedTables, 'added' | 'plan' | 'metadata'>,
  accepted: ReadonlySet<string>,
  filledAt: string,
): Promise<{ undo: WriteUndo; writes: number; rows: number }> {
  const layouts = adding.added.map((a) => a.layout);
  // The metadata names the added sheets too, so a table renamed later is still found; only when the workbook has it.
  await gateway.writeLayouts(layouts, adding.metadata);
  // The record names the added sheets (with their ids and cells), so 撤销 can delete them again.
  const batch = { ...fillBatch(adding.plan, accepted), keepUndo: { filledAt, addedSheets: layouts.map((l) => l.name) } };
  const undo = await gateway.writeBatch(batch);
  return { undo, writes: batch.writes.length, rows: batch.insertions?.length ?? 0 };
}

/** "已添加 3 张表（表1、表4、表5），写入 94 个单元格". */
export function addedNotice(adding: Pick<FillWithAddedTables, 'added'>, writes: number, rows: number, tables: string): string {
  return `已添加 ${adding.added.length} 张表（${tables}），写入 ${writes} 个单元格${rows > 0 ? `，插入 ${rows} 行` : ''}。点击“撤销”可删除添加的表并恢复单元格（删除工作表会清空 Excel 的撤销记录）。`;
}
