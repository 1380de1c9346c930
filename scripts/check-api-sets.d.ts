/** Types of scripts/check-api-sets.js for the tests (the script itself is plain Node). */
export interface ApiUse {
  readonly where: string;
  readonly member: string;
  readonly set: string | null;
  readonly version: string | null;
  readonly guardedBy?: { readonly set: string; readonly version: string } | null;
}
export interface ApiViolation {
  readonly where: string;
  readonly member: string;
  readonly message: string;
}
export function checkApiSets(options?: { files?: string[]; manifest?: string }): { uses: ApiUse[]; violations: ApiViolation[] };
export function sourceFiles(): string[];
