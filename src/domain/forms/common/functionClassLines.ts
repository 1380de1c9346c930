import type { FixedRowDef } from '../formTypes';

/**
 * The 类 lines of 支出功能分类 printed on the expense side of 表1 and 表4 (budget: 30 lines) and of
 * 公开01表 and 公开04表 (final accounts: 26 lines), in published order, with their 类 codes.
 */
const CLASSES: readonly (readonly [code: string, name: string])[] = [
  ['201', '一般公共服务支出'],
  ['202', '外交支出'],
  ['203', '国防支出'],
  ['204', '公共安全支出'],
  ['205', '教育支出'],
  ['206', '科学技术支出'],
  ['207', '文化旅游体育与传媒支出'],
  ['208', '社会保障和就业支出'],
  ['209', '社会保险基金支出'],
  ['210', '卫生健康支出'],
  ['211', '节能环保支出'],
  ['212', '城乡社区支出'],
  ['213', '农林水支出'],
  ['214', '交通运输支出'],
  ['215', '资源勘探工业信息等支出'],
  ['216', '商业服务业等支出'],
  ['217', '金融支出'],
  ['219', '援助其他地区支出'],
  ['220', '自然资源海洋气象等支出'],
  ['221', '住房保障支出'],
  ['222', '粮油物资储备支出'],
  ['223', '国有资本经营预算支出'],
  ['224', '灾害防治及应急管理支出'],
  ['227', '预备费'],
  ['229', '其他支出'],
  ['230', '转移性支出'],
  ['231', '债务还本支出'],
  ['232', '债务付息支出'],
  ['233', '债务发行费用支出'],
  ['234', '抗疫特别国债安排的支出'],
];

/** 公开01/04表 omit these 类 (as in 004_df651f07c846b8e4.txt). */
const NOT_IN_FINAL = new Set(['209', '227', '230', '233']);

const NUMERALS = [
  '', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十',
  '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十',
  '二十一', '二十二', '二十三', '二十四', '二十五', '二十六', '二十七', '二十八', '二十九', '三十',
];

export function chineseOrdinal(n: number): string {
  return NUMERALS[n];
}

function lines(list: readonly (readonly [string, string])[], firstLineNo?: number): FixedRowDef[] {
  return list.map(([code, name], i) => ({
    key: `class-${code}`,
    label: `${chineseOrdinal(i + 1)}、${name}`,
    code,
    aliases: [name],
    ...(firstLineNo !== undefined ? { lineNo: firstLineNo + i } : {}),
  }));
}

/** The 30 类 lines of 预算公开表1 and 表4. */
export function budgetClassLines(): FixedRowDef[] {
  return lines(CLASSES);
}

/** The 26 类 lines of 公开01表 and 公开04表, numbered from the given 行次. */
export function finalClassLines(firstLineNo: number): FixedRowDef[] {
  return lines(CLASSES.filter(([code]) => !NOT_IN_FINAL.has(code)), firstLineNo);
}

export const FUNCTION_CLASSES = CLASSES;

/** Empty lines that pad the shorter side of a two-sided table. */
export function spacers(n: number, prefix: string, firstLineNo?: number): FixedRowDef[] {
  return Array.from({ length: n }, (_, i) => ({
    key: `${prefix}-${i + 1}`,
    label: '',
    spacer: true,
    ...(firstLineNo !== undefined ? { lineNo: firstLineNo + i } : {}),
  }));
}
