import { catalogFromCsv, catalogFromRows, classifyCode, parseCsv } from '../../../src/domain/catalog/catalogImport';
import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { withFallback } from '../../../src/domain/catalog/withFallback';

describe('catalogFromRows', () => {
  it('reads a finance-bureau sheet: title, header, numbers as codes, full-width digits, stray spaces', () => {
    const rows = [
      ['2025年政府收支分类科目（支出功能分类）', null, null],
      [null, null, null],
      ['科目编码', '科目名称', '备注'],
      [208, '社会保障和就业支出', null],
      [' 20801 ', '  人力资源和社会保障管理事务', null],
      ['２０８０１０９', '社会保险经办 机构', null],
      [2080199, '其他人力资源和社会保障管理事务支出', null],
      ['30107', '绩效工资', null],
      ['50905', '离退休费', null],
      ['1030401', '行政性收费', null],
    ];
    const { catalog, problems } = catalogFromRows(rows, 2025, '2025年科目.xlsx');
    expect(problems).toEqual([]);
    expect(catalog.source).toBe('2025年科目.xlsx');
    expect(catalog.year).toBe(2025);
    expect(catalog.lookup('function', '2080109')?.name).toBe('社会保险经办机构');
    expect(catalog.lookup('function', '20801')?.name).toBe('人力资源和社会保障管理事务');
    expect(catalog.lookup('function', '2080199')?.name).toBe('其他人力资源和社会保障管理事务支出');
    expect(catalog.lookup('economic', '30107')?.name).toBe('绩效工资');
    expect(catalog.lookup('economic', '50905')?.name).toBe('离退休费');
    expect(catalog.lookup('income', '1030401')?.name).toBe('行政性收费');
    expect(catalog.entries('function').map((e) => e.code)).toEqual(['208', '20801', '2080109', '2080199']);
  });

  it('finds the columns by header wherever they are', () => {
    const rows = [
      ['序号', '科目代码', '科目名称'],
      [1, '2210201', '住房公积金'],
      [2, '2210202', '提租补贴'],
    ];
    const { catalog, problems } = catalogFromRows(rows, 2025, 'x');
    expect(problems).toEqual([]);
    expect(catalog.lookup('function', '2210202')?.name).toBe('提租补贴');
  });

  it('reports bad lines and conflicting duplicates by row, keeping the first', () => {
    const rows = [
      ['编码', '名称'],
      ['208', '社会保障和就业支出'],
      ['20B01', '人力资源和社会保障管理事务'],
      ['2080109', ''],
      ['208010', '六位编码'],
      ['208', '社会保障和就业支出'],
      ['208', '社会保障支出'],
      [null, null],
      ['2080101', '行政运行'],
    ];
    const { catalog, problems } = catalogFromRows(rows, 2025, 'x');
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^第3行：科目编码“20B01”无法识别/);
    expect(problems[1]).toMatch(/^第4行：科目编码2080109没有科目名称/);
    expect(problems[2]).toMatch(/^第5行：科目编码“208010”无法识别/);
    expect(problems[3]).toMatch(/^第7行：科目编码208重复，名称“社会保障支出”与第2行的“社会保障和就业支出”不同/);
    expect(catalog.lookup('function', '208')?.name).toBe('社会保障和就业支出');
    expect(catalog.lookup('function', '2080101')?.name).toBe('行政运行');
  });

  it('without a header reads the first two columns and splits "code name" cells', () => {
    const rows = [['政府收支分类科目'], ['2080109 社会保险经办机构'], ['[2210201]住房公积金'], ['2089999', '其他社会保障和就业支出']];
    const { catalog, problems } = catalogFromRows(rows, 2025, 'x');
    expect(problems).toEqual([]);
    expect(catalog.lookup('function', '2080109')?.name).toBe('社会保险经办机构');
    expect(catalog.lookup('function', '2210201')?.name).toBe('住房公积金');
    expect(catalog.lookup('function', '2089999')?.name).toBe('其他社会保障和就业支出');
  });

  it('says so when nothing could be read', () => {
    const { problems } = catalogFromRows([['说明'], ['这是一个空表']], 2025, 'x');
    expect(problems).toEqual(['没有读到任何科目：请确认文件中有“科目编码”和“科目名称”两列。']);
  });

  it('classifies codes by shape', () => {
    expect(classifyCode('2080109')).toBe('function');
    expect(classifyCode('30107')).toBe('economic');
    expect(classifyCode('501')).toBe('economic');
    expect(classifyCode('3010701')).toBeNull();
    expect(classifyCode('103')).toBe('income');
    expect(classifyCode('4010')).toBeNull();
  });
});

describe('catalogFromCsv', () => {
  it('parses quoted fields, doubled quotes, CRLF and a BOM', () => {
    expect(parseCsv('\ufeffa,"b,c","say ""hi"""\r\n1,2,3')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['1', '2', '3'],
    ]);
    expect(parseCsv('a\tb\n"x\ny"\tz\n')).toEqual([
      ['a', 'b'],
      ['x\ny', 'z'],
    ]);
  });

  it('imports a CSV exported from Excel', () => {
    const csv =
      '\ufeff科目编码,科目名称\r\n208,社会保障和就业支出\r\n20805,"行政事业单位养老支出"\r\n2080505,机关事业单位基本养老保险缴费支出\r\n"2080506","机关事业单位职业年金缴费支出"\r\nabc,坏行\r\n';
    const { catalog, problems } = catalogFromCsv(csv, 2025, '科目.csv');
    expect(catalog.entries('function')).toHaveLength(4);
    expect(catalog.lookup('function', '2080506')?.name).toBe('机关事业单位职业年金缴费支出');
    expect(problems).toEqual([expect.stringMatching(/^第6行：科目编码“abc”无法识别/)]);
  });
});

describe('withFallback', () => {
  it('prefers the imported names and keeps the built-in codes the import lacks', () => {
    const { catalog: imported } = catalogFromRows(
      [
        ['科目编码', '科目名称'],
        ['2080109', '社会保险经办机构（新）'],
        ['2089901', '新设科目'],
      ],
      2026,
      '2026年科目.csv',
    );
    const c = withFallback(imported, builtinCatalog(2026));
    expect(c.source).toBe('2026年科目.csv');
    expect(c.lookup('function', '2080109')?.name).toBe('社会保险经办机构（新）');
    expect(c.lookup('function', '2089901')?.name).toBe('新设科目');
    expect(c.lookup('economic', '30107')?.name).toBe('绩效工资');
    expect(c.codeOfName('economic', '绩效工资')).toBe('30107');
    // The built-in name of a code the import renamed is no longer an answer.
    expect(c.codeOfName('function', '社会保险经办机构')).toBeUndefined();
    const codes = c.entries('function').map((e) => e.code);
    expect(codes).toContain('2210201');
    expect(codes.indexOf('2080109')).toBeLessThan(codes.indexOf('2089901'));
  });
});

describe('catalogFromRows with 类/款/项 columns', () => {
  it('composes codes from split columns, carrying 类 and 款 forward', () => {
    const rows: (string | number | null)[][] = [
      ['科目编码', null, null, '科目名称'],
      ['类', '款', '项', null],
      ['208', null, null, '社会保障和就业支出'],
      [null, '01', null, '人力资源和社会保障管理事务'],
      [null, null, '09', '社会保险经办机构'],
      [208, 5, 5, '机关事业单位基本养老保险缴费支出'],
      [null, null, 6, '机关事业单位职业年金缴费支出'],
      [null, null, null, '孤立的名称'],
    ];
    const { catalog, problems } = catalogFromRows(rows, 2025, 'x');
    expect(catalog.entries('function').map((e) => `${e.code} ${e.name}`)).toEqual([
      '208 社会保障和就业支出',
      '20801 人力资源和社会保障管理事务',
      '2080109 社会保险经办机构',
      '2080505 机关事业单位基本养老保险缴费支出',
      '2080506 机关事业单位职业年金缴费支出',
    ]);
    expect(problems).toEqual(['第8行：“孤立的名称”没有科目编码，已跳过。']);
  });
});
