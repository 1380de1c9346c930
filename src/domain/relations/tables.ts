import type { RecognitionResult, RecognizedTable } from '../recognition/recognizedTable';

/**
 * The table a relation names: the first recognised table of that form, or of a form printed the same
 * way (sameAs). Every table of a result is of the result's profile, so a form id names one table
 * set's table, whatever it is numbered.
 */
export function tableOfForm(recognition: Pick<RecognitionResult, 'tables'>, form: string): RecognizedTable | undefined {
  return recognition.tables.find((t) => t.form.id === form) ?? recognition.tables.find((t) => t.form.sameAs === form);
}
