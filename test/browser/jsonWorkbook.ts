import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';

/** A workbook as plain JSON (sets as arrays): what a test can hand to the page through addInitScript. */
export interface JsonWorkbook {
  readonly sheets: {
    readonly name: string;
    readonly values: WorkbookSnapshot['sheets'][number]['values'];
    readonly formulas?: readonly string[];
    readonly textFormatted?: readonly string[];
    readonly merges?: readonly string[];
  }[];
  readonly metadata?: WorkbookSnapshot['metadata'];
  readonly catalogXml?: string;
}

export function jsonWorkbook(wb: WorkbookSnapshot): JsonWorkbook {
  return {
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      values: s.values,
      formulas: [...(s.formulas ?? [])],
      textFormatted: [...(s.textFormatted ?? [])],
      merges: [...(s.merges ?? [])],
    })),
    ...(wb.metadata ? { metadata: wb.metadata } : {}),
    ...(wb.catalogXml ? { catalogXml: wb.catalogXml } : {}),
  };
}

export function snapshotFromJson(json: JsonWorkbook): WorkbookSnapshot {
  return {
    sheets: json.sheets.map((s) => ({ ...s, formulas: new Set(s.formulas ?? []), textFormatted: new Set(s.textFormatted ?? []), merges: [...(s.merges ?? [])] })),
    ...(json.metadata ? { metadata: json.metadata } : {}),
    ...(json.catalogXml ? { catalogXml: json.catalogXml } : {}),
  };
}
