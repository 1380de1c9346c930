import type { Rule } from '../rule';
import { unreadableWhy } from '../../money/amount';
import type { Finding } from '../../findings/finding';
import { clip } from '../../findings/findingText';
import type { AmountCell, RecognitionResult } from '../../recognition/recognizedTable';

/** Cells that cannot be read as amounts (#REF!, text): found by recognition, reported here. */
export const unreadableAmount: Rule = {
  id: 'unreadable-amount',
  title: '无法读取的金额',
  defaultSeverity: 'error',
  run(ctx) {
    return ctx.recognition.problems.map((f) => (f.detail ? f : withStatement(f, ctx.recognition)));
  },
};

/**
 * Recognition words the message; the statement (what the cell holds, for a report that gives row
 * and column as the location) is built here from the cell itself, not read back from the message.
 */
function withStatement(f: Finding, recognition: RecognitionResult): Finding {
  const cell = f.cell ? findCell(recognition, f.table, f.sheet, f.cell) : undefined;
  if (!cell) return f;
  const text = `内容“${clip(cell.amount.raw ?? '')}”${unreadableWhy(cell.amount)}，无法参与校验`;
  return { ...f, detail: { kind: 'statement', text } };
}

function findCell(recognition: RecognitionResult, no: number | null, sheet: string | null, address: string): AmountCell | undefined {
  for (const t of recognition.tables) {
    if (t.no !== no || t.sheet !== sheet) continue;
    for (const p of t.panels) {
      for (let i = 0; i < p.rows.length; i++) {
        for (const c of p.columns) {
          const cell = c.key ? p.amount(i, c.key) : undefined;
          if (cell?.address === address) return cell;
        }
      }
    }
  }
  return undefined;
}
