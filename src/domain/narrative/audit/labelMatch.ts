import type { Catalog, Classification } from '../../catalog/catalog';
import { FUNCTION_RENAMES } from '../../catalog/catalogData/functionCodes';
import { similarity } from './auditDocument';

/**
 * How a written subject was recognised as the reference's: the same words, one ending the other
 * ("在职人员基本工资" / "基本工资"), the same catalog code under another name (其他社会保障缴费 /
 * 其他社会保险缴费, 医疗卫生与计划生育支出 / 卫生健康支出), the start of the table's name
 * ("机关事业单位基本养老保险" / "…缴费"), or — inside paragraphs already paired — words alike.
 */
export type LabelMatch = 'same' | 'suffix' | 'catalog' | 'prefix' | 'alike';

/** Stronger first; 'catalog', 'prefix' and 'alike' mean the written name is not the table's. */
const RANK: Record<LabelMatch, number> = { same: 5, suffix: 4, catalog: 3, prefix: 2, alike: 1 };

export function matchRank(m: LabelMatch | null): number {
  return m ? RANK[m] : 0;
}

/** Names the written text may use for a code: the year's catalog, aliases, and names before a rename. */
export class SubjectNames {
  private readonly cache = new Map<string, string | null>();

  constructor(private readonly catalog: Catalog) {}

  /** The code of the longest catalog name a key ends with ("在职人员基本工资" → 30101), and that name. */
  codeOf(key: string): { code: string; name: string } | null {
    for (let i = 0; i < key.length - 1; i++) {
      const name = key.slice(i);
      const code = this.lookup(name);
      if (code) return { code, name };
    }
    return null;
  }

  private lookup(name: string): string | null {
    const hit = this.cache.get(name);
    if (hit !== undefined) return hit;
    const classes: Classification[] = ['function', 'economic'];
    let code: string | null = null;
    for (const c of classes) {
      code = this.catalog.codeOfName(c, name) ?? null;
      if (code) break;
    }
    code ??= FUNCTION_RENAMES.find(([, older]) => older === name)?.[0] ?? null;
    this.cache.set(name, code);
    return code;
  }
}

/** How the written key `w` names the reference key `g`, or null when it does not. */
export function matchLabels(w: string, g: string, names: SubjectNames, allowAlike = false): LabelMatch | null {
  // A figure with no words of its own ("；17个项目…") matches another only in paragraphs already paired.
  if (w === '' && g === '') return allowAlike ? 'same' : null;
  if (w === '' || g === '') return null;
  if (w === g) return 'same';
  const [shorter, longer] = w.length <= g.length ? [w, g] : [g, w];
  if (shorter.length >= 2 && longer.endsWith(shorter)) return 'suffix';
  const cw = names.codeOf(w);
  const cg = names.codeOf(g);
  if (cw && cg && cw.code === cg.code && (w.endsWith(cw.name) && g.endsWith(cg.name))) return 'catalog';
  if (w.length >= 4 && g.startsWith(w) && w.length * 10 >= g.length * 7) return 'prefix';
  if (allowAlike && similarity(w, g) >= 0.6) return 'alike';
  return null;
}
