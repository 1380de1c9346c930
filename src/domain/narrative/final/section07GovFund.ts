import { finalTable07 } from '../../forms/final/table07';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section } from '../paragraph';
import { yearLead } from './wording';

/** 七、政府性基金预算财政拨款收支决算情况说明 from 公开07表; 本年度无此项收支 when the table is empty. */
export function section07GovFund(ctx: NarrativeContext): NarrativeSection[] {
  const heading = '七、政府性基金预算财政拨款收支决算情况说明';
  const table = ctx.tables.table(finalTable07);
  if (!table || table.empty) return [section(heading, 1, [para().text('本年度无此项收支。')])];
  const p = yearLead(ctx, para()).text('政府性基金预算财政拨款本年收入');
  ctx.put(p, ctx.tables.cell(finalTable07, 'main', 'total', 'income'), '公开07表 本年收入');
  p.text('万元，本年支出');
  ctx.put(p, ctx.tables.cell(finalTable07, 'main', 'total', 'total'), '公开07表 本年支出');
  p.text('万元。');
  return [section(heading, 1, [p])];
}
