import { useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Spinner, makeStyles } from '@fluentui/react-components';
import type { WorkbookGateway } from '../excel/workbookGateway';
import type { Kind } from '../domain/forms/formTypes';
import type { SheetLayout } from '../domain/template/sheetLayout';
import { UNIT_TYPES, type UnitType } from '../domain/workbook/snapshot';
import { loadTemplates } from './engine';
import { errorText } from './errorText';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '420px' },
});

type Outcome = { readonly kind: 'success' | 'error'; readonly text: string; readonly notices?: readonly string[] };

/** First-run form: which unit, year and table set; inserts the template sheets (never overwriting). */
export function TemplateTab({ gateway }: { readonly gateway: WorkbookGateway }): JSX.Element {
  const styles = useStyles();
  const [unit, setUnit] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [unitType, setUnitType] = useState<UnitType>('行政单位');
  const [kind, setKind] = useState<Kind>('budget');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const yearNumber = Number(year);
  const yearValid = /^\d{4}$/.test(year) && yearNumber >= 2000 && yearNumber <= 2100;
  const unitValid = unit.trim().length > 0;

  async function insert(): Promise<void> {
    setBusy(true);
    setOutcome(null);
    try {
      const [{ templateLayouts }, existingSheets] = await Promise.all([loadTemplates(), gateway.sheetNames()]);
      const { layouts, metadata, notices } = templateLayouts({ kind, year: yearNumber, unit: unit.trim(), unitType, existingSheets });
      await gateway.writeLayouts(layouts, metadata);
      setOutcome({ kind: 'success', text: `已插入 ${layouts.length} 张工作表：${layouts.map((l: SheetLayout) => l.name).join('、')}`, notices });
    } catch (e) {
      setOutcome({ kind: 'error', text: `插入模板失败：${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        if (unitValid && yearValid && !busy) void insert();
      }}
    >
      <Field label="单位名称" required validationMessage={unit && !unitValid ? '请填写单位名称' : undefined}>
        <Input value={unit} onChange={(_, d) => setUnit(d.value)} placeholder="例如：某某县财政局" />
      </Field>
      <Field label="年度" required validationMessage={yearValid ? undefined : '请填写四位年份，例如 2025'}>
        <Input value={year} onChange={(_, d) => setYear(d.value.trim())} inputMode="numeric" />
      </Field>
      <Field label="单位类型">
        <Select value={unitType} onChange={(_, d) => setUnitType(d.value as UnitType)}>
          {UNIT_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="公开类型">
        <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as Kind)} layout="horizontal">
          <Radio value="budget" label="预算" />
          <Radio value="final" label="决算" />
        </RadioGroup>
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
  );
}
