/**
 * Whether Excel loads the add-in, hidden, whenever this workbook is opened (Office.addin startup behavior,
 * SharedRuntime 1.1; stored in the document). With it, 边输入边校验 is already running when the accountant
 * opens tomorrow's copy, before anyone opens the pane.
 */
export interface StartupSetting {
  loadsWithWorkbook(): Promise<boolean>;
  setLoadsWithWorkbook(load: boolean): Promise<void>;
}

/** The Office.js setting; only meaningful in a shared runtime (the caller passes null elsewhere). */
export function officeStartupSetting(): StartupSetting {
  return {
    loadsWithWorkbook: async () => (await Office.addin.getStartupBehavior()) === Office.StartupBehavior.load,
    setLoadsWithWorkbook: (load) => Office.addin.setStartupBehavior(load ? Office.StartupBehavior.load : Office.StartupBehavior.none),
  };
}
