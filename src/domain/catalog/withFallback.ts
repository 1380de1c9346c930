import type { Catalog, CatalogEntry, Classification } from './catalog';
import { normalizeCatalogName } from './builtinCatalog';

/**
 * An imported catalog first, the built-in one for what it lacks: an import that holds only 支出功能分类
 * still leaves 经济分类 known, and a code in both takes the imported (official) name.
 */
export function withFallback(primary: Catalog, fallback: Catalog): Catalog {
  const entries = (classification: Classification): readonly CatalogEntry[] => {
    const own = primary.entries(classification);
    const have = new Set(own.map((e) => e.code));
    const merged = [...own, ...fallback.entries(classification).filter((e) => !have.has(e.code))];
    return merged.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  };
  return {
    year: primary.year,
    source: primary.source,
    lookup: (classification, code) => primary.lookup(classification, code) ?? fallback.lookup(classification, code),
    codeOfName: (classification, name) => {
      const own = primary.codeOfName(classification, name);
      if (own !== undefined) return own;
      // The primary must not know the name at all: an ambiguous name there stays ambiguous.
      const n = normalizeCatalogName(name);
      if (primary.entries(classification).some((e) => normalizeCatalogName(e.name) === n)) return undefined;
      const code = fallback.codeOfName(classification, name);
      // A fallback code the primary gives another name is not trustworthy.
      if (code !== undefined && primary.lookup(classification, code) !== undefined) return undefined;
      return code;
    },
    entries,
  };
}
