import { DEPARTMENT_ECONOMIC_CODES } from '../../catalog/catalogData/economicCodes';

/**
 * 部门预算支出经济分类 (类 3 digits, 款 5 digits) as printed in 公开06表 of
 * 004_df651f07c846b8e4.txt, in published order: the catalog's list, with 30112 under the name the
 * 决算 software prints (其他社会保险缴费). 公开06表 is built from this list; 预算公开表6 prints
 * the same names without codes, so its rows are told apart by `economicClassByName`.
 */
export const ECONOMIC_CLASSES: readonly (readonly [code: string, name: string])[] = DEPARTMENT_ECONOMIC_CODES.map(
  ([code, name]) => [code, code === '30112' ? '其他社会保险缴费' : name] as const,
);

/**
 * Names the budget tables use for a 款 where 公开06表 says otherwise (000/001/002 表6: 其他社会保障缴费).
 * Full- and half-width brackets need no entry: names are compared with brackets normalised.
 */
const NAME_ALIASES: Readonly<Record<string, string>> = {
  其他社会保障缴费: '30112',
};

function normalise(name: string): string {
  return name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

/**
 * The code of an economic class or item by its printed name. Names repeat (公务用车购置 under 309
 * and 310, 其他支出 as 399 and 39999), so give the class code of the group above when known.
 */
export function economicClassByName(name: string, classCode?: string): string | undefined {
  const n = normalise(name);
  const alias = NAME_ALIASES[name.replace(/\s+/g, '')];
  if (alias && (!classCode || alias.startsWith(classCode))) return alias;
  const hits = ECONOMIC_CLASSES.filter(([, nm]) => normalise(nm) === n).map(([code]) => code);
  if (classCode) {
    const inClass = hits.find((c) => c.length === 5 && c.startsWith(classCode));
    if (inClass) return inClass;
  }
  // Without a parent, a 类 name wins over a 款 of the same name (其他支出 → 399).
  return hits.find((c) => c.length === 3) ?? hits[0];
}

/** The 类 (3-digit) lines. */
export function economicClassCodes(): string[] {
  return ECONOMIC_CLASSES.filter(([c]) => c.length === 3).map(([c]) => c);
}
