import { useCallback, useEffect, useRef, useState } from 'react';
import type { Kind } from '../../domain/forms/formTypes';
import type { RecognitionResult } from '../../domain/recognition/recognizedTable';
import type { SheetLayout } from '../../domain/template/sheetLayout';
import type { UnitType } from '../../domain/workbook/snapshot';
import { PROFILE_CHOICES } from '../../domain/profiles/choices';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import { loadRecognition, loadTemplates } from '../shared/engine';
import { errorText } from '../shared/errorText';
import { tableTitle } from '../shared/findingGroups';

export type TemplateOutcome = { readonly kind: 'success' | 'error'; readonly text: string; readonly notices?: readonly string[] };

/** What the workbook already holds, as recognition sees it. */
export interface Existing {
  readonly kind: Kind | null;
  /** The table set the workbook's tables were recognised as (null without tables). */
  readonly profile: string | null;
  readonly year: number | null;
  readonly unit: string | null;
  readonly tables: readonly { readonly key: string; readonly text: string }[];
}

/** What recognition found, as the 模板 tab lists it: each table by its short name, title and sheet. */
export function existingOf(rec: RecognitionResult): Existing {
  return {
    kind: rec.kind,
    profile: rec.tables.length > 0 ? rec.profile.id : null,
    year: rec.year,
    unit: rec.unit,
    tables: [
      ...rec.tables.map((t) => ({ key: `${t.sheet}!${t.titleAddress}`, text: `${tableTitle(t.no, { kind: t.kind, profile: rec.profile.id })} ${t.title}（${t.sheet}）` })),
      ...rec.performance.map((t) => ({ key: `${t.sheet}!${t.titleAddress}`, text: `${t.form.name} ${t.project ?? ''}（${t.sheet}）` })),
    ],
  };
}

/** A year the template accepts: four digits, 2000–2100. */
export function validYear(year: string): boolean {
  const n = Number(year);
  return /^\d{4}$/.test(year) && n >= 2000 && n <= 2100;
}

/** The table set to offer for a kind: the one chosen when it is of that kind, else the kind's first. */
export function profileForKind(kind: Kind, chosen: string): string {
  return PROFILE_CHOICES.find((p) => p.id === chosen)?.kind === kind ? chosen : PROFILE_CHOICES.find((p) => p.kind === kind)!.id;
}

/** 模板's state and work: the first-run form (unit, year, table set) and inserting the template sheets, never overwriting. */
export function useTemplateTab(gateway: WorkbookGateway) {
  const [unit, setUnitValue] = useState('');
  const [year, setYearValue] = useState(String(new Date().getFullYear()));
  const [unitType, setUnitType] = useState<UnitType>('行政单位');
  const [kind, setKindValue] = useState<Kind>('budget');
  // The table set: the workbook's own when it has tables, else the first (Shanxi's) of the kind.
  const [profile, setProfile] = useState<string>(PROFILE_CHOICES[0].id);
  const chooseKind = (k: Kind) => {
    setKindValue(k);
    setProfile((p) => profileForKind(k, p));
  };
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<TemplateOutcome | null>(null);
  const [existing, setExisting] = useState<Existing | null>(null);
  const [touched, setTouchedState] = useState(false);
  // The survey resolves later than the first keystroke may come: read "touched" through a ref.
  const touchedRef = useRef(false);
  const setTouched = (t: boolean) => {
    touchedRef.current = t;
    setTouchedState(t);
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
      if (found.kind) chooseKind(found.kind);
      if (found.profile) {
        setProfile(found.profile);
        setKindValue(PROFILE_CHOICES.find((p) => p.id === found.profile)?.kind ?? 'budget');
      }
    });
    // Only on mount (survey is stable per gateway); later surveys follow inserts.
  }, [survey]);

  async function insert(): Promise<void> {
    setBusy(true);
    setOutcome(null);
    try {
      const [{ templateLayouts }, existingSheets] = await Promise.all([loadTemplates(), gateway.sheetNames()]);
      const { layouts, metadata, notices } = templateLayouts({ kind, year: Number(year), unit: unit.trim(), unitType, existingSheets, profile });
      await gateway.writeLayouts(layouts, metadata);
      setOutcome({ kind: 'success', text: `已插入 ${layouts.length} 张工作表：${layouts.map((l: SheetLayout) => l.name).join('、')}`, notices });
      await survey();
    } catch (e) {
      setOutcome({ kind: 'error', text: `插入模板失败：${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  }

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
    setUnitType,
    kind,
    chooseKind,
    profile,
    setProfile,
    profiles: PROFILE_CHOICES.filter((p) => p.kind === kind),
    touched,
    unitValid,
    yearValid,
    canInsert: unitValid && yearValid && !busy,
    busy,
    outcome,
    existing,
    survey,
    insert,
  };
}
