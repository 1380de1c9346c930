/**
 * The requirement set of every Office.js member, from the [Api set] notes of @types/office-js
 * (scripts/officeApiSets.js, the table scripts/check-api-sets.js uses): what the fake Excel consults to
 * throw ApiNotFound below a member's set. The browser tests' host bundle replaces this module with the
 * same table written out at build time (test/browser/host/webpack.config.js).
 */
import { officeApiSets, type ApiSetNote } from '../../scripts/officeApiSets';

export const EXCEL_API_SETS: Readonly<Record<string, ApiSetNote>> = officeApiSets();
