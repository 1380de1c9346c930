import type { Finding } from '../../../findings/finding';
import type { Rule } from '../../rule';
import { performanceFinding } from './performanceFinding';

/**
 * A table titled 自评表 laid out as a 绩效目标表 (指标值 columns, 项目资金（元）) reports no result: no
 * 实际完成值, no 分值 or 得分 per indicator, no 全年执行数. 004 attaches four such tables. The reverse —
 * a 绩效目标表 title over a 自评 grid — is reported too.
 */
export const performanceWrongForm: Rule = {
  id: 'performance-form',
  title: '绩效表格式与标题',
  defaultSeverity: 'error',
  run(ctx) {
    const out: Finding[] = [];
    for (const table of ctx.recognition.performance) {
      const titledSelf = table.form.purpose === 'self-evaluation';
      if (titledSelf && table.layout === 'target') {
        const extra = table.executionLines.length > 0 ? `；表中只另写了“${table.executionLines.map((c) => c.text).join(' ')}”` : '';
        out.push(
          performanceFinding({
            rule: 'performance-form',
            severity: 'error',
            table,
            cell: null,
            line: '表格格式',
            text: `标题为自评表，但表体是项目支出绩效目标表的格式（指标值栏），没有年初指标值、实际完成值、分值、得分和全年执行数，未反映自评结果${extra}`,
          }),
        );
      } else if (!titledSelf && table.layout === 'self-evaluation') {
        out.push(
          performanceFinding({
            rule: 'performance-form',
            severity: 'warning',
            table,
            cell: null,
            line: '表格格式',
            text: '标题为绩效目标表，但表体是绩效自评表的格式（实际完成值、分值、得分）',
          }),
        );
      }
    }
    return out;
  },
};
