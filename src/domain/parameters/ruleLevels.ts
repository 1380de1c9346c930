import type { Finding, Severity } from '../findings/finding';

/** What the 说明参数 sheet lets a user set for a check: a severity, or 关闭. */
export const RULE_LEVEL_CHOICES: readonly string[] = ['错误', '提示', '信息', '关闭'];

const LEVEL: Readonly<Record<string, Severity | 'off'>> = { 错误: 'error', 提示: 'warning', 信息: 'info', 关闭: 'off' };
const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The level a 说明参数 cell holds, or undefined when blank or not one of the choices. */
export function ruleLevel(text: string | undefined): Severity | 'off' | undefined {
  return text === undefined ? undefined : LEVEL[text.trim()];
}

/**
 * Re-levels a rule's findings: those at the rule's default severity take the chosen one; others
 * (a row-sum's 尾数差异 提示) are only ever lowered to it, never raised.
 */
export function applyRuleLevel(findings: readonly Finding[], defaultSeverity: Severity, level: Severity | 'off' | undefined): Finding[] {
  if (level === undefined) return [...findings];
  if (level === 'off') return [];
  return findings.map((f) => {
    const severity = f.severity === defaultSeverity ? level : RANK[f.severity] > RANK[level] ? f.severity : level;
    return severity === f.severity ? f : { ...f, severity };
  });
}
