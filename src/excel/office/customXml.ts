import { metadataFromXml, TEMPLATE_NAMESPACE } from '../../domain/template/metadataXml';
import { FILL_UNDO_NAMESPACE } from '../../domain/fill/undoRecordXml';
import type { TemplateMetadata } from '../../domain/workbook/snapshot';
import type { OfficeAccess } from './officeAccess';

/**
 * The add-in's custom XML parts: template metadata (which sheet holds which table), an imported 科目表 and
 * the fill's undo record. They live in the workbook, so they survive without the add-in.
 */

/**
 * The imported catalog's namespace (src/domain/catalog/catalogXml.ts). Repeated here so the first screen
 * does not load catalogXml and, through it, the built-in catalog; a test keeps them equal.
 */
export const CATALOG_PART_NAMESPACE = 'urn:budget-disclosure:catalog:v1';

/** The parts every read lists: metadata and catalog. */
export interface ListedParts {
  readonly metadata: Excel.CustomXmlPartScopedCollection;
  readonly catalog: Excel.CustomXmlPartScopedCollection;
}

/** The XML of the add-in's parts as read. */
export interface KnownParts {
  readonly metadata: readonly string[];
  readonly catalog: readonly string[];
}

export function queuePartListing(ctx: Excel.RequestContext): ListedParts {
  return {
    metadata: ctx.workbook.customXmlParts.getByNamespace(TEMPLATE_NAMESPACE).load('items/id'),
    catalog: ctx.workbook.customXmlParts.getByNamespace(CATALOG_PART_NAMESPACE).load('items/id'),
  };
}

/** Queues getXml of every listed part (after the listing's sync); the values are there after the next. */
export function queuePartXml(parts: ListedParts): () => KnownParts {
  const metadata = parts.metadata.items.map((p) => p.getXml());
  const catalog = parts.catalog.items.map((p) => p.getXml());
  return () => ({ metadata: metadata.map((x) => x.value), catalog: catalog.map((x) => x.value) });
}

export function partIds(parts: ListedParts): string[] {
  return [...parts.metadata.items, ...parts.catalog.items].map((p) => p.id);
}

/** The snapshot's metadata and catalog from the parts (the first metadata part, the last catalog). */
export function partsInSnapshot(parts: KnownParts): { metadata?: TemplateMetadata; catalogXml?: string } {
  let metadata: TemplateMetadata | null = null;
  for (const x of parts.metadata) metadata = metadata ?? metadataFromXml(x);
  const catalogXml = parts.catalog.length > 0 ? parts.catalog[parts.catalog.length - 1] : undefined;
  return { ...(metadata ? { metadata } : {}), ...(catalogXml ? { catalogXml } : {}) };
}

/** The stored fill undo record's XML (urn:budget-disclosure:fill-undo:v1), or null when there is none. */
export function readFillUndoXml(office: OfficeAccess): Promise<string | null> {
  return office.run(async (ctx) => {
    const stored = ctx.workbook.customXmlParts.getByNamespace(FILL_UNDO_NAMESPACE).load('items/id');
    await ctx.sync();
    if (stored.items.length === 0) return null;
    // One part at most is kept; should there be more, the last added is the latest fill.
    const xml = stored.items[stored.items.length - 1].getXml();
    await ctx.sync();
    return xml.value;
  });
}

/** Replaces the stored catalog part (null removes it). */
export function storeCatalogXml(office: OfficeAccess, xml: string | null): Promise<void> {
  return office.write(async (ctx) => {
    const parts = ctx.workbook.customXmlParts.getByNamespace(CATALOG_PART_NAMESPACE).load('items/id');
    await ctx.sync();
    for (const p of parts.items) p.delete();
    if (xml !== null) ctx.workbook.customXmlParts.add(xml);
    await ctx.sync();
  });
}

/** Lists the stored metadata part(s) in the caller's next sync. */
export function queueMetadataListing(ctx: Excel.RequestContext): Excel.CustomXmlPartScopedCollection {
  return ctx.workbook.customXmlParts.getByNamespace(TEMPLATE_NAMESPACE).load('items/id');
}

/** Metadata merged with what the stored parts say (a later insert keeps the sheets inserted earlier); one sync when there are parts. */
export async function mergedMetadata(ctx: Excel.RequestContext, stored: Excel.CustomXmlPartScopedCollection, metadata: TemplateMetadata): Promise<TemplateMetadata> {
  if (stored.items.length === 0) return metadata;
  const xmls = stored.items.map((p) => p.getXml());
  await ctx.sync();
  let merged = metadata;
  for (const x of xmls) {
    const old = metadataFromXml(x.value);
    if (old) merged = { ...metadata, sheets: { ...old.sheets, ...metadata.sheets } };
  }
  return merged;
}
