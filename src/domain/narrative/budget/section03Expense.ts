import { budgetTable03 } from '../../forms/budget/table03';
import { ZERO } from '../../money/amount';
import { sharesOfWhole } from '../../money/shares';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section } from '../paragraph';
import { lead } from './lead';

/** 三、支出预算情况说明: 表3 合计, 基本支出 and 项目支出 with their shares. */
export function section03Expense(ctx: NarrativeContext): NarrativeSection[] {
  const t = ctx.tables;
  const p = para();
  lead(ctx, p).text('支出预算');
  ctx.put(p, t.cell(budgetTable03, 'main', 'total', 'total'), '预算公开表3 合计');
  const basic = t.cell(budgetTable03, 'main', 'total', 'basic');
  const project = t.cell(budgetTable03, 'main', 'total', 'project');
  const [sb, sp] = sharesOfWhole([basic?.value ?? ZERO, project?.value ?? ZERO]);
  const src = [...(basic?.sources ?? []), ...(project?.sources ?? [])];
  const known = basic !== undefined && project !== undefined;
  const whole = (basic?.value ?? ZERO).plus(project?.value ?? ZERO);
  p.text('万元，其中：基本支出');
  ctx.put(p, basic, '预算公开表3 基本支出');
  p.text('万元');
  if (known) p.text('，占').percent(sb, src, { part: basic.value, whole }).text('%');
  p.text('；项目支出');
  ctx.put(p, project, '预算公开表3 项目支出');
  p.text('万元');
  if (known) p.text('，占').percent(sp, src, { part: project.value, whole }).text('%');
  p.text('。');
  return [section('三、支出预算情况说明', 1, [p])];
}
