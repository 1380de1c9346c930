import { seedWorkbook } from '../../support/seedWorkbook';
import { recognize } from '../../../src/domain/recognition/recognize';
import { planFill } from '../../../src/domain/fill/planFill';
import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { blankTables } from './blankTables';
import * as fs from 'fs';
it('scratch', () => {
  let out = '';
  for (const id of ['000', '001', '004'] as const) {
    const wb = blankTables(seedWorkbook(id), [1, 4, 5]);
    const rec = recognize(wb);
    const plan = planFill(wb, rec, builtinCatalog(rec.year ?? 2025));
    out += `=== ${id}\n` + JSON.stringify(plan, null, 0).replace(/\},\{/g, '},\n{') + '\n';
  }
  fs.writeFileSync('/tmp/fill-plan.txt', out);
});
