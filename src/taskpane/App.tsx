import { useEffect, useState } from 'react';
import { FluentProvider, webLightTheme, Tab, TabList, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import type { WorkbookGateway } from '../excel/workbookGateway';
import { TemplateTab } from './TemplateTab';
import { CheckTab } from './CheckTab';
import { HelpTab } from './HelpTab';

/** Chinese text needs a Chinese face before the generic fallback (Segoe UI has no CJK glyphs). */
const FONT_STACK = '"Segoe UI", "Microsoft YaHei", "微软雅黑", "PingFang SC", "Hiragino Sans GB", sans-serif';
const theme: Theme = { ...webLightTheme, fontFamilyBase: FONT_STACK };

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  body: { padding: '12px' },
});

type TabId = 'template' | 'check' | 'help';

export interface AppProps {
  readonly gateway: WorkbookGateway;
  readonly onFirstRender?: () => void;
}

export function App({ gateway, onFirstRender }: AppProps): JSX.Element {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('template');
  useEffect(() => {
    onFirstRender?.();
  }, [onFirstRender]);
  return (
    <FluentProvider theme={theme} className={styles.root} lang="zh-CN">
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
        <Tab value="template">模板</Tab>
        <Tab value="check">校验</Tab>
        <Tab value="help">说明</Tab>
      </TabList>
      <div className={styles.body}>
        {tab === 'template' && <TemplateTab gateway={gateway} />}
        {/* The check tab stays mounted so its results survive switching tabs. */}
        <div hidden={tab !== 'check'}>
          <CheckTab gateway={gateway} />
        </div>
        {tab === 'help' && <HelpTab />}
      </div>
    </FluentProvider>
  );
}
