import { platformName, rowVerdict, versionRanges } from '../../../src/domain/selfTest/selfTestReport';
import { officeErrorSentence } from '../../../src/taskpane/shared/officeErrorSentences';

describe('自检 report words', () => {
  it('versions as runs of what was asked: a gap splits the run, nothing is 无', () => {
    const asked = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);
    expect(versionRanges({ set: 'ExcelApi', asked, supported: asked.slice(0, 14) })).toBe('1.1–1.14');
    expect(versionRanges({ set: 'ExcelApi', asked, supported: [...asked.slice(0, 9), '1.12'] })).toBe('1.1–1.9、1.12');
    expect(versionRanges({ set: 'SharedRuntime', asked: ['1.1', '1.2'], supported: [] })).toBe('无');
  });

  it('a 失败 row: Office’s code becomes the Chinese sentence with the code and Excel’s text after it; our own message stays as it is', () => {
    expect(rowVerdict({ kind: 'fail', code: 'AccessDenied', message: 'The workbook structure is protected.' }, officeErrorSentence)).toEqual({
      verdict: '失败',
      reason: `${officeErrorSentence('AccessDenied')}（Excel 错误代码：AccessDenied；The workbook structure is protected.）`,
    });
    // A code the table does not know: Excel's text, with the code.
    expect(rowVerdict({ kind: 'fail', code: 'SomethingNew', message: 'x' }, officeErrorSentence).reason).toBe('x（Excel 错误代码：SomethingNew）');
    expect(rowVerdict({ kind: 'fail', code: null, message: '删除后仍有 1 个图表。' }, officeErrorSentence).reason).toBe('删除后仍有 1 个图表。');
    expect(rowVerdict({ kind: 'unsupported', needs: 'ExcelApi 1.18' }, officeErrorSentence)).toEqual({ verdict: '不支持', reason: '需要 ExcelApi 1.18' });
  });

  it('platforms in the users’ words, unknown ones as Office says them', () => {
    expect(platformName('OfficeOnline')).toBe('网页版（Excel 网页版）');
    expect(platformName('Mac')).toBe('Mac 桌面版');
    expect(platformName('SomethingElse')).toBe('SomethingElse');
    expect(platformName(undefined)).toBe('未知');
  });
});
