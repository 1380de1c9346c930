import { supportsApi } from '../../excel/office/apiSupport';

/**
 * Whether Excel loads the add-in, hidden, whenever this workbook is opened (Office.addin startup behavior,
 * SharedRuntime 1.1; stored in the document). With it, 边输入边校验 is already running when the accountant
 * opens tomorrow's copy, before anyone opens the pane.
 */
export interface StartupSetting {
  loadsWithWorkbook(): Promise<boolean>;
  setLoadsWithWorkbook(load: boolean): Promise<void>;
}

/** The Office.js setting; null where Excel has no shared runtime (SharedRuntime 1.1). */
export function officeStartupSetting(): StartupSetting | null {
  if (!supportsApi('SharedRuntime', '1.1')) return null;
  return {
    loadsWithWorkbook: async () => (await Office.addin.getStartupBehavior()) === Office.StartupBehavior.load,
    setLoadsWithWorkbook: (load) => Office.addin.setStartupBehavior(load ? Office.StartupBehavior.load : Office.StartupBehavior.none),
  };
}
