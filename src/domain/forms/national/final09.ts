import type { FormDef } from '../formTypes';
import { nationalFinal08 } from './final08';

/**
 * 国有资本经营预算财政拨款收入支出决算表 (national set, 表9): laid out as 表8 (年初结转和结余, 本年收入,
 * 本年支出, 年末结转和结余), where Shanxi's 公开08表 prints 支出 only.
 */
const { sameAs: _layoutOf08, ...asTable8 } = nationalFinal08;

export const nationalFinal09: FormDef = {
  ...asTable8,
  id: 'national-final/09-soe',
  no: 9,
  label: '表9',
  name: '国有资本经营预算财政拨款收入支出决算表',
  title: '国有资本经营预算财政拨款收入支出决算表',
  titleVariants: ['{year}年度国有资本经营预算财政拨款收入支出决算表', '国有资本经营预算财政拨款收支决算表'],
  keywords: { all: [['国有资本经营预算', '决算']] },
  sheetName: '表9 国有资本经营预算财政拨款',
  footnote: '注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。',
};
