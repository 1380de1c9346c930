import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { Catalog } from './catalog';
import { builtinCatalog } from './builtinCatalog';
import { catalogFromXml } from './catalogXml';
import { withFallback } from './withFallback';

/**
 * The catalog checks and fill use for a workbook: one given explicitly (`--catalog`, the pane's
 * import), else the one stored in the workbook, each backed by the built-in catalog for the year,
 * which alone is used when nothing was imported. Unknown codes stay 提示 either way.
 */
export function workbookCatalog(wb: WorkbookSnapshot, year: number, given?: Catalog): Catalog {
  const builtin = builtinCatalog(year);
  const imported = given ?? (wb.catalogXml ? catalogFromXml(wb.catalogXml) : null);
  return imported ? withFallback(imported, builtin) : builtin;
}
