import * as fs from 'fs';
import * as path from 'path';

// scripts/ are plain Node (run by .ci/run without a build); their types are declared beside them.
import { checkApiSets, sourceFiles } from '../../scripts/check-api-sets';

const FIXTURES = path.join(__dirname, 'fixtures');
const fixture = (name: string) => path.join(FIXTURES, name);

/** The `// expect: Member` marks of a fixture, as "file:line member". */
function expected(file: string): string[] {
  const rel = path.relative(path.resolve(__dirname, '..', '..'), file).split(path.sep).join('/');
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => [...line.matchAll(/expect: ([\w.]+)/g)].map((m) => `${rel}:${i + 1} ${m[1]}`));
}

jest.setTimeout(600000);

describe('scripts/check-api-sets.js (the type checker resolves every Office.js member to its [Api set] note)', () => {
  // One program for the source and the fixtures: building it takes most of the time.
  const result = checkApiSets({ files: [...sourceFiles(), fixture('selectionGuardedFor19.ts'), fixture('guardForms.ts')] });
  const violationsIn = (file: string) =>
    result.violations.filter((v) => v.where.startsWith(path.relative(path.resolve(__dirname, '..', '..'), file).split(path.sep).join('/') + ':')).map((v) => `${v.where} ${v.member}`);

  it('would have caught RangeAreas.select (ExcelApi 1.18) behind the 1.9 check src/excel used to have', () => {
    const file = fixture('selectionGuardedFor19.ts');
    expect(violationsIn(file)).toEqual(expected(file));
    const v = result.violations.find((x) => x.member === 'Excel.RangeAreas.select')!;
    expect(v.message).toMatch(/needs ExcelApi 1\.18 \(manifest: ExcelApi 1\.7\) but is guarded only for ExcelApi 1\.9/);
  });

  it('accepts if, ?:, &&, a const guard, the else of a negated guard and an early return; rejects what is outside or under a lower guard, and undo-clearing APIs', () => {
    const file = fixture('guardForms.ts');
    expect(violationsIn(file)).toEqual(expected(file));
  });

  it('src/ has no violation, and every use above ExcelApi 1.7 there is guarded for its own set', () => {
    const src = result.violations.filter((v) => v.where.startsWith('src/'));
    expect(src).toEqual([]);
    const above = result.uses.filter((u) => u.where.startsWith('src/') && u.guardedBy);
    // The members this product relies on beyond the manifest's minimum are seen (and guarded).
    const members = new Set(above.map((u) => u.member));
    for (const m of ['Excel.Worksheet.getRanges', 'Excel.RangeAreas.select', 'Excel.WorksheetChangedEventArgs.triggerSource', 'Excel.RunOptions.mergeUndoGroup', 'Office.Addin.showAsTaskpane']) {
      expect(members).toContain(m);
    }
  });
});
