/**
 * The one guard for Office.js APIs above the manifest's minimum (ExcelApi 1.7). Every API whose
 * `[Api set: …]` note names a later set runs inside a guard for that set: `if (supports('ExcelApi', '1.18'))`,
 * `supports(…) ? … : …`, `supports(…) && …`, a `const` holding such a call, or an early return when it is
 * false. scripts/check-api-sets.ts finds every Office.js member the source uses, through the TypeScript
 * type checker, and fails the build when one is used outside a guard for its own set; it recognises a guard
 * by the `@apiGuard` tag on the function called.
 */

/** Requirement sets the add-in asks about at run time. */
export type RequirementSet = 'ExcelApi' | 'ExcelApiOnline' | 'SharedRuntime' | 'DialogApi' | 'RibbonApi';

/** ExcelApi versions the add-in needs beyond the manifest's 1.7 (Excel 2021 has 1.14; LTSC 2024 1.17; M365 2501 1.18; 2509 1.20). */
export type ExcelApiVersion = '1.8' | '1.9' | '1.12' | '1.13' | '1.14' | '1.17' | '1.18' | '1.20';

/** A set and the version asked for; ExcelApi versions are limited to those above. */
export type ApiRequirement = ['ExcelApi', ExcelApiVersion] | [Exclude<RequirementSet, 'ExcelApi'>, string];

/** Answers "does this Excel have that set?" — Office's requirements in Excel, the fake's version in tests. */
export interface ApiSupport {
  /**
   * True when the host supports `set` at `version` (versions are strings: "1.14", never 1.14).
   * @apiGuard
   */
  supports(...requirement: ApiRequirement): boolean;
}

/**
 * `Office.context.requirements.isSetSupported`, false where Office.js is not loaded or throws (a host
 * that does not know the set).
 * @apiGuard
 */
export function supportsApi(...[set, version]: ApiRequirement): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
}

/** The real host's answers. */
export const officeApiSupport: ApiSupport = { supports: supportsApi };
