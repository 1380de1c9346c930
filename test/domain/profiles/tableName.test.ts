import { PROFILES } from '../../../src/domain/profiles';
import { PROFILE_CHOICES } from '../../../src/domain/profiles/choices';
import { numberedAsTables, shortTableName } from '../../../src/domain/profiles/tableName';

/** One short name for a table in the CLI's report and the pane (issue 15 follow-up). */
describe('short table names', () => {
  it('knows, without loading the forms, which sets print 表N: exactly those whose every form is labelled so', () => {
    for (const p of PROFILES) expect([p.id, numberedAsTables(p.id)]).toEqual([p.id, p.forms.every((f) => /^表\d+$/.test(f.label))]);
    expect(PROFILE_CHOICES.filter((c) => c.numberedAsTables).map((c) => c.id).sort()).toEqual(['national-budget-9', 'national-final-9']);
  });

  it('names 表3, 公开03表, and 表3 in the national 决算 and 预算 sets', () => {
    expect(shortTableName({ kind: 'budget', profile: 'shanxi-budget-13' }, 3)).toBe('表3');
    expect(shortTableName({ kind: 'final', profile: 'shanxi-final-10' }, 3)).toBe('公开03表');
    expect(shortTableName({ kind: 'final', profile: 'national-final-9' }, 3)).toBe('表3');
    expect(shortTableName({ kind: 'budget', profile: 'national-budget-9' }, 7)).toBe('表7');
    // Unknown or absent set: the kind's wording.
    expect(shortTableName({ kind: 'final' }, 10)).toBe('公开10表');
    expect(shortTableName({ kind: 'final', profile: 'no-such-set' }, 1)).toBe('公开01表');
  });
});
