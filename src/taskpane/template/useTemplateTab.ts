import { useCallback, useEffect, useRef, useState } from 'react';
import type { Kind } from '../../domain/forms/formTypes';
import type { RecognitionResult } from '../../domain/recognition/recognizedTable';
import type { UnitType } from '../../domain/workbook/snapshot';
import { PROFILE_CHOICES } from '../../domain/profiles/choices';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import { loadRecognition } from '../shared/engine';
import { errorText } from '../shared/errorText';
import { tableTitle } from '../shared/findingGroups';
import { insertMissing, planInsertion, type AddedSheet, type TemplateForm, type TemplateStep } from './templateInsertion';

/** The question asked before adding to a workbook that holds part of the set. */
export type PendingStep = Extract<TemplateStep, { kind: 'confirm' }>;

export type TemplateOutcome = {
  readonly kind: 'success' | 'error' | 'info';
  readonly text: string;
  /** The sheets inserted, by short label (the set's name is in `text`, once). */
  readonly added?: readonly AddedSheet[];
  readonly notices?: readonly string[];
};

/** What the workbook already holds, as recognition sees it. */
export interface Existing {
  readonly kind: Kind | null;
  /** The table set the workbook's tables were recognised as (null without tables). */
  readonly profile: string | null;
  readonly year: number | null;
  readonly unit: string | null;
  readonly unitType: UnitType | null;
  readonly tables: readonly { readonly key: string; readonly text: string }[];
}

/** What recognition found, as the 模板 tab lists it: each table by its short name, title and sheet. */
export function existingOf(rec: RecognitionResult): Existing {
  return {
    kind: rec.kind,
    profile: rec.tables.length > 0 ? rec.profile.id : null,
    year: rec.year,
    unit: rec.unit,
    unitType: rec.facts.unitType,
    tables: [
      ...rec.tables.map((t) => ({ key: `${t.sheet}!${t.titleAddress}`, text: `${tableTitle(t.no, { kind: t.kind, profile: rec.profile.id })} ${t.title}（${t.sheet}）` })),
      ...rec.performance.map((t) => ({ key: `${t.sheet}!${t.titleAddress}`, text: `${t.form.name} ${t.project ?? ''}（${t.sheet}）` })),
    ],
  };
}

/** Why 插入模板 is off while no 单位类型 is chosen: it decides which tables and paragraphs apply. */
export const UNIT_TYPE_NEEDED = '请先选择单位类型：行政单位、参公事业单位和事业单位适用的表和说明段落不同（如机关运行经费只适用于行政单位和参公事业单位）。';

/** A year the template accepts: four digits, 2000–2100. */
export function validYear(year: string): boolean {
  const n = Number(year);
  return /^\d{4}$/.test(year) && n >= 2000 && n <= 2100;
}

/** The table set to offer for a kind: the one chosen when it is of that kind, else the kind's first. */
export function profileForKind(kind: Kind, chosen: string): string {
  return PROFILE_CHOICES.find((p) => p.id === chosen)?.kind === kind ? chosen : PROFILE_CHOICES.find((p) => p.kind === kind)!.id;
}

/** The message a step of 插入模板 leaves (null while the user is asked). */
export function stepOutcome(step: TemplateStep): TemplateOutcome | null {
  if (step.kind === 'confirm') return null;
  if (step.kind === 'inserted') return { kind: 'success', text: `已插入“${step.set}”：`, added: step.added, notices: step.notices };
  const { plan } = step;
  return {
    kind: 'info',
    text: `工作簿中已有“${plan.profile.name}”的全部 ${plan.tables.length} 张表和说明参数表，没有添加。要重新插入某张表，请先删除它所在的工作表或为其改名。`,
  };
}

/** 模板's state and work: the first-run form (unit, year, 单位类型, table set) and inserting the template sheets, never overwriting. */
export function useTemplateTab(gateway: WorkbookGateway) {
  const [unit, setUnitValue] = useState('');
  const [year, setYearValue] = useState(String(new Date().getFullYear()));
  // Asked, never assumed: null until chosen (or read from the workbook's own 说明参数 / template record).
  const [unitType, setUnitTypeValue] = useState<UnitType | null>(null);
  const [kind, setKindValue] = useState<Kind>('budget');
  // The table set: the workbook's own when it has tables, else the first (Shanxi's) of the kind.
  const [profile, setProfileValue] = useState<string>(PROFILE_CHOICES[0].id);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<TemplateOutcome | null>(null);
  // The workbook holds part of the set: what would be added, waiting for the user's yes.
  const [pending, setPending] = useState<PendingStep | null>(null);
  const [existing, setExisting] = useState<Existing | null>(null);
  const [touched, setTouchedState] = useState(false);
  // The survey resolves later than the first keystroke may come: read "touched" through a ref.
  const touchedRef = useRef(false);
  const setTouched = (t: boolean) => {
    touchedRef.current = t;
    setTouchedState(t);
  };
  // A change of the form makes a pending question about other tables: it goes.
  const chooseKind = (k: Kind) => {
    setKindValue(k);
    setProfileValue((p) => profileForKind(k, p));
    setPending(null);
  };
  const setProfile = (p: string) => {
    setProfileValue(p);
    setPending(null);
  };

  const yearValid = validYear(year);
  const unitValid = unit.trim().length > 0;

  const survey = useCallback(async (): Promise<Existing | null> => {
    try {
      const [{ recognize }, snapshot] = await Promise.all([loadRecognition(), gateway.readSnapshot()]);
      const found = existingOf(recognize(snapshot));
      setExisting(found);
      return found;
    } catch {
      return null; // the list is a convenience; the form works without it
    }
  }, [gateway]);

  useEffect(() => {
    void survey().then((found) => {
      // Pre-fill from the workbook unless the user has started typing.
      if (!found || touchedRef.current) return;
      if (found.unit) setUnitValue(found.unit);
      if (found.year) setYearValue(String(found.year));
      if (found.unitType) setUnitTypeValue((u) => u ?? found.unitType);
      if (found.kind) chooseKind(found.kind);
      if (found.profile) {
        setProfileValue(found.profile);
        setKindValue(PROFILE_CHOICES.find((p) => p.id === found.profile)?.kind ?? 'budget');
      }
    });
    // Only on mount (survey is stable per gateway); later surveys follow inserts.
  }, [survey]);

  const form = (): TemplateForm | null => (unitType && unitValid && yearValid ? { unit: unit.trim(), year: Number(year), unitType, kind, profile } : null);

  async function step(work: () => Promise<TemplateStep>): Promise<void> {
    setBusy(true);
    setOutcome(null);
    try {
      const s = await work();
      setPending(s.kind === 'confirm' ? s : null);
      setOutcome(stepOutcome(s));
      if (s.kind === 'inserted') await survey();
    } catch (e) {
      setPending(null);
      setOutcome({ kind: 'error', text: `插入模板失败：${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  }

  /** 插入模板: the whole set into a workbook without it, else the question (or “already complete”). */
  const insert = async () => {
    const f = form();
    if (f) await step(() => planInsertion(gateway, f));
  };

  /** 添加缺少的表: the user agreed to add what the pending plan lacks. */
  const addMissing = async () => {
    const f = form();
    if (f && pending) await step(() => insertMissing(gateway, f, pending.plan));
  };

  return {
    unit,
    setUnit: (v: string) => {
      setTouched(true);
      setUnitValue(v);
    },
    year,
    setYear: (v: string) => {
      setTouched(true);
      setYearValue(v.trim());
    },
    unitType,
    setUnitType: (v: UnitType) => setUnitTypeValue(v),
    kind,
    chooseKind,
    profile,
    setProfile,
    profiles: PROFILE_CHOICES.filter((p) => p.kind === kind),
    touched,
    unitValid,
    yearValid,
    canInsert: form() !== null && !busy,
    busy,
    outcome,
    pending,
    cancelPending: () => setPending(null),
    addMissing,
    existing,
    survey,
    insert,
  };
}
