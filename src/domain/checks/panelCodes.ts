import type { Catalog, Classification } from '../catalog/catalog';
import type { PanelDef } from '../forms/formTypes';
import type { RecognizedPanel } from '../recognition/recognizedTable';

/**
 * The subject code of each row of a coded panel: as printed, or — for 经济分类 tables printed
 * with names only (预算公开表6) — the catalog's code for the name. null for totals and rows
 * whose code cannot be known.
 */
export function panelCodes(def: PanelDef, panel: RecognizedPanel, catalog: Catalog): (string | null)[] {
  const classification: Classification | null = def.rows.mode === 'coded' ? def.rows.classification : null;
  return panel.rows.map((row) => {
    if (row.level === 'total') return null;
    if (row.code && /^\d+$/.test(row.code)) return row.code;
    if (classification && row.name) return catalog.codeOfName(classification, row.name) ?? null;
    return null;
  });
}
