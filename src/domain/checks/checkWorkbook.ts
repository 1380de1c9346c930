import Decimal from 'decimal.js';
import type { Catalog } from '../catalog/catalog';
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
  const ctx = checkContext(wb, recognition, options);
  return finishCheck(recognition, runRules(RULES, ctx, ctx.parameters), ctx.equations.equations);
}

/** What every rule reads, the catalog and the 说明参数 sheet included, with an empty equation log. */
export function checkContext(wb: WorkbookSnapshot, recognition: RecognitionResult, options: CheckOptions = {}, catalog?: Catalog): CheckContext {
  const facts = recognition.facts;
  return {
    wb,
    recognition,
    tolerance: new Decimal(options.tolerance ?? DEFAULT_TOLERANCE),
    unitType: options.unitType ?? facts.unitType,
    catalog: catalog ?? workbookCatalog(wb, facts.catalogYear, options.catalog),
    parameters: readParameters(wb),
    equations: new EquationLog(),
  };
}

/** The rules' findings as reported: the suspects lead, each listed first in its table's group, the one explaining most first. */
export function finishCheck(recognition: RecognitionResult, findings: readonly Finding[], equations: readonly Equation[]): CheckResult {
  const sorted = stableSort([...suspectFindings(findings, equations), ...findings]);
  return { recognition, findings: sorted, counts: countFindings(sorted), equations };
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
