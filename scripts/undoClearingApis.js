/**
 * Office.js APIs that clear the user's undo stack even from ExcelApi 1.20 on, from Microsoft's list
 * "Unsupported APIs" in "Undo support with the Excel JavaScript API"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities#unsupported-apis,
 * page dated 2025-05-15): "If you call an unsupported API in your add-in, the user's undo stack is cleared
 * starting from that API call". Properties count when written, methods when called. The entries that are
 * supported on Windows and Mac but not on the web are listed too: Excel on the web is a supported host.
 * scripts/check-api-sets.js fails when the source uses one outside UNDO_CLEARING_ALLOWED.
 */
const UNDO_CLEARING_APIS = [
  'AllowEditRange.address', 'AllowEditRange.delete', 'AllowEditRange.pauseProtection', 'AllowEditRange.setPassword', 'AllowEditRange.title',
  'AllowEditRangeCollection.add', 'AllowEditRangeCollection.pauseProtection',
  'Chart.categoryLabelLevel', 'Chart.seriesNameLevel',
  'ChartPivotOptions.showAxisFieldButtons', 'ChartPivotOptions.showLegendFieldButtons', 'ChartPivotOptions.showReportFilterFieldButtons', 'ChartPivotOptions.showValueFieldButtons',
  'ChartTrendlineLabel.formula',
  'DataConnectionCollection.refreshAll',
  'DocumentProperties.author', 'DocumentProperties.category', 'DocumentProperties.comments', 'DocumentProperties.company', 'DocumentProperties.keywords',
  'DocumentProperties.manager', 'DocumentProperties.revisionNumber', 'DocumentProperties.subject', 'DocumentProperties.title',
  'LinkedWorkbook.refresh', 'LinkedWorkbookCollection.refreshAll',
  'NamedItem.comment',
  'PivotTableStyle.delete', 'PivotTableStyle.duplicate', 'PivotTableStyle.name', 'PivotTableStyleCollection.add', 'PivotTableStyleCollection.setDefault',
  'Query.delete', 'Query.refresh', 'QueryCollection.refreshAll',
  'Slicer.name', 'Slicer.nameInFormula',
  'SlicerStyle.delete', 'SlicerStyle.duplicate', 'SlicerStyle.name', 'SlicerStyleCollection.add', 'SlicerStyleCollection.setDefault',
  'Style.addIndent', 'Style.autoIndent', 'Style.formulaHidden', 'Style.horizontalAlignment', 'Style.includeAlignment', 'Style.includeBorder', 'Style.includeFont',
  'Style.includeNumber', 'Style.includePatterns', 'Style.includeProtection', 'Style.indentLevel', 'Style.locked', 'Style.numberFormat', 'Style.numberFormatLocal',
  'Style.orientation', 'Style.readingOrder', 'Style.shrinkToFit', 'Style.textOrientation', 'Style.verticalAlignment', 'Style.wrapText',
  'TableStyle.delete', 'TableStyle.duplicate', 'TableStyle.name', 'TableStyleCollection.add', 'TableStyleCollection.setDefault',
  'TimelineStyle.delete', 'TimelineStyle.duplicate', 'TimelineStyle.name', 'TimelineStyleCollection.add', 'TimelineStyleCollection.setDefault',
  'Workbook.close', 'Workbook.insertWorksheetsFromBase64', 'Workbook.save',
  'WorkbookProtection.protect', 'WorkbookProtection.unprotect',
  'Worksheet.copy', 'Worksheet.delete', 'Worksheet.name', 'Worksheet.standardWidth', 'Worksheet.position', 'Worksheet.visibility',
  'WorksheetCollection.addFromBase64',
  'WorksheetProtection.pauseProtection', 'WorksheetProtection.protect', 'WorksheetProtection.resumeProtection', 'WorksheetProtection.setPassword',
  'WorksheetProtection.unprotect', 'WorksheetProtection.updateOptions',
].map((m) => `Excel.${m}`);

/**
 * Where the source may use one anyway, and why. The path is relative to the repository; the reason is
 * what the user is told.
 */
const UNDO_CLEARING_ALLOWED = {
  'src/excel/office/selfTest.ts': {
    'Excel.Worksheet.delete': '自检 removes its temporary sheet; the pane says before it starts that this clears Excel’s undo history',
  },
  'src/excel/office/cellWrites.ts': {
    'Excel.Worksheet.delete':
      '填充’s 撤销 deletes the sheets 从模板添加 added; the 填充 tab says before 撤销 that this clears Excel’s undo history (StoredUndoView.tsx)',
  },
};

module.exports = { UNDO_CLEARING_APIS, UNDO_CLEARING_ALLOWED };
