import * as fs from 'fs';
import { seedWorkbook } from '../../support/seedWorkbook';
import { recognize } from '../../../src/domain/recognition/recognize';
test('dump', () => {
  for (const id of ['000', '001', '002', '004'] as const) {
    const rec = recognize(seedWorkbook(id));
    const out: string[] = [`kind=${rec.kind} year=${rec.year} unit=${rec.unit}`];
    for (const t of rec.tables) {
      out.push(`== T${t.no} ${t.form.id} ${t.sheet} "${t.title}" empty=${t.empty}`);
      for (const p of t.panels) {
        out.push(` panel ${p.key} cols=${p.columns.map((c) => c.key + ':' + c.label).join(',')}`);
        p.rows.forEach((r, i) => {
          const vals = p.columns.filter((c) => c.key).map((c) => { const a = p.amount(i, c.key!); return a && a.amount.value ? `${c.key}=${a.amount.value.toFixed(2)}@${a.address}` : ''; }).filter(Boolean);
          out.push(`  [${i}] key=${r.key} code=${r.code} lvl=${r.level} ${r.name} ${vals.join(' ')}`);
        });
      }
    }
    fs.writeFileSync(`/tmp/narr/${id}.txt`, out.join('\n'));
  }
});
