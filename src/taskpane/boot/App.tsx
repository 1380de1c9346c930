import { useEffect, useState } from 'react';
import { FluentProvider, webLightTheme, Tab, TabList, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import { TemplateTab } from '../template/TemplateTab';
import { CheckTab } from '../check/CheckTab';
import { FillTab } from '../fill/FillTab';
import { NarrativeTab } from '../narrative/NarrativeTab';
import { HelpTab } from '../help/HelpTab';
import type { SelfTestRunner } from '../help/SelfTestPanel';
import { paneBridge } from '../paneBridge';
import type { StartupSetting } from './startupSetting';

/** Chinese text needs a Chinese face before the generic fallback (Segoe UI has no CJK glyphs). */
const FONT_STACK = '"Segoe UI", "Microsoft YaHei", "微软雅黑", "PingFang SC", "Hiragino Sans GB", sans-serif';
const theme: Theme = { ...webLightTheme, fontFamilyBase: FONT_STACK };

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, minWidth: 0 },
  // Five short tabs fit in 320 px; below that they wrap instead of scrolling sideways.
  tabs: { flexWrap: 'wrap' },
  body: { padding: '12px', minWidth: 0 },
});

type TabId = 'template' | 'check' | 'fill' | 'narrative' | 'help';

export interface AppProps {
  readonly gateway: WorkbookGateway;
  /** Loading with the workbook (shared runtime only; null elsewhere). */
  readonly startup?: StartupSetting | null;
  readonly onFirstRender?: () => void;
  /** 自检 in 帮助 (null where the pane does not run in Excel). */
  readonly selfTest?: SelfTestRunner | null;
}

export function App({ gateway, startup = null, onFirstRender, selfTest = null }: AppProps): JSX.Element {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('template');
  // A tab is mounted when first opened and then kept (hidden), so its results survive switching tabs.
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(new Set(['template', 'check']));
  useEffect(() => {
    onFirstRender?.();
  }, [onFirstRender]);
  const show = (id: TabId) => {
    setTab(id);
    if (!opened.has(id)) setOpened(new Set([...opened, id]));
  };
  // The ribbon's 校验 (shared runtime) opens the pane at this tab when it found errors; 校验 is always mounted.
  useEffect(() => paneBridge.connectTabs(() => setTab('check')), []);
  return (
    <FluentProvider theme={theme} className={styles.root} lang="zh-CN">
      <TabList selectedValue={tab} onTabSelect={(_, d) => show(d.value as TabId)} className={styles.tabs} size="small">
        <Tab value="template">模板</Tab>
        <Tab value="check">校验</Tab>
        <Tab value="fill">填充</Tab>
        <Tab value="narrative">说明</Tab>
        <Tab value="help">帮助</Tab>
      </TabList>
      <div className={styles.body}>
        <div hidden={tab !== 'template'}>
          <TemplateTab gateway={gateway} />
        </div>
        {/* Mounted from the start: live checking runs while the user works in other tabs. */}
        <div hidden={tab !== 'check'}>
          <CheckTab gateway={gateway} startup={startup} />
        </div>
        {opened.has('fill') && (
          <div hidden={tab !== 'fill'}>
            <FillTab gateway={gateway} />
          </div>
        )}
        {opened.has('narrative') && (
          <div hidden={tab !== 'narrative'}>
            <NarrativeTab gateway={gateway} />
          </div>
        )}
        {/* Kept once opened, so a 自检 result survives switching tabs. */}
        {opened.has('help') && (
          <div hidden={tab !== 'help'}>
            <HelpTab selfTest={selfTest} />
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
