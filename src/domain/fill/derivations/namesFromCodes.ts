import { isEntryName } from '../../catalog/builtinCatalog';
import type { FillContext } from '../fillContext';
import { PanelView } from '../panelView';
import { codedPanels } from '../../recognition/codedPanels';

/**
 * A coded row with a code and no name gets the catalog's name for the year. A printed name the
 * catalog knows (or knows as an alias) is left as it is; a differing one becomes a conflict, so
 * the user decides.
 */
export function namesFromCodes(ctx: FillContext): void {
  for (const { table, def, classification, byName } of codedPanels(ctx.recognition.tables)) {
    if (byName) continue;
    const view = new PanelView(ctx, table, def.key);
    const nameCol = view.col('name');
    if (nameCol === undefined || view.col('code') === undefined) continue;
    for (const r of view.codedRows()) {
      if (r.planned || !r.code) continue;
      const entry = ctx.catalog.lookup(classification, r.code);
      const current = ctx.value(table.sheet, r.row, nameCol);
      const blank = current === null || (typeof current === 'string' && current.trim() === '');
      if (!entry) {
        if (blank) {
          ctx.note('info', table, `${ctx.nameOf(table)} 科目编码 ${r.code} 不在${ctx.catalog.source}中，名称未填写：请填写科目名称或导入本年科目表`, {
            row: r.row,
            col: nameCol,
            code: r.code,
            name: '',
          });
        }
        continue;
      }
      if (!blank && isEntryName(entry, String(current))) continue;
      const target = view.place(r, 'name');
      const because = `${ctx.catalog.year}年${ctx.catalog.source}`;
      ctx.setText(table.sheet, r.row, nameCol, entry.name, `科目名称取自${because}（${r.code}）`, { ...(target ? { target } : {}), because });
    }
  }
}
