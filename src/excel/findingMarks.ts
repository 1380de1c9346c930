import type { Finding } from '../domain/findings/finding';
import type { Mark } from './workbookGateway';

/** One mark per finding that points at a cell; the worst severity wins when findings share a cell. */
export function findingMarks(findings: readonly Finding[]): Mark[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const byCell = new Map<string, Mark>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const old = byCell.get(key);
    if (!old || rank[f.severity] < rank[old.severity]) byCell.set(key, { sheet: f.sheet, address: f.cell, severity: f.severity });
  }
  return [...byCell.values()];
}
