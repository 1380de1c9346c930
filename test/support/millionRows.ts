import { seedTables } from './seedWorkbook';
import { writeRawXlsx } from './rawXlsx';

/** Excel's row limit: a sheet cannot have more rows than this. */
export const EXCEL_MAX_ROWS = 1_048_576;

/**
 * The issue's 1,048,576 × 10 sheet: seed 000's 表3 at the top, as published, then amounts in all
 * ten columns down to Excel's last row — a block no disclosure table can be. Written in a stream
 * (about 25 MB on disk), never committed.
 */
export async function writeMillionRowWorkbook(file: string, rows = EXCEL_MAX_ROWS): Promise<void> {
  const table = seedTables('000').find((t) => t.some((l) => l.includes('预算支出总表')))!;
  await writeRawXlsx(file, [
    {
      name: '表3',
      dimension: `A1:J${rows}`,
      rows: function* () {
        for (const line of table) {
          yield line.split('\t').map((c) => {
            const t = c.trim();
            return t === '' ? null : /^-?\d+\.\d+$/.test(t) ? Number(t) : t;
          });
        }
        // Amounts in a plain pattern (no PRNG needed: the figures only have to be many).
        for (let r = table.length; r < rows; r++) {
          yield Array.from({ length: 10 }, (_, c) => ((r + c * 7) % 1000) / 4);
        }
      },
    },
  ]);
}
