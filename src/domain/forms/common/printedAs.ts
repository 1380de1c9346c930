import type { ColumnDef, FixedRowDef, FormDef, PanelDef, RowsDef } from '../formTypes';

/**
 * A form another region prints with the same lines and columns under its own number and name:
 * the definition with a new id, number and label, and optionally without 行次 (the national
 * 决算 tables print none) and with its amount columns headed 决算数.
 */
export function printedAs(
  form: FormDef,
  as: { id: string; no: number; label: string; printsLabel?: boolean; noLineNumbers?: boolean; amountHeader?: string; sheetName?: string },
): FormDef {
  const panels = as.noLineNumbers ? form.panels.map(withoutLineNo) : form.panels;
  const headed = as.amountHeader ? panels.map((p) => renameAmountHeader(p, as.amountHeader!)) : panels;
  const { columnNumbers: _numbers, labelVariants: _variants, ...rest } = form;
  return {
    ...rest,
    ...(as.noLineNumbers ? {} : form.columnNumbers ? { columnNumbers: form.columnNumbers } : {}),
    id: as.id,
    sameAs: form.sameAs ?? form.id,
    no: as.no,
    label: as.label,
    ...(as.printsLabel === false ? { printsLabel: false } : {}),
    sheetName: as.sheetName ?? form.sheetName.replace(form.label, as.label),
    panels: headed,
  };
}

function withoutLineNo(p: PanelDef): PanelDef {
  const rows: RowsDef =
    p.rows.mode === 'fixed' ? { mode: 'fixed', rows: p.rows.rows.map(({ lineNo: _l, ...r }): FixedRowDef => r) } : p.rows;
  return { ...p, columns: p.columns.filter((c) => c.type !== 'lineNo'), rows };
}

/** "金额" → "决算数" in the lowest header, the old word kept as an alias for recognition. */
function renameAmountHeader(p: PanelDef, header: string): PanelDef {
  const columns = p.columns.map((c): ColumnDef => {
    const low = c.header[c.header.length - 1];
    if (c.type !== 'amount' || low !== '金额') return c;
    return { ...c, header: [...c.header.slice(0, -1), header], aliases: [...(c.aliases ?? []).filter((a) => a !== header), low] };
  });
  return { ...p, columns };
}
