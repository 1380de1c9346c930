import { PROFILES, profileForms } from '../../../src/domain/profiles';
import { PROFILE_CHOICES } from '../../../src/domain/profiles/choices';
import { recognize } from '../../../src/domain/recognition/recognize';
import { templateLayouts } from '../../../src/domain/template/templateLayouts';
import { ALL_FORMS } from '../../../src/domain/forms/registry';
import { layoutsWorkbook } from '../template/layoutSnapshot';

/** Issue 15 item 1 and 6: profiles as data; each one's template comes back as that profile. */
describe('profiles', () => {
  it('ships shanxi-budget-13, shanxi-final-10, national-final-9 and national-budget-9; the pane lists exactly these', () => {
    expect(PROFILES.map((p) => p.id).sort()).toEqual(['national-budget-9', 'national-final-9', 'shanxi-budget-13', 'shanxi-final-10']);
    expect(PROFILE_CHOICES.map((c) => [c.id, c.kind, c.name]).sort()).toEqual(PROFILES.map((p) => [p.id, p.kind, p.name]).sort());
    expect(PROFILES.map((p) => p.forms.length)).toEqual([13, 10, 9, 9]);
  });

  it('form ids are unique across profiles; every relation names forms of its own profile', () => {
    expect(new Set(ALL_FORMS.map((f) => f.id)).size).toBe(ALL_FORMS.length);
    for (const p of PROFILES) {
      const ids = new Set(profileForms(p).map((f) => f.id));
      for (const r of p.relations) {
        const named = r.mode === 'cells' ? [...r.left, ...r.right].map((x) => x.form) : [r.left.form, r.right.form];
        for (const id of named) expect([p.id, r.id, ids.has(id)]).toEqual([p.id, r.id, true]);
      }
    }
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))('%s: its blank template is recognised as itself, every table, from the titles alone', (_id, profile) => {
    const { layouts, metadata } = templateLayouts({ kind: profile.kind, year: 2024, unit: '某某局', profile: profile.id });
    expect(metadata.profile).toBe(profile.id);
    // Without the metadata the titles (and label lines) must say it.
    const r = recognize(layoutsWorkbook(layouts));
    expect(r.profile.id).toBe(profile.id);
    expect(r.tables.map((t) => t.form.id)).toEqual(profile.forms.map((f) => f.id));
  });
});

describe('templates of the other profiles', () => {
  it('national-budget-9 writes 单位：元 and no label lines; its blank template reads back in 元', () => {
    const { layouts } = templateLayouts({ kind: 'budget', year: 2025, unit: '某某局', profile: 'national-budget-9' });
    const t1 = layouts[1];
    expect(t1.cells.some((c) => c.value === '单位：元')).toBe(true);
    expect(t1.cells.some((c) => c.value === '表1')).toBe(false);
    expect(recognize(layoutsWorkbook(layouts)).tables.every((t) => t.amountUnit === '元' && t.amountUnitStated)).toBe(true);
  });
});
