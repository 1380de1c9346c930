import type { WorkbookGateway } from '../excel/workbookGateway';
import type { CheckSummary } from '../taskpane/check/checkMessages';
import type { PaneBridge } from '../taskpane/paneBridge';
import { errorText } from '../taskpane/shared/errorText';
import { ribbonMessage } from './ribbonMessage';

/** The parts of Office the ribbon commands use, behind an interface so tests can stand in for Excel. */
export interface RibbonHost {
  /** True when the pane and the commands share one runtime (SharedRuntime 1.1 and <Runtimes> in the manifest). */
  readonly sharedRuntime: boolean;
  /** Office.actions.associate: binds a manifest FunctionName to its handler. */
  associate(name: string, handler: (event: CommandEvent) => void): void;
  /** Office.addin.showAsTaskpane (shared runtime only). */
  showPane(): Promise<void>;
  /** A small dialog with the text (Excel has no notification bar for add-in commands). */
  showMessage(text: string): Promise<void>;
}

/** Office.AddinCommands.Event, as far as a command needs it. */
export interface CommandEvent {
  completed(): void;
}

export interface RibbonDeps {
  readonly host: RibbonHost;
  readonly gateway: WorkbookGateway;
  readonly bridge: PaneBridge;
  /** A whole check with its marks, without the pane (src/taskpane/check/checkAndMark.ts). */
  readonly standaloneCheck: (gateway: WorkbookGateway) => Promise<CheckSummary>;
  /** How long to wait for the pane to mount when Excel started the page for the command (default 8 s). */
  readonly paneWaitMs?: number;
}

/** What one press of 校验 did, for tests and for the caller's logging. */
export interface RibbonOutcome {
  readonly summary: CheckSummary | null;
  /** Whose check ran: the pane's (shared runtime) or the command's own. */
  readonly ranIn: 'pane' | 'command' | null;
  readonly paneShown: boolean;
  /** The dialog text, or null when the opened pane shows the result instead. */
  readonly message: string | null;
}

/** Registers the manifest's ExecuteFunction commands (FunctionName runValidation). */
export function registerRibbonCommands(deps: RibbonDeps): void {
  deps.host.associate('runValidation', (event) => {
    void runValidation(deps).finally(() => event.completed());
  });
}

/**
 * The ribbon's 校验: a full check with marks, with the pane open or closed. With a shared runtime it is the
 * pane's own check (its list, its queue), and on errors the pane opens at 校验 to show them. Without one,
 * this page was loaded just for the command: it checks on its own and says the counts in a dialog.
 */
export async function runValidation(deps: RibbonDeps): Promise<RibbonOutcome> {
  const { host, bridge } = deps;
  let summary: CheckSummary;
  let ranIn: RibbonOutcome['ranIn'];
  try {
    const paneCheck = host.sharedRuntime ? await bridge.whenConnected(deps.paneWaitMs ?? 8000) : null;
    if (paneCheck) {
      summary = await paneCheck();
      ranIn = 'pane';
    } else {
      summary = await deps.standaloneCheck(deps.gateway);
      ranIn = 'command';
    }
  } catch (e) {
    const message = `校验失败：${errorText(e)}`;
    await host.showMessage(message);
    return { summary: null, ranIn: null, paneShown: false, message };
  }
  const errors = summary.findings.some((f) => f.severity === 'error');
  if (errors && host.sharedRuntime) {
    bridge.showCheckTab();
    try {
      await host.showPane();
      // The pane's 校验 tab now lists the errors: a dialog on top would only hide it.
      return { summary, ranIn, paneShown: true, message: null };
    } catch {
      // Not fatal: the dialog below still gives the counts.
    }
  }
  const message = ribbonMessage(summary);
  await host.showMessage(message);
  return { summary, ranIn, paneShown: false, message };
}
