import * as path from 'path';
import type { Catalog } from '../domain/catalog/catalog';
import { catalogFromRows, type RowCell } from '../domain/catalog/catalogImport';
import type { CliIo } from './cliIo';

/** A 科目表 file's rows and name: plain data, so a worker (`check --jobs`) can build the catalog too. */
export interface CatalogSource {
  readonly rows: RowCell[][];
  readonly name: string;
}

/** The catalog for one workbook's year (the file says which codes; the year is what it is for). */
export function catalogForYear(source: CatalogSource, year: number): Catalog {
  return catalogFromRows(source.rows, year, source.name).catalog;
}

/** `--catalog FILE`: the year's official 科目表, read once; its problems said once, when it is read. */
export class CatalogOption {
  private constructor(readonly source: CatalogSource) {}

  static async load(file: string | undefined, io: CliIo): Promise<CatalogOption | undefined> {
    if (!file) return undefined;
    // ExcelJS (a 科目表 may be .xlsx) is loaded only when a 科目表 is given.
    const { readCatalogRows } = await import(/* webpackChunkName: "read-catalog" */ '../xlsx/readCatalogFile');
    const source = { rows: await readCatalogRows(path.resolve(io.cwd, file), file), name: path.basename(file) };
    // The problems (rows without a code, codes that are no subject) do not depend on the year.
    const { problems } = catalogFromRows(source.rows, 0, source.name);
    for (const p of problems.slice(0, 20)) io.stderr(`科目表 ${source.name}：${p}\n`);
    if (problems.length > 20) io.stderr(`科目表 ${source.name}：另有 ${problems.length - 20} 处问题未列出\n`);
    return new CatalogOption(source);
  }

  forYear(year: number): Catalog {
    return catalogForYear(this.source, year);
  }
}
