import { seedWorkbook } from '../../support/seedWorkbook';
import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
test('explore', () => {
  for (const id of (process.env.SEEDS ?? '000').split(',') as ('000')[]) {
    const r = checkWorkbook(seedWorkbook(id));
    const lines = [`${id} kind=${r.recognition.kind} year=${r.recognition.year} unit=${r.recognition.unit}`];
    for (const t of r.recognition.tables) lines.push(`  T${t.no} ${t.sheet} ${t.range} empty=${t.empty} note=${t.noDataNote?.address} rows=${t.panels.map(p => p.key + ':' + p.rows.length + '[' + p.columns.map(c => c.key ?? '?' + c.label).join(',') + ']').join(' ')}`);
    for (const u of r.recognition.unrecognized) lines.push(`  UNREC ${u.sheet} ${u.title}`);
    for (const f of r.findings) lines.push(`  ${f.severity} ${f.rule} T${f.table} ${f.cell} ${f.message}`);
    console.log(lines.join('\n'));
  }
});
