import Decimal from 'decimal.js';
import { workbookCatalog } from '../catalog/workbookCatalog';
import { bySeverity, countFindings, type Finding } from '../findings/finding';
import { readParameters } from '../parameters/parameterSheet';
import { recognize } from '../recognition/recognize';
import type { RecognitionResult } from '../recognition/recognizedTable';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { CheckContext } from './checkContext';
import { EquationLog, type Equation } from './equation';
import { brokenEquationIds } from '../localisation/brokenEquationIds';
import { locateSuspects } from '../localisation/locateSuspects';
import { suspectFinding } from '../localisation/suspectFinding';
import type { CheckOptions, CheckResult } from './checkTypes';
import { RULES } from './rules';
import { runRules } from './runRules';

export const DEFAULT_TOLERANCE = '0.005';

/** Recognise every table, then run every rule: what the 校验 button, live checks and `check` share. */
export function checkWorkbook(wb: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  return checkRecognized(wb, recognize(wb), options);
}

export function checkRecognized(wb: WorkbookSnapshot, recognition: RecognitionResult, options: CheckOptions = {}): CheckResult {
  const parameters = readParameters(wb);
  const facts = recognition.facts;
  const ctx: CheckContext = {
    wb,
    recognition,
    tolerance: new Decimal(options.tolerance ?? DEFAULT_TOLERANCE),
    unitType: options.unitType ?? facts.unitType,
    catalog: workbookCatalog(wb, facts.catalogYear, options.catalog),
    parameters,
    equations: new EquationLog(),
  };
  const findings = runRules(RULES, ctx, parameters);
  // The suspects lead: each is listed first in its table's group, the one explaining most first.
  const sorted = stableSort([...suspectFindings(findings, ctx.equations.equations), ...findings]);
  return { recognition, findings: sorted, counts: countFindings(sorted), equations: ctx.equations.equations };
}

/** The cells whose one value explains several broken identities (src/domain/localisation), as findings. */
function suspectFindings(findings: readonly Finding[], equations: readonly Equation[]): Finding[] {
  return locateSuspects(equations, brokenEquationIds(findings)).map(suspectFinding);
}

function stableSort(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => bySeverity(a.f, b.f) || (a.f.table ?? 99) - (b.f.table ?? 99) || a.i - b.i)
    .map((x) => x.f);
}
