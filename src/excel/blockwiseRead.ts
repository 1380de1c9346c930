import { PayloadTooLargeError, isPayloadLimitError } from './payloadBudget';
import { splitAreaAddresses } from './rangeAreas';
import { planReadBlocks, splitReadSync, type ReadBlock, type UsedArea } from './readBlocks';

/** What a used-range read gives for one sheet (the one-sync read loads the same properties). */
export type UsedCells = Pick<Excel.Range, 'rowIndex' | 'columnIndex' | 'values' | 'valueTypes' | 'numberFormat' | 'formulas'>;

export interface SheetArea {
  readonly name: string;
  readonly ws: Excel.Worksheet;
  /** The used range's address and size (loaded in an earlier sync); null for an empty sheet. */
  readonly used: (UsedArea & { readonly address: string }) | null;
}

const CELL_PROPERTIES = 'values,valueTypes,numberFormat,formulas';

interface BlockCells {
  readonly row: number;
  readonly values: unknown[][];
  readonly valueTypes: string[][];
  readonly numberFormat: unknown[][];
  readonly formulas: unknown[][];
}

/**
 * Reads the used ranges in row blocks, several blocks per sync up to `cellsPerSync` cells, and
 * joins each sheet's blocks into one UsedCells (as if read whole). A sync Excel still refuses for
 * its size is retried in smaller pieces; a single row it refuses is reported in Chinese.
 */
export async function readUsedInBlocks(ctx: Excel.RequestContext, sheets: readonly SheetArea[], cellsPerSync: number): Promise<(UsedCells | null)[]> {
  const pending = planReadBlocks(
    sheets.map((s) => s.used),
    cellsPerSync,
  );
  const got = sheets.map((): BlockCells[] => []);
  while (pending.length > 0) {
    const sync = pending.shift() as ReadBlock[];
    const ranges = sync.map((b) => {
      const used = sheets[b.sheet].used as UsedArea;
      return { b, range: sheets[b.sheet].ws.getRangeByIndexes(used.rowIndex + b.row, used.columnIndex, b.rows, used.columnCount).load(CELL_PROPERTIES) };
    });
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadLimitError(e)) throw e;
      const smaller = splitReadSync(sync);
      if (!smaller) throw new PayloadTooLargeError(rowTooLargeMessage(sheets[sync[0].sheet], sync[0].row), e);
      pending.unshift(...smaller);
      continue;
    }
    for (const { b, range } of ranges) {
      got[b.sheet].push({ row: b.row, values: range.values, valueTypes: range.valueTypes, numberFormat: range.numberFormat, formulas: range.formulas });
    }
  }
  return sheets.map((s, i) => {
    if (!s.used) return null;
    const blocks = got[i].sort((a, b) => a.row - b.row);
    return {
      rowIndex: s.used.rowIndex,
      columnIndex: s.used.columnIndex,
      values: blocks.flatMap((b) => b.values),
      valueTypes: blocks.flatMap((b) => b.valueTypes) as Excel.RangeValueType[][],
      numberFormat: blocks.flatMap((b) => b.numberFormat),
      formulas: blocks.flatMap((b) => b.formulas),
    } as UsedCells;
  });
}

function rowTooLargeMessage(sheet: SheetArea, row: number): string {
  const used = sheet.used as UsedArea & { address: string };
  const area = splitAreaAddresses(used.address)[0] ?? used.address;
  return (
    `工作表“${sheet.name}”的已用区域过大，无法一次读取：已用区域 ${area} 的第 ${used.rowIndex + row + 1} 行` +
    `（${used.columnCount} 列）超过了 Office 单次传输的上限（约 5 MB）。` +
    '请删除远离表格的多余内容（例如表格右侧很远处的单元格或很长的文字）后重新校验。'
  );
}
