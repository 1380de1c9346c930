import { budgetTable01 } from '../forms/budget/table01';
import { budgetTable05 } from '../forms/budget/table05';
import { budgetTable10 } from '../forms/budget/table10';
import { budgetTable11 } from '../forms/budget/table11';
import { finalTable01 } from '../forms/final/table01';
import { finalTable04 } from '../forms/final/table04';
import { finalTable05 } from '../forms/final/table05';
import { finalTable09 } from '../forms/final/table09';
import { finalTable10 } from '../forms/final/table10';
import type { Kind } from '../forms/formTypes';
import { sumFigs, type Fig } from './figure';
import type { TableReader } from './tableReader';

type Lookup = (t: TableReader) => Fig | undefined;

/** Which cell of last year's tables holds each prior-year input (same FormDef keys as this year). */
const BUDGET: Record<string, Lookup> = {
  'prior.income-total': (t) => t.cell(budgetTable01, 'income', 'grand-total', 'amount'),
  'prior.expense-total': (t) => t.cell(budgetTable01, 'expense', 'grand-total', 'total'),
  'prior.gpb-total': (t) => t.cell(budgetTable05, 'main', 'total', 'total'),
  'prior.three-public.total': (t) => t.cell(budgetTable10, 'main', 'total', 'total'),
  'prior.three-public.abroad': (t) => t.cell(budgetTable10, 'main', 'abroad', 'total'),
  'prior.three-public.vehicle-purchase': (t) => t.cell(budgetTable10, 'main', 'car-purchase', 'total'),
  'prior.three-public.vehicle-operation': (t) => t.cell(budgetTable10, 'main', 'car-run', 'total'),
  'prior.three-public.reception': (t) => t.cell(budgetTable10, 'main', 'reception', 'total'),
  'prior.operating': (t) => t.cell(budgetTable11, 'main', 'total', 'total'),
};

const FINAL: Record<string, Lookup> = {
  'prior.income-total': (t) => t.cell(finalTable01, 'income', 'grand-total', 'amount'),
  'prior.expense-total': (t) => t.cell(finalTable01, 'expense', 'grand-total', 'amount'),
  'prior.fiscal-income-total': (t) => t.cell(finalTable04, 'income', 'grand-total', 'amount'),
  'prior.fiscal-expense-total': (t) => t.cell(finalTable04, 'expense', 'grand-total', 'total'),
  'prior.gpb-expense': (t) => t.cell(finalTable05, 'main', 'total', 'total'),
  'prior.three-public.total': (t) => t.cell(finalTable09, 'main', 'amount', 'finalTotal'),
  'prior.three-public.abroad': (t) => t.cell(finalTable09, 'main', 'amount', 'finalAbroad'),
  'prior.three-public.vehicle-purchase': (t) => t.cell(finalTable09, 'main', 'amount', 'finalCarPurchase'),
  'prior.three-public.vehicle-operation': (t) => t.cell(finalTable09, 'main', 'amount', 'finalCarRun'),
  'prior.three-public.reception': (t) => t.cell(finalTable09, 'main', 'amount', 'finalReception'),
  'prior.operating': (t) => {
    const parts = [t.cell(finalTable10, 'main', 'operating-admin', 'value'), t.cell(finalTable10, 'main', 'operating-civil-service', 'value')];
    return parts.every((p) => p === undefined) ? undefined : sumFigs(parts);
  },
};

export function priorFromWorkbook(kind: Kind, t: TableReader, id: string): Fig | undefined {
  const own = (kind === 'budget' ? BUDGET : FINAL)[id];
  if (own) return own(t);
  // 决算 per-类 prior figures: last year's 公开05表 类 rows.
  const m = /^prior\.class\.(\d{3})$/.exec(id);
  if (kind === 'final' && m) {
    if (!t.table(finalTable05)) return undefined;
    return t.classes(finalTable05, 'main', 'total').find((c) => c.code === m[1])?.fig ?? sumFigs([]);
  }
  return undefined;
}
