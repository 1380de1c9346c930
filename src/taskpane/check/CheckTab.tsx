import { Button, Checkbox, Field, Select, Spinner, Text, makeStyles } from '@fluentui/react-components';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import type { StartupSetting } from '../boot/startupSetting';
import { FILTER_LABELS, type SeverityFilter } from '../shared/findingGroups';
import { FindingList } from '../shared/FindingList';
import { TabMessages } from '../shared/TabMessages';
import { useCheckTab } from './useCheckTab';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  filter: { maxWidth: '220px' },
});

/**
 * Why live checking leaves the cells alone: an API write would clear Excel's undo stack (before ExcelApi
 * 1.20) or become an entry of it (from 1.20). One line, under the 边输入边校验 box.
 */
export const LIVE_NOTE = '边输入边校验的结果只列在这里，不写入工作簿，以免影响撤销（Ctrl+Z）；单元格上的标记在点击“校验”时更新。';

/** 校验: the buttons, the live-checking boxes, the status line and the findings (state and work in useCheckTab). */
export function CheckTab({ gateway, startup = null }: { readonly gateway: WorkbookGateway; readonly startup?: StartupSetting | null }): JSX.Element {
  const styles = useStyles();
  const t = useCheckTab(gateway, startup);
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void t.check()} disabled={t.busy !== null}>
          {t.busy === 'check' ? <Spinner size="tiny" label="正在校验…" /> : '校验'}
        </Button>
        <Button onClick={() => void t.clear()} disabled={t.busy !== null}>
          清除标记
        </Button>
        <Button onClick={() => void t.writeReport()} disabled={t.busy !== null}>
          写入校验报告
        </Button>
      </div>
      <Checkbox checked={t.live} onChange={(_, d) => t.setLive(d.checked === true)} label="边输入边校验" />
      {t.live && <Text size={200} data-testid="live-note">{LIVE_NOTE}</Text>}
      {startup && t.loadsWithWorkbook !== null && (
        <Checkbox
          checked={t.loadsWithWorkbook}
          onChange={(_, d) => void t.changeStartup(d.checked === true)}
          label="打开本工作簿时自动加载（不打开任务窗格也边输入边校验）"
        />
      )}
      <TabMessages error={t.error} notice={t.notice} />
      <Text weight="semibold" role="status" aria-live="polite" data-testid="check-status">
        {t.status}
      </Text>
      {t.all.length > 0 && (
        <>
          <Field label="显示" className={styles.filter}>
            <Select value={t.filter} onChange={(_, d) => t.setFilter(d.value as SeverityFilter)}>
              {(Object.keys(FILTER_LABELS) as SeverityFilter[]).map((k) => (
                <option key={k} value={k}>
                  {FILTER_LABELS[k]}
                </option>
              ))}
            </Select>
          </Field>
          {t.shown.length === 0 ? (
            <Text>没有这一类结果。</Text>
          ) : (
            <FindingList findings={t.shown} kind={t.outcome?.kind ?? null} profile={t.outcome?.profile ?? null} narrative={t.narrativeHeading} showRounding={t.filter === 'rounding'} onSelect={(fs) => void t.select(fs)} />
          )}
        </>
      )}
      {t.written && t.written.findings.length === 0 && <Text>{`${t.narrativeHeading ?? ''}：未发现问题。`}</Text>}
      {t.outcome && t.outcome.findings.length === 0 && <Text>{t.outcome.tables === 0 ? '没有识别到公开表。' : '未发现问题。'}</Text>}
    </div>
  );
}
