import { supportsApi } from './apiSupport';

/**
 * The part of Office.js outside Excel.run that 自检 asks about: diagnostics, the requirement sets, the
 * dialog and the shared runtime. Tests pass a fake (test/support/fakeOfficeContext.ts).
 */
export interface OfficeContextProbe {
  /** Office.context.diagnostics: host, platform ("PC", "Mac", "OfficeOnline", …) and Office's version. */
  diagnostics(): { readonly host?: string; readonly platform?: string; readonly version?: string };
  /** The pane's web view (navigator.userAgent), where there is one. */
  readonly webView?: string;
  /** isSetSupported for the report's list of sets (any set, any version). Not a guard: see apiSupport.ts. */
  isSetSupported(set: string, version: string): boolean;
  /** Opens a dialog and closes it as soon as it is open. Callers ask only where DialogApi 1.1 exists. */
  openAndCloseDialog(): Promise<DialogProbeResult>;
  /** Office.addin.getStartupBehavior ("Load" or "None"). Callers ask only where SharedRuntime 1.1 exists. */
  startupBehavior(): Promise<string>;
}

export type DialogProbeResult = { readonly opened: true } | { readonly opened: false; readonly code: string; readonly message: string };

/** How long a dialog may take to open before the probe gives up. */
const DIALOG_WAIT_MS = 15000;

/** What the dialog error codes of Office.context.ui.displayDialogAsync mean, in Chinese. */
const DIALOG_ERRORS: Readonly<Record<number, string>> = {
  12002: '对话框页面不存在或无法打开。请联系 IT 支持人员检查加载项服务器。',
  12003: '对话框页面不是 HTTPS 地址。请联系 IT 支持人员改用 HTTPS 部署加载项。',
  12004: '对话框页面的域名不受信任。请联系 IT 支持人员检查清单中的地址。',
  12005: '对话框页面不是 HTTPS 地址。请联系 IT 支持人员改用 HTTPS 部署加载项。',
  12007: '已有一个本加载项的对话框打开着。请先关闭它，再试一次。',
  12009: '对话框被拒绝或忽略了。',
  12011: '浏览器的设置阻止了弹出窗口。请在浏览器中允许本网站弹出窗口，再试一次。',
};

/** The real host's answers; `dialogUrl` is a page of the add-in's own origin (the ribbon's result dialog). */
export function officeContextProbe(dialogUrl: string): OfficeContextProbe {
  return {
    diagnostics() {
      try {
        const d = Office.context.diagnostics;
        return { host: String(d.host), platform: String(d.platform), version: d.version };
      } catch {
        return {};
      }
    },
    webView: typeof navigator !== 'undefined' ? navigator.userAgent : undefined,
    isSetSupported(set, version) {
      try {
        return Office.context.requirements.isSetSupported(set, version);
      } catch {
        return false;
      }
    },
    openAndCloseDialog() {
      if (!supportsApi('DialogApi', '1.1')) return Promise.resolve({ opened: false, code: 'DialogApi', message: '此 Excel 没有 DialogApi 1.1。' });
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve({ opened: false, code: 'Timeout', message: `对话框在 ${DIALOG_WAIT_MS / 1000} 秒内没有打开。` }), DIALOG_WAIT_MS);
        try {
          // displayInIframe: on the web no pop-up window (nothing for a pop-up blocker to stop); the desktop ignores it.
          Office.context.ui.displayDialogAsync(dialogUrl, { height: 25, width: 30, displayInIframe: true }, (r) => {
            clearTimeout(timer);
            if (r.status === Office.AsyncResultStatus.Succeeded) {
              r.value.close();
              resolve({ opened: true });
            } else {
              const code = r.error?.code ?? 0;
              resolve({ opened: false, code: String(code), message: DIALOG_ERRORS[code] ?? r.error?.message ?? '对话框没有打开。' });
            }
          });
        } catch (e) {
          clearTimeout(timer);
          resolve({ opened: false, code: 'Exception', message: e instanceof Error ? e.message : String(e) });
        }
      });
    },
    async startupBehavior() {
      if (!supportsApi('SharedRuntime', '1.1')) return '（不支持）';
      return String(await Office.addin.getStartupBehavior());
    },
  };
}
