import type { RecognitionResult } from '../recognition/recognizedTable';

/**
 * A blank template: tables were found and not one holds a figure. Said once by the completeness
 * rule, instead of one 本表无数据 note per table.
 */
export function isBlankTemplate(recognition: RecognitionResult): boolean {
  return recognition.tables.length > 0 && recognition.tables.every((t) => t.empty);
}
