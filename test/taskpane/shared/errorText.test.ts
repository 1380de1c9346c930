import { errorText } from '../../../src/taskpane/shared/errorText';
import { unmarkedNotice, uncleared } from '../../../src/taskpane/check/protectedNotice';
import { OfficeGateway } from '../../../src/excel/officeGateway';
import { FakeWorkbook, fakeHost } from '../../support/fakeExcel';
import { seedWorkbook } from '../../support/seedWorkbook';

/** Office errors reach the accountant as Chinese sentences that say what to do (issue 13 item 5). */
describe('errorText', () => {
  it('turns Excel’s refusal of a protected sheet, as the strict fake raises it, into a sentence with the code after it', async () => {
    const fake = FakeWorkbook.fromSnapshot(seedWorkbook('001'));
    const sheet = fake.sheets[0];
    sheet.protected = true;
    const refused = await fakeHost(fake, '1.14')
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem(sheet.name).getRange('H1').values = [[1]];
        await ctx.sync();
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(errorText(refused)).toBe('工作簿或工作表受保护，或文件以只读方式打开，无法写入。请在“审阅”选项卡中撤销保护，或另存一份可编辑的副本，再试一次。（Excel 错误代码：AccessDenied）');
  });

  it.each([
    ['RangeExceedsLimit', '请删去工作表下方和右侧多余的空行空列'],
    ['ApiNotFound', '请升级到 Microsoft 365 或 Excel 2021 及以上版本'],
    ['ItemNotFound', '请再点一次“校验”'],
    ['InsertDeleteConflict', '请取消相关区域的合并或筛选'],
    ['GeneralException', '请把本条信息告诉 IT 支持人员'],
  ])('%s says what to do', (code, todo) => {
    const e = Object.assign(new Error('Office raw text'), { code });
    expect(errorText(e)).toContain(todo);
    expect(errorText(e)).toMatch(new RegExp(`（Excel 错误代码：${code}）$`));
    expect(errorText(e)).not.toContain('Office raw text');
  });

  it('keeps Office’s text, with its code, for a code it does not know; our own errors are already Chinese', () => {
    expect(errorText(Object.assign(new Error('Something new'), { code: 'BrandNewCode' }))).toBe('Something new（Excel 错误代码：BrandNewCode）');
    expect(errorText(new Error('工作表已存在，不会覆盖：表1'))).toBe('工作表已存在，不会覆盖：表1');
    expect(errorText(Object.assign(new Error('x'), { code: 'InvalidOperationInCellEditMode' }))).toBe('请先结束单元格编辑（按 Enter 或 Esc），再试一次。');
  });

  it('a fill refused on a protected sheet reaches the pane as the gateway’s sentence naming the sheet', async () => {
    const fake = FakeWorkbook.fromSnapshot(seedWorkbook('001'));
    const name = fake.sheets[2].name;
    fake.sheets[2].protected = true;
    const e = await new OfficeGateway(fakeHost(fake, '1.7')).writeBatch({ writes: [{ sheet: name, address: 'H1', value: 1 }] }).catch((x: unknown) => x);
    expect(errorText(e)).toBe(`工作表“${name}”受保护，无法填充。请在“审阅”选项卡中点“撤销工作表保护”，再填充。`);
    expect(fake.valueAt(name, 'H1')).toBeNull();
  });
});

describe('notices about protected sheets', () => {
  it('name the sheets and say what to do; nothing when none', () => {
    expect(unmarkedNotice([])).toBeNull();
    expect(unmarkedNotice(['表3', '表4'])).toBe(
      '工作表“表3”、“表4”受保护，未在其中标记；检查照常进行，结果都在下方列表中。要标记，请先在“审阅”选项卡中点“撤销工作表保护”，再点“校验”。',
    );
    expect(uncleared(['表3'])).toContain('工作表“表3”受保护，其中的标记未清除');
  });
});
