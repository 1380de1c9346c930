import type { RecognitionResult, RecognizedTable } from '../recognition/recognizedTable';

/**
 * The table a relation names: the first recognised table of that form. Every table of a result
 * is of the result's profile, so a form id names one table set's table, whatever it is numbered.
 */
export function tableOfForm(recognition: Pick<RecognitionResult, 'tables'>, form: string): RecognizedTable | undefined {
  return recognition.tables.find((t) => t.form.id === form);
}
