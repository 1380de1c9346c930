import type { PanelDef } from '../forms/formTypes';
import type { RecognizedPanel, RecognizedTable } from './recognizedTable';

/** A recognised panel whose rows are subjects by code (类/款/项), with what its form says of them. */
export interface CodedPanel {
  readonly table: RecognizedTable;
  readonly def: PanelDef;
  readonly panel: RecognizedPanel;
  /** Which classification the codes belong to: 支出功能分类, 经济分类 or 收入分类. */
  readonly classification: 'function' | 'economic' | 'income';
  /** The table prints names without codes (预算公开表6): codes come from the catalog's names. */
  readonly byName: boolean;
}

/** Every coded panel of the recognised tables, in table and panel order (the checks and fill walk these). */
export function codedPanels(tables: readonly RecognizedTable[]): CodedPanel[] {
  const out: CodedPanel[] = [];
  for (const table of tables) {
    table.form.panels.forEach((def, p) => {
      if (def.rows.mode !== 'coded') return;
      out.push({ table, def, panel: table.panels[p], classification: def.rows.classification, byName: def.rows.byName === true });
    });
  }
  return out;
}
