import type { Kind } from '../forms/formTypes';
import { sumFigs, type Fig } from './figure';
import type { TableReader } from './tableReader';

type Lookup = (t: TableReader) => Fig | undefined;

/** Which cell of last year's tables holds each prior-year input (same FormDef keys as this year). */
const BUDGET: Record<string, Lookup> = {
  'prior.income-total': (t) => t.cell(1, 'income', 'grand-total', 'amount'),
  'prior.expense-total': (t) => t.cell(1, 'expense', 'grand-total', 'total'),
  'prior.gpb-total': (t) => t.cell(5, 'main', 'total', 'total'),
  'prior.three-public.total': (t) => t.cell(10, 'main', 'total', 'total'),
  'prior.three-public.abroad': (t) => t.cell(10, 'main', 'abroad', 'total'),
  'prior.three-public.vehicle-purchase': (t) => t.cell(10, 'main', 'car-purchase', 'total'),
  'prior.three-public.vehicle-operation': (t) => t.cell(10, 'main', 'car-run', 'total'),
  'prior.three-public.reception': (t) => t.cell(10, 'main', 'reception', 'total'),
  'prior.operating': (t) => t.cell(11, 'main', 'total', 'total'),
};

const FINAL: Record<string, Lookup> = {
  'prior.income-total': (t) => t.cell(1, 'income', 'grand-total', 'amount'),
  'prior.expense-total': (t) => t.cell(1, 'expense', 'grand-total', 'amount'),
  'prior.fiscal-income-total': (t) => t.cell(4, 'income', 'grand-total', 'amount'),
  'prior.fiscal-expense-total': (t) => t.cell(4, 'expense', 'grand-total', 'total'),
  'prior.gpb-expense': (t) => t.cell(5, 'main', 'total', 'total'),
  'prior.three-public.total': (t) => t.cell(9, 'main', 'amount', 'finalTotal'),
  'prior.three-public.abroad': (t) => t.cell(9, 'main', 'amount', 'finalAbroad'),
  'prior.three-public.vehicle-purchase': (t) => t.cell(9, 'main', 'amount', 'finalCarPurchase'),
  'prior.three-public.vehicle-operation': (t) => t.cell(9, 'main', 'amount', 'finalCarRun'),
  'prior.three-public.reception': (t) => t.cell(9, 'main', 'amount', 'finalReception'),
  'prior.operating': (t) => {
    const parts = [t.cell(10, 'main', 'operating-admin', 'value'), t.cell(10, 'main', 'operating-civil-service', 'value')];
    return parts.every((p) => p === undefined) ? undefined : sumFigs(parts);
  },
};

export function priorFromWorkbook(kind: Kind, t: TableReader, id: string): Fig | undefined {
  const own = (kind === 'budget' ? BUDGET : FINAL)[id];
  if (own) return own(t);
  // 决算 per-类 prior figures: last year's 公开05表 类 rows.
  const m = /^prior\.class\.(\d{3})$/.exec(id);
  if (kind === 'final' && m) {
    if (!t.table(5)) return undefined;
    return t.classes(5, 'main', 'total').find((c) => c.code === m[1])?.fig ?? sumFigs([]);
  }
  return undefined;
}
