import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './ErrorBoundary';
import { App } from './App';
import { OfficeGateway } from '../../excel/officeGateway';
import type { WorkbookGateway } from '../../excel/workbookGateway';
import { registerRibbonCommands } from '../../commands/ribbonCommands';
import { RESULT_DIALOG_PAGE, officeRibbonHost } from '../../commands/officeRibbonHost';
import { officeContextProbe } from '../../excel/office/officeContextProbe';
import type { SelfTestRunner } from '../help/SelfTestPanel';
import { checkAndMark } from '../check/checkAndMark';
import { paneBridge } from '../paneBridge';
import { officeStartupSetting, type StartupSetting } from './startupSetting';

declare global {
  interface Window {
    /**
     * Browser tests (test/browser/host/testHost.ts, injected before this page's scripts; never in dist/)
     * hand the pane a workbook here and office.js is not loaded: a gateway (a memory workbook), or
     * 'office' when they have put a fake Excel in place of Office.js for the real Office.js gateway.
     */
    __BUDGET_TEST_HOST__?: WorkbookGateway | 'office';
    /** The gateway the pane uses, so a browser test can look at marks and selection. */
    __budgetGateway?: WorkbookGateway;
    /** Set after the first render; the boot script in taskpane.html shows a timeout message otherwise. */
    __budgetPaneReady?: boolean;
    __budgetUnsupported?: boolean;
    __budgetBootMessage?: (html: string) => void;
    /** Browser tests: a 自检 over the fake Excel (testHost.ts), for a pane that runs on a memory workbook. */
    __BUDGET_TEST_SELF_TEST__?: SelfTestRunner;
  }
}

/** 自检 in this Excel through the pane's gateway; its dialog step opens the ribbon's result page (and closes it at once). */
function officeSelfTest(gateway: OfficeGateway): SelfTestRunner {
  return () => {
    const url = new URL(RESULT_DIALOG_PAGE, document.baseURI);
    url.searchParams.set('result', '自检：对话框可以正常打开，它会自动关闭。');
    return gateway.runSelfTest(officeContextProbe(url.href));
  };
}

function mount(gateway: WorkbookGateway, startup: StartupSetting | null = null, selfTest: SelfTestRunner | null = null): void {
  window.__budgetGateway = gateway;
  const container = document.getElementById('root');
  if (!container) return;
  document.getElementById('boot-loading')?.remove();
  createRoot(container).render(
    <ErrorBoundary>
      <App
        gateway={gateway}
        startup={startup}
        selfTest={selfTest}
        onFirstRender={() => {
          window.__budgetPaneReady = true;
        }}
      />
    </ErrorBoundary>,
  );
}

/**
 * Without a shared runtime Excel may load this page twice: as the pane and, hidden, as the ribbon's
 * function file. The hidden copy must not run a second pane (its live checking would re-check on the
 * pane's marks and the pane on its marks), so the pane mounts once the page is seen or touched.
 */
function mountWhenShown(gateway: WorkbookGateway, selfTest: SelfTestRunner | null): void {
  let mounted = false;
  const events = ['visibilitychange', 'pointerdown', 'keydown', 'focusin'] as const;
  const go = (e?: Event) => {
    if (mounted || (e?.type === 'visibilitychange' && document.visibilityState !== 'visible')) return;
    mounted = true;
    for (const name of events) document.removeEventListener(name, go, true);
    mount(gateway, null, selfTest);
  };
  if (document.visibilityState === 'visible') go();
  else for (const name of events) document.addEventListener(name, go, true);
}

function start(): void {
  if (window.__budgetUnsupported) return; // IE / old Edge: the boot script has said why
  const testHost = window.__BUDGET_TEST_HOST__;
  if (testHost && testHost !== 'office' && typeof Office === 'undefined') {
    mount(testHost, null, window.__BUDGET_TEST_SELF_TEST__ ?? null);
    return;
  }
  if (typeof Office === 'undefined') {
    // office-js/office.js did not load (server unreachable, blocked script): say so now, not after 10 s.
    window.__budgetBootMessage?.('Office.js 未能加载：无法从加载项服务器获取 office-js/office.js。请检查网络或联系管理员。');
    return;
  }
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      window.__budgetPaneReady = true;
      window.__budgetBootMessage?.('预算公开助手只能在 Excel 中使用。请在 Excel 的“开始”选项卡中点击“打开助手”。');
      return;
    }
    // A browser test may stand in for Office (a fake Office object) and still hand us a memory workbook.
    const gateway = testHost && testHost !== 'office' ? testHost : new OfficeGateway();
    window.__budgetGateway = gateway;
    const host = officeRibbonHost();
    // Registered before the pane mounts: Excel may have started this page only to run 校验.
    registerRibbonCommands({ host, gateway, bridge: paneBridge, standaloneCheck: checkAndMark });
    const selfTest = gateway instanceof OfficeGateway ? officeSelfTest(gateway) : (window.__BUDGET_TEST_SELF_TEST__ ?? null);
    if (host.sharedRuntime) mount(gateway, officeStartupSetting(), selfTest);
    else mountWhenShown(gateway, selfTest);
  });
}

start();
