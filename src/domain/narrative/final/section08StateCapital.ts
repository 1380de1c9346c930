import { finalTable08 } from '../../forms/final/table08';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section } from '../paragraph';
import { yearLead } from './wording';

/** 八、国有资本经营预算财政拨款支出决算情况说明 from 公开08表; 本年度无此项支出 when the table is empty. */
export function section08StateCapital(ctx: NarrativeContext): NarrativeSection[] {
  const heading = '八、国有资本经营预算财政拨款支出决算情况说明';
  const table = ctx.tables.table(finalTable08);
  if (!table || table.empty) return [section(heading, 1, [para().text('本年度无此项支出。')])];
  const p = yearLead(ctx, para()).text('国有资本经营预算财政拨款支出');
  ctx.put(p, ctx.tables.cell(finalTable08, 'main', 'total', 'total'), '公开08表 合计');
  p.text('万元。');
  return [section(heading, 1, [p])];
}
