import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import type { Kind } from '../../domain/forms/formTypes';
import type { SheetLayout } from '../../domain/template/sheetLayout';
import { UNIT_TYPES, type UnitType } from '../../domain/workbook/snapshot';
import { PROFILE_CHOICES } from '../../domain/profiles/choices';
import { loadRecognition, loadTemplates } from '../shared/engine';
import { errorText } from '../shared/errorText';
import { tableTitle } from '../shared/findingGroups';
import { PerformanceTemplateSection } from './PerformanceTemplateSection';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '16px', maxWidth: '420px' },
  form: { display: 'flex', flexDirection: 'column', gap: '12px' },
  list: { margin: 0, paddingLeft: '20px', lineHeight: tokens.lineHeightBase300 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  // Fluent's Input keeps a ~250px minimum; at 200% zoom a 320px pane has 160 CSS px.
  input: { minWidth: 0, width: '100%' },
});

type Outcome = { readonly kind: 'success' | 'error'; readonly text: string; readonly notices?: readonly string[] };

/** What the workbook already holds, as recognition sees it. */
interface Existing {
  readonly kind: Kind | null;
  /** The table set the workbook's tables were recognised as (null without tables). */
  readonly profile: string | null;
  readonly year: number | null;
  readonly unit: string | null;
  readonly tables: readonly { readonly key: string; readonly text: string }[];
}

/** First-run form: which unit, year and table set; inserts the template sheets (never overwriting). */
export function TemplateTab({ gateway }: { readonly gateway: WorkbookGateway }): JSX.Element {
  const styles = useStyles();
  const [unit, setUnit] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [unitType, setUnitType] = useState<UnitType>('行政单位');
  const [kind, setKind] = useState<Kind>('budget');
  // The table set: the workbook's own when it has tables, else the first (Shanxi's) of the kind.
  const [profile, setProfile] = useState<string>(PROFILE_CHOICES[0].id);
  const chooseKind = (k: Kind) => {
    setKind(k);
    if (PROFILE_CHOICES.find((p) => p.id === profile)?.kind !== k) setProfile(PROFILE_CHOICES.find((p) => p.kind === k)!.id);
  };
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [existing, setExisting] = useState<Existing | null>(null);
  const [touched, setTouchedState] = useState(false);
  // The survey resolves later than the first keystroke may come: read "touched" through a ref.
  const touchedRef = useRef(false);
  const setTouched = (t: boolean) => {
    touchedRef.current = t;
    setTouchedState(t);
  };

  const yearNumber = Number(year);
  const yearValid = /^\d{4}$/.test(year) && yearNumber >= 2000 && yearNumber <= 2100;
  const unitValid = unit.trim().length > 0;

  const survey = useCallback(async (): Promise<Existing | null> => {
    try {
      const [{ recognize }, snapshot] = await Promise.all([loadRecognition(), gateway.readSnapshot()]);
      const rec = recognize(snapshot);
      const found: Existing = {
        kind: rec.kind,
        profile: rec.tables.length > 0 ? rec.profile.id : null,
        year: rec.year,
        unit: rec.unit,
        tables: [
          ...rec.tables.map((t) => ({ key: `${t.sheet}!${t.titleAddress}`, text: `${tableTitle(t.no, t.kind)} ${t.title}（${t.sheet}）` })),
          ...rec.performance.map((t) => ({ key: `${t.sheet}!${t.titleAddress}`, text: `${t.form.name} ${t.project ?? ''}（${t.sheet}）` })),
        ],
      };
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
      if (found.unit) setUnit(found.unit);
      if (found.year) setYear(String(found.year));
      if (found.kind) chooseKind(found.kind);
      if (found.profile) {
        setProfile(found.profile);
        setKind(PROFILE_CHOICES.find((p) => p.id === found.profile)?.kind ?? 'budget');
      }
    });
    // Only on mount (survey is stable per gateway); later surveys follow inserts.
  }, [survey]);

  async function insert(): Promise<void> {
    setBusy(true);
    setOutcome(null);
    try {
      const [{ templateLayouts }, existingSheets] = await Promise.all([loadTemplates(), gateway.sheetNames()]);
      const { layouts, metadata, notices } = templateLayouts({ kind, year: yearNumber, unit: unit.trim(), unitType, existingSheets, profile });
      await gateway.writeLayouts(layouts, metadata);
      setOutcome({ kind: 'success', text: `已插入 ${layouts.length} 张工作表：${layouts.map((l: SheetLayout) => l.name).join('、')}`, notices });
      await survey();
    } catch (e) {
      setOutcome({ kind: 'error', text: `插入模板失败：${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.root}>
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          if (unitValid && yearValid && !busy) void insert();
        }}
      >
        <Field label="单位名称" required validationMessage={touched && !unitValid ? '请填写单位名称' : undefined}>
          <Input
            className={styles.input}
            value={unit}
            onChange={(_, d) => {
              setTouched(true);
              setUnit(d.value);
            }}
            placeholder="例如：某某县财政局"
          />
        </Field>
        <Field label="年度" required validationMessage={yearValid ? undefined : '请填写四位年份，例如 2025'}>
          <Input
            className={styles.input}
            value={year}
            onChange={(_, d) => {
              setTouched(true);
              setYear(d.value.trim());
            }}
            inputMode="numeric"
          />
        </Field>
        <Field label="单位类型">
          <Select
            className={styles.input}
            select={{ className: styles.input }}
            value={unitType}
            onChange={(_, d) => setUnitType(d.value as UnitType)}
          >
            {UNIT_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="公开类型">
          <RadioGroup value={kind} onChange={(_, d) => chooseKind(d.value as Kind)} layout="horizontal">
            <Radio value="budget" label="预算" />
            <Radio value="final" label="决算" />
          </RadioGroup>
        </Field>
        <Field label="表套" hint="各地公开的表不同：山西为预算13张、决算10张；多数省份为9张表">
          <Select
            className={styles.input}
            select={{ className: styles.input }}
            value={profile}
            onChange={(_, d) => setProfile(d.value)}
          >
            {PROFILE_CHOICES.filter((p) => p.kind === kind).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" type="submit" disabled={!unitValid || !yearValid || busy}>
          {busy ? <Spinner size="tiny" label="正在插入…" /> : '插入模板'}
        </Button>
        {outcome && (
          <MessageBar intent={outcome.kind}>
            <MessageBarBody>
              {outcome.text}
              {outcome.notices?.map((n) => (
                <div key={n}>{n}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </form>
      <PerformanceTemplateSection gateway={gateway} onInserted={() => void survey()} />
      <section aria-label="工作簿中已有的表">
        <h3 className={styles.heading}>工作簿中已有的表</h3>
        {existing === null ? (
          <Text>正在读取工作簿…</Text>
        ) : existing.tables.length === 0 ? (
          <Text>还没有识别到预算或决算公开表。</Text>
        ) : (
          <ul className={styles.list} data-testid="existing-tables">
            {existing.tables.map((t) => (
              <li key={t.key}>{t.text}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
