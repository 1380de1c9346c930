import type { Finding, Severity } from '../findings/finding';
import type { Parameters } from '../parameters/parameters';
import { applyRuleLevel, ruleLevel } from '../parameters/ruleLevels';

/** What running a set of rules needs of each: its id, title, default severity and what it finds. */
export interface RunnableRule<C> {
  readonly id: string;
  readonly title: string;
  readonly defaultSeverity: Severity;
  /** `earlier`: what the rules listed before it found (unit-slip reads the sums that broke). */
  run(ctx: C, earlier?: readonly Finding[]): Finding[];
}

/**
 * Runs every rule, each re-levelled or switched off as the 说明参数 sheet says (rule.<id>). A rule that
 * throws is itself reported as an 错误, so one defect does not hide the other rules' findings.
 */
export function runRules<C>(rules: readonly RunnableRule<C>[], ctx: C, parameters: Parameters): Finding[] {
  const findings: Finding[] = [];
  // One push per finding: a spread of a million findings overflows the call stack.
  for (const rule of rules) for (const f of runRule(rule, parameters, () => rule.run(ctx, findings))) findings.push(f);
  return findings;
}

/**
 * One rule's findings as the report lists them: `find` (the rule run, or a live check's kept and
 * re-compared findings) re-levelled as the 说明参数 sheet says, or the rule's own failure as an 错误.
 */
export function runRule(rule: Omit<RunnableRule<never>, 'run'>, parameters: Parameters, find: () => readonly Finding[]): Finding[] {
  try {
    return applyRuleLevel(find(), rule.defaultSeverity, ruleLevel(parameters.inputs[`rule.${rule.id}`]?.value));
  } catch (e) {
    return [
      {
        severity: 'error',
        rule: rule.id,
        table: null,
        sheet: null,
        cell: null,
        noCell: '校验规则本身出错，与单元格无关',
        row: null,
        column: null,
        expected: null,
        actual: null,
        difference: null,
        message: `校验规则“${rule.title}”运行出错：${e instanceof Error ? e.message : String(e)}`,
      },
    ];
  }
}
