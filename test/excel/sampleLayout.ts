import type { SheetLayout } from '../../src/domain/template/sheetLayout';

/** A small 表3-like layout written by hand (the template engine has its own tests). */
export function sampleLayout(name = '预算公开表3'): SheetLayout {
  return {
    name,
    cells: [
      { row: 0, col: 0, value: '预算公开表3', style: 'label' },
      { row: 1, col: 0, value: '2025年一般公共预算支出表', style: 'title' },
      { row: 2, col: 0, value: '科目编码', style: 'header' },
      { row: 2, col: 1, value: '科目名称', style: 'header' },
      { row: 2, col: 2, value: '合计', style: 'header' },
      { row: 3, col: 0, value: '208', style: 'code' },
      { row: 3, col: 1, value: '社会保障和就业支出', style: 'name' },
      { row: 3, col: 2, value: 1234.56, style: 'amount' },
      { row: 4, col: 0, value: '2080501', style: 'code' },
      { row: 4, col: 1, value: '=行政单位离退休', style: 'name' },
      { row: 4, col: 2, value: 1234.56, style: 'amount' },
      { row: 5, col: 0, value: '0101', style: 'code' },
      { row: 5, col: 1, value: '-其他', style: 'name' },
      { row: 5, col: 2, value: null, style: 'amount' },
    ],
    merges: ['A2:C2'],
    columnWidths: [14, 30, 14],
    rowHeights: { 1: 28 },
    freezeRows: 3,
    print: { landscape: true, fitToWidth: true, paper: 'A4' },
    tables: [{ formId: 'budget-03', range: 'A1:C6', titleAddress: 'A2', headerRows: [2] }],
    sumRules: [{ range: 'C4', formula: '=ABS(C4-SUM(C5:C5))>0.005' }],
    choices: { C6: ['是', '否'] },
  };
}
