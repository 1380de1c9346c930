/**
 * The engine is loaded on first use, not with the first screen: the pane opens on the template form
 * and each tab's code (rules, catalog, fill, narrative, Word writer) arrives in its own chunk when
 * the user first needs it. Chunks the tabs share (recognition, catalog) webpack splits out itself.
 */
export function loadChecks(): Promise<typeof import('../../domain/checks/checkWorkbook')> {
  return import(/* webpackChunkName: "checks" */ '../../domain/checks/checkWorkbook');
}

/** Live checking's check, which keeps what it learnt between edits (in the checks chunk). */
export function loadLiveCheck(): Promise<typeof import('../../domain/checks/liveCheck')> {
  return import(/* webpackChunkName: "checks" */ '../../domain/checks/liveCheck');
}

export function loadTemplates(): Promise<typeof import('../../domain/template/templateLayouts')> {
  return import(/* webpackChunkName: "templates" */ '../../domain/template/templateLayouts');
}

/** 插入模板: what the workbook already holds of the chosen set, and the layouts of what it lacks. */
export async function loadTemplatePlan(): Promise<{
  templateLayouts: typeof import('../../domain/template/templateLayouts').templateLayouts;
  templatePlan: typeof import('../../domain/template/templatePlan').templatePlan;
  templateAction: typeof import('../../domain/template/templatePlan').templateAction;
  missingTables: typeof import('../../domain/template/templatePlan').missingTables;
  heldSentence: typeof import('../../domain/template/templatePlan').heldSentence;
  toAdd: typeof import('../../domain/template/templatePlan').toAdd;
  recognize: typeof import('../../domain/recognition/recognize').recognize;
}> {
  const [layouts, plan, rec] = await Promise.all([
    loadTemplates(),
    import(/* webpackChunkName: "templates" */ '../../domain/template/templatePlan'),
    loadRecognition(),
  ]);
  return {
    templateLayouts: layouts.templateLayouts,
    templatePlan: plan.templatePlan,
    templateAction: plan.templateAction,
    missingTables: plan.missingTables,
    heldSentence: plan.heldSentence,
    toAdd: plan.toAdd,
    recognize: rec.recognize,
  };
}

export function loadPerformanceTemplates(): Promise<typeof import('../../domain/template/performanceLayout')> {
  return import(/* webpackChunkName: "templates" */ '../../domain/template/performanceLayout');
}

export function loadRecognition(): Promise<typeof import('../../domain/recognition/recognize')> {
  return import(/* webpackChunkName: "checks" */ '../../domain/recognition/recognize');
}

export async function loadFill(): Promise<{
  planFill: typeof import('../../domain/fill/planFill').planFill;
  recognize: typeof import('../../domain/recognition/recognize').recognize;
  workbookCatalog: typeof import('../../domain/catalog/workbookCatalog').workbookCatalog;
  missingSummaryTables: typeof import('../../domain/fill/missingSummaryTables').missingSummaryTables;
  fillWithAddedTables: typeof import('../../domain/fill/missingSummaryTables').fillWithAddedTables;
}> {
  const [fill, rec, cat, missing] = await Promise.all([
    import(/* webpackChunkName: "fill" */ '../../domain/fill/planFill'),
    loadRecognition(),
    import(/* webpackChunkName: "fill" */ '../../domain/catalog/workbookCatalog'),
    import(/* webpackChunkName: "fill" */ '../../domain/fill/missingSummaryTables'),
  ]);
  return {
    planFill: fill.planFill,
    recognize: rec.recognize,
    workbookCatalog: cat.workbookCatalog,
    missingSummaryTables: missing.missingSummaryTables,
    fillWithAddedTables: missing.fillWithAddedTables,
  };
}

export async function loadNarrative(): Promise<{
  buildNarrative: typeof import('../../domain/narrative/buildNarrative').buildNarrative;
  recognize: typeof import('../../domain/recognition/recognize').recognize;
  readParameters: typeof import('../../domain/parameters/parameterSheet').readParameters;
  parameterSheetLayout: typeof import('../../domain/parameters/parameterSheet').parameterSheetLayout;
  missingParameterRows: typeof import('../../domain/parameters/parameterSheet').missingParameterRows;
}> {
  const [n, rec, p] = await Promise.all([
    import(/* webpackChunkName: "narrative" */ '../../domain/narrative/buildNarrative'),
    loadRecognition(),
    import(/* webpackChunkName: "narrative" */ '../../domain/parameters/parameterSheet'),
  ]);
  return {
    buildNarrative: n.buildNarrative,
    recognize: rec.recognize,
    readParameters: p.readParameters,
    parameterSheetLayout: p.parameterSheetLayout,
    missingParameterRows: p.missingParameterRows,
  };
}

/** The Word writer (docx) is the largest dependency: only when the user downloads. */
export function loadDocx(): Promise<typeof import('../../output/narrativeDocx')> {
  return import(/* webpackChunkName: "docx" */ '../../output/narrativeDocx');
}

export async function loadCatalogImport(): Promise<{
  catalogFromRows: typeof import('../../domain/catalog/catalogImport').catalogFromRows;
  parseCsv: typeof import('../../domain/catalog/catalogImport').parseCsv;
  catalogToXml: typeof import('../../domain/catalog/catalogXml').catalogToXml;
  xlsxFirstSheetRows: typeof import('./xlsxRows').xlsxFirstSheetRows;
}> {
  const [imp, xml, xlsx] = await Promise.all([
    import(/* webpackChunkName: "catalog-import" */ '../../domain/catalog/catalogImport'),
    import(/* webpackChunkName: "catalog-import" */ '../../domain/catalog/catalogXml'),
    import(/* webpackChunkName: "catalog-import" */ './xlsxRows'),
  ]);
  return { catalogFromRows: imp.catalogFromRows, parseCsv: imp.parseCsv, catalogToXml: xml.catalogToXml, xlsxFirstSheetRows: xlsx.xlsxFirstSheetRows };
}

/** Last year's workbook for the narrative's 上年 figures (the pane's `narrative --prior`). */
export function loadPriorWorkbookReader(): Promise<typeof import('./xlsxRows')> {
  return import(/* webpackChunkName: "catalog-import" */ './xlsxRows');
}

/** 说明 → 校验已有说明: the audit, the readers of a .docx/.txt and of the 情况说明 sheet. */
export async function loadNarrativeAudit(): Promise<{
  auditNarrative: typeof import('../../domain/narrative/audit/auditNarrative').auditNarrative;
  writtenFromSheet: typeof import('../../domain/narrative/audit/sheetNarrative').writtenFromSheet;
  narrativeSheetName: typeof import('../../domain/narrative/audit/sheetNarrative').narrativeSheetName;
  readNarrativeBytes: typeof import('../../narrativeInput/readNarrativeFile').readNarrativeBytes;
  recognize: typeof import('../../domain/recognition/recognize').recognize;
  readParameters: typeof import('../../domain/parameters/parameterSheet').readParameters;
}> {
  const [a, s, r, n] = await Promise.all([
    import(/* webpackChunkName: "narrative-audit" */ '../../domain/narrative/audit/auditNarrative'),
    import(/* webpackChunkName: "narrative-audit" */ '../../domain/narrative/audit/sheetNarrative'),
    import(/* webpackChunkName: "narrative-audit" */ '../../narrativeInput/readNarrativeFile'),
    loadNarrative(),
  ]);
  return {
    auditNarrative: a.auditNarrative,
    writtenFromSheet: s.writtenFromSheet,
    narrativeSheetName: s.narrativeSheetName,
    readNarrativeBytes: r.readNarrativeBytes,
    recognize: n.recognize,
    readParameters: n.readParameters,
  };
}
