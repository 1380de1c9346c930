import { officeCode } from '../../excel/officeErrorCode';
import { officeErrorSentence } from './officeErrorSentences';

/**
 * A Chinese message for a failure. Office.js errors carry a code: they become a sentence that says what
 * to do, with the code after it for an IT desk; ours carry Chinese text already.
 */
export function errorText(e: unknown): string {
  if (e instanceof Error) {
    const code = officeCode(e);
    if (code === null) return e.message;
    const sentence = officeErrorSentence(code);
    if (code === 'InvalidOperationInCellEditMode' && sentence) return sentence;
    return sentence ? `${sentence}（Excel 错误代码：${code}）` : `${e.message}（Excel 错误代码：${code}）`;
  }
  return String(e);
}
