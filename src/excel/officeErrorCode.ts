/** The code of an Office.js error (OfficeExtension.Error.code: "AccessDenied", …), or null for any other value. */
export function officeCode(e: unknown): string | null {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code !== '' ? code : null;
}
