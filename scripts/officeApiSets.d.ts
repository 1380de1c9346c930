/** Types of scripts/officeApiSets.js (plain Node, shared by check-api-sets.js and the fake Excel). */
export interface ApiSetNote {
  readonly set: string;
  readonly version: string;
}
export function extractApiSets(typesFile?: string): Record<string, ApiSetNote>;
export function officeApiSets(): Record<string, ApiSetNote>;
export function manifestMinimums(manifestXml: string): Record<string, string>;
export function compareVersions(a: string, b: string): number;
export function noteIn(comment: string): ApiSetNote | null;
export const TYPES: string;
