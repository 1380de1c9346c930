import { ECONOMIC_CLASSES, economicClassByName, economicClassCodes } from '../../../src/domain/forms/common/economicClasses';

describe('economicClassByName', () => {
  it('finds 类 and 款 codes by the names 预算公开表6 prints', () => {
    expect(economicClassByName('工资福利支出')).toBe('301');
    expect(economicClassByName('对个人和家庭的补助')).toBe('303');
    expect(economicClassByName('退休费', '303')).toBe('30302');
    expect(economicClassByName('其他社会保障缴费', '301')).toBe('30112');
    expect(economicClassByName('因公出国（境）费用', '302')).toBe('30212');
  });

  it('uses the class above to tell repeated names apart', () => {
    expect(economicClassByName('公务用车购置', '309')).toBe('30913');
    expect(economicClassByName('公务用车购置', '310')).toBe('31013');
    expect(economicClassByName('其他支出')).toBe('399');
    expect(economicClassByName('其他支出', '399')).toBe('39999');
    expect(economicClassByName('其他对企业补助', '312')).toBe('31299');
  });

  it('returns undefined for names outside the classification', () => {
    expect(economicClassByName('合计')).toBeUndefined();
    expect(economicClassByName('社会保险经办机构')).toBeUndefined();
  });

  it('codes are unique, 3 or 5 digits, and every 款 follows its 类', () => {
    const codes = ECONOMIC_CLASSES.map(([c]) => c);
    expect(new Set(codes).size).toBe(codes.length);
    let cls = '';
    for (const c of codes) {
      expect(c).toMatch(/^\d{3}(\d{2})?$/);
      if (c.length === 3) cls = c;
      else expect(c.slice(0, 3)).toBe(cls);
    }
    expect(economicClassCodes()).toEqual(['301', '302', '303', '307', '309', '310', '311', '312', '313', '399']);
  });
});
