import JSZip from 'jszip';
import { readWorkbookBuffer } from '../../src/xlsx/readWorkbook';
import { WorkbookReadError } from '../../src/xlsx/workbookReadError';

async function reason(buf: Buffer, name: string): Promise<string> {
  try {
    await readWorkbookBuffer(buf, name);
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookReadError);
    const msg = (e as Error).message;
    expect(msg).not.toContain('\n');
    expect(msg).toContain(name);
    return msg;
  }
  throw new Error('expected a WorkbookReadError');
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

describe('unreadable files', () => {
  it('empty file', async () => {
    expect(await reason(Buffer.alloc(0), '空.xlsx')).toContain('文件为空');
  });
  it('text that is not a workbook', async () => {
    expect(await reason(Buffer.from('科目编码,科目名称\n208,社会保障和就业支出\n'), '表.xlsx')).toContain('不是 Excel 工作簿');
  });
  it('damaged zip', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const good = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await reason(good.subarray(0, 40), '坏.xlsx')).toContain('损坏');
  });
  it('encrypted .xlsx (an OLE container)', async () => {
    expect(await reason(OLE, '加密.xlsx')).toContain('文件已加密或为旧版 .xls 格式');
  });
  it('old .xls', async () => {
    expect(await reason(OLE, '旧表.xls')).toContain('.xls');
  });
  it('a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    expect(await reason(await zip.generateAsync({ type: 'nodebuffer' }), '说明.xlsx')).toContain('不是 Excel 工作簿');
  });
});
