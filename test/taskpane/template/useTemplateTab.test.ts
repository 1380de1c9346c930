import { PROFILE_CHOICES } from '../../../src/domain/profiles/choices';
import { profileForKind, validYear } from '../../../src/taskpane/template/useTemplateTab';

describe('模板 form rules', () => {
  it('accepts four-digit years from 2000 to 2100 only', () => {
    expect(['2000', '2025', '2100'].filter(validYear)).toEqual(['2000', '2025', '2100']);
    expect(['1999', '2101', '25', '2025 ', '２０２５', '', '2025.0'].filter(validYear)).toEqual([]);
  });

  it('keeps the chosen 表套 when it is of the kind, and otherwise offers the kind’s first', () => {
    const budget = PROFILE_CHOICES.filter((p) => p.kind === 'budget');
    const final = PROFILE_CHOICES.filter((p) => p.kind === 'final');
    expect(final.length).toBeGreaterThan(1);
    expect(profileForKind('final', final[1].id)).toBe(final[1].id);
    expect(profileForKind('final', budget[0].id)).toBe(final[0].id);
    expect(profileForKind('budget', final[1].id)).toBe(budget[0].id);
  });
});
