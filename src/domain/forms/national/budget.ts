import type { FormDef } from '../formTypes';
import { budgetTable01 } from '../budget/table01';
import { budgetTable02 } from '../budget/table02';
import { budgetTable03 } from '../budget/table03';
import { budgetTable04 } from '../budget/table04';
import { budgetTable05 } from '../budget/table05';
import { budgetTable06 } from '../budget/table06';
import { budgetTable08 } from '../budget/table08';
import { budgetTable09 } from '../budget/table09';
import { printedAs } from '../common/printedAs';

/**
 * The 9-table 部门预算 (财政部 format) as regions that publish it in 元 print it: no label lines,
 * 表1–6, 8 and 9 with the lines and columns of the Shanxi tables of the same content, under their
 * own titles. 表7 (三公 and 机关运行经费 in one table) is budget07.ts.
 */
function budget(form: FormDef, no: number, slug: string, title: string, keywords: FormDef['keywords'], variants: readonly string[] = []): FormDef {
  return {
    ...printedAs(form, { id: `national-budget/0${no}-${slug}`, no, label: `表${no}`, printsLabel: false, sheetName: `表${no} ${title}` }),
    name: title,
    title: `{year}年${title}`,
    titleVariants: [title, ...variants],
    keywords,
  };
}

const NOT_FINAL = ['决算'];

export const nationalBudget01 = budget(budgetTable01, 1, 'summary', '部门收支总表', { all: [['收支总表']], none: ['财政拨款', '国有资本', ...NOT_FINAL] }, ['{year}年收支总表', '收支总表']);
export const nationalBudget02 = budget(budgetTable02, 2, 'income', '部门收入总表', { all: [['收入总表']], none: ['政府性基金', '国有资本', '财政拨款', ...NOT_FINAL] }, ['{year}年收入总表', '收入总表']);
export const nationalBudget03 = budget(budgetTable03, 3, 'expense', '部门支出总表', { all: [['支出总表']], none: ['一般公共预算', '政府性基金', '国有资本', '财政拨款', ...NOT_FINAL] }, ['{year}年支出总表', '支出总表']);
export const nationalBudget04 = budget(budgetTable04, 4, 'fiscal-summary', '财政拨款收支总表', { all: [['财政拨款收支总表']], none: ['三公', ...NOT_FINAL] });
export const nationalBudget05 = budget(budgetTable05, 5, 'gpb-expense', '一般公共预算支出表', { all: [['一般公共预算支出表']], none: ['基本支出', '三公', ...NOT_FINAL] });
export const nationalBudget06 = budget(budgetTable06, 6, 'basic-economic', '一般公共预算基本支出表', { all: [['一般公共预算基本支出']], none: NOT_FINAL });
export const nationalBudget08 = budget(budgetTable08, 8, 'gov-fund-expense', '政府性基金预算支出表', { all: [['政府性基金', '支出表']], none: ['收入', ...NOT_FINAL] });
export const nationalBudget09 = budget(budgetTable09, 9, 'soe-expense', '国有资本经营预算支出表', { all: [['国有资本经营预算', '支出表']], none: NOT_FINAL });
