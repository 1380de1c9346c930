import type { Kind } from '../forms/formTypes';
import type { Parameters } from '../parameters/parameters';
import type { RecognitionResult } from '../recognition/recognizedTable';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { section01Changes } from './budget/section01Changes';
import { section02Income } from './budget/section02Income';
import { section03Expense } from './budget/section03Expense';
import { section04Fiscal } from './budget/section04Fiscal';
import { section05GeneralBudget } from './budget/section05GeneralBudget';
import { section06Basic } from './budget/section06Basic';
import { section07ThreePublic } from './budget/section07ThreePublic';
import { section08Operating } from './budget/section08Operating';
import { section09Procurement } from './budget/section09Procurement';
import { section10Performance } from './budget/section10Performance';
import { section11Assets } from './budget/section11Assets';
import { section12Other } from './budget/section12Other';
import { NarrativeContext } from './context';
import { section01Overview } from './final/section01Overview';
import { section02Income as finalIncome } from './final/section02Income';
import { section03Expense as finalExpense } from './final/section03Expense';
import { section04Fiscal as finalFiscal } from './final/section04Fiscal';
import { section05GeneralBudget as finalGeneralBudget } from './final/section05GeneralBudget';
import { section06Basic as finalBasic } from './final/section06Basic';
import { section07GovFund } from './final/section07GovFund';
import { section08StateCapital } from './final/section08StateCapital';
import { section09ThreePublic } from './final/section09ThreePublic';
import { section10Other } from './final/section10Other';
import type { Narrative, NarrativeSection } from './narrativeTypes';
import { checkText } from './textChecks';
import { withZeroStyle } from './wordingProfile';

type SectionFn = (ctx: NarrativeContext) => NarrativeSection[];

const BUDGET: readonly SectionFn[] = [
  section01Changes,
  section02Income,
  section03Expense,
  section04Fiscal,
  section05GeneralBudget,
  section06Basic,
  section07ThreePublic,
  section08Operating,
  section09Procurement,
  section10Performance,
  section11Assets,
  section12Other,
];

const FINAL: readonly SectionFn[] = [
  section01Overview,
  finalIncome,
  finalExpense,
  finalFiscal,
  finalGeneralBudget,
  finalBasic,
  section07GovFund,
  section08StateCapital,
  section09ThreePublic,
  section10Other,
];

/**
 * The 情况说明 of a workbook: every sentence a template over the recognised tables and the
 * parameter sheet (prior-year figures also from last year's workbook), followed by a check of the
 * text itself. Pure: it can be rebuilt after every edit.
 */
export function buildNarrative(
  wb: WorkbookSnapshot,
  recognition: RecognitionResult,
  params: Parameters,
  options?: { prior?: { wb: WorkbookSnapshot; recognition: RecognitionResult } },
): Narrative {
  const kind: Kind = recognition.kind ?? params.kind ?? wb.metadata?.kind ?? 'budget';
  const ctx = new NarrativeContext(kind, wb, recognition, params, options?.prior);
  const built = (kind === 'budget' ? BUDGET : FINAL).flatMap((fn) => fn(ctx));
  // The profile's switches are budget wording; 决算 keeps its own.
  const sections = kind === 'budget' ? withZeroStyle(built, ctx.wording) : built;
  const year = ctx.year;
  const title =
    kind === 'budget'
      ? `${year ?? ''}年度单位预算情况说明`
      : `${year ?? ''}年度单位决算情况说明`;
  return {
    kind,
    title: ctx.unit ? `${ctx.unit}${title}` : title,
    sections,
    charts: ctx.charts,
    findings: [...ctx.findings, ...checkText(sections)],
  };
}
