import { Button, Field, Input, Radio, RadioGroup, Select, Spinner, Text, makeStyles } from '@fluentui/react-components';
import type { Kind } from '../../domain/forms/formTypes';
import { UNIT_TYPES, type UnitType } from '../../domain/workbook/snapshot';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import { ExistingTables } from './ExistingTables';
import { PerformanceTemplateSection } from './PerformanceTemplateSection';
import { ConfirmMissing, TemplateOutcomeBar } from './TemplateMessages';
import { UNIT_TYPE_NEEDED, useTemplateTab } from './useTemplateTab';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '16px', maxWidth: '420px' },
  form: { display: 'flex', flexDirection: 'column', gap: '12px' },
  // Fluent's Input keeps a ~250px minimum; at 200% zoom a 320px pane has 160 CSS px.
  input: { minWidth: 0, width: '100%' },
});

/** 模板: the first-run form, the 绩效目标表 section and the tables already there (state and work in useTemplateTab). */
export function TemplateTab({ gateway }: { readonly gateway: WorkbookGateway }): JSX.Element {
  const styles = useStyles();
  const t = useTemplateTab(gateway);
  return (
    <div className={styles.root}>
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          if (t.canInsert) void t.insert();
        }}
      >
        <Field label="单位名称" required validationMessage={t.touched && !t.unitValid ? '请填写单位名称' : undefined}>
          <Input className={styles.input} value={t.unit} onChange={(_, d) => t.setUnit(d.value)} placeholder="例如：某某县财政局" />
        </Field>
        <Field label="年度" required validationMessage={t.yearValid ? undefined : '请填写四位年份，例如 2025'}>
          <Input className={styles.input} value={t.year} onChange={(_, d) => t.setYear(d.value)} inputMode="numeric" />
        </Field>
        <Field label="单位类型" required>
          <Select className={styles.input} select={{ className: styles.input }} value={t.unitType ?? ''} onChange={(_, d) => t.setUnitType(d.value as UnitType)}>
            <option value="" disabled>
              请选择
            </option>
            {UNIT_TYPES.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="公开类型">
          <RadioGroup value={t.kind} onChange={(_, d) => t.chooseKind(d.value as Kind)} layout="horizontal">
            <Radio value="budget" label="预算" />
            <Radio value="final" label="决算" />
          </RadioGroup>
        </Field>
        <Field label="表套" hint="各地公开的表不同：山西为预算13张、决算10张；多数省份为9张表">
          <Select className={styles.input} select={{ className: styles.input }} value={t.profile} onChange={(_, d) => t.setProfile(d.value)}>
            {t.profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" type="submit" disabled={!t.canInsert || t.pending !== null}>
          {t.busy ? <Spinner size="tiny" label="正在插入…" /> : '插入模板'}
        </Button>
        {t.unitType === null && (
          <Text size={200} data-testid="unit-type-needed">
            {UNIT_TYPE_NEEDED}
          </Text>
        )}
        {t.pending && <ConfirmMissing pending={t.pending} busy={t.busy} onAdd={() => void t.addMissing()} onCancel={t.cancelPending} />}
        {t.outcome && <TemplateOutcomeBar outcome={t.outcome} />}
      </form>
      <PerformanceTemplateSection gateway={gateway} onInserted={() => void t.survey()} />
      <ExistingTables existing={t.existing} />
    </div>
  );
}
