import { seedWorkbook } from '../../support/seedWorkbook';
import { recognize } from '../../../src/domain/recognition/recognize';
import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import * as fs from 'fs';
it('dump', () => {
  let out = '';
  for (const id of ['000', '001', '002', '004'] as const) {
    const wb = seedWorkbook(id);
    const rec = recognize(wb);
    out += `=== seed ${id} kind ${rec.kind} year ${rec.year}\n`;
    for (const t of rec.tables) {
      if (t.no > 5) continue;
      out += `--- table ${t.no} ${t.sheet} ${t.range} body ${t.bodyRows.first}-${t.bodyRows.last}\n`;
      const sh = wb.sheets.find((s) => s.name === t.sheet)!;
      sh.values.forEach((r, i) => { out += `${i}: ${JSON.stringify(r)}\n`; });
      for (const p of t.panels) {
        out += ` panel ${p.key} cols ${p.columns.map((c) => `${c.key}@${c.col}`).join(' ')}\n`;
        p.rows.forEach((r) => { out += `  r${r.row} key=${r.key} code=${r.code} lvl=${r.level} ${r.name}\n`; });
      }
    }
    const res = checkWorkbook(wb);
    out += `findings: ${res.findings.length}\n` + res.findings.map((f) => `  ${f.severity} ${f.rule} t${f.table} ${f.cell} ${f.message}`).join('\n') + '\n';
  }
  fs.writeFileSync('/tmp/fill-dump.txt', out);
});
