import { recognize } from '../../../src/domain/recognition/recognize';
import { templateLayouts } from '../../../src/domain/template/templateLayouts';
import { layoutsWorkbook } from './layoutSnapshot';
it('dbg', () => {
  const { layouts } = templateLayouts({ kind: 'final', year: 2024, unit: 'X单位' });
  const r = recognize(layoutsWorkbook(layouts));
  for (const t of r.tables) {
    if (!['final-01','final-10'].includes(t.form.id)) continue;
    console.log(t.form.id, t.headerRows, t.bodyRows);
    t.panels.forEach(p => p.rows.forEach((row, i) => p.columns.forEach(c => { const a = c.key && p.amount(i, c.key); if (a && a.amount.state !== 'empty') console.log(p.key, row.name, c.key, a.address, a.amount.state, String(a.amount.value)); })));
  }
});
