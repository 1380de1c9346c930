import * as path from 'path';
import type { Catalog } from '../domain/catalog/catalog';
import { catalogFromRows, type RowCell } from '../domain/catalog/catalogImport';
import { readCatalogRows } from '../xlsx/readCatalogFile';
import type { CliIo } from './cliIo';

/** `--catalog FILE`: the year's official 科目表, read once and built per checked workbook's year. */
export class CatalogOption {
  private constructor(
    private readonly rows: RowCell[][],
    private readonly name: string,
    private readonly io: CliIo,
  ) {}

  static async load(file: string | undefined, io: CliIo): Promise<CatalogOption | undefined> {
    if (!file) return undefined;
    const rows = await readCatalogRows(path.resolve(io.cwd, file), file);
    return new CatalogOption(rows, path.basename(file), io);
  }

  private reported = false;

  forYear(year: number): Catalog {
    const { catalog, problems } = catalogFromRows(this.rows, year, this.name);
    if (!this.reported) {
      this.reported = true;
      for (const p of problems.slice(0, 20)) this.io.stderr(`科目表 ${this.name}：${p}\n`);
      if (problems.length > 20) this.io.stderr(`科目表 ${this.name}：另有 ${problems.length - 20} 处问题未列出\n`);
    }
    return catalog;
  }
}
