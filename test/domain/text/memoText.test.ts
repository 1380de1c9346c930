import { memoText } from '../../../src/domain/text/memoText';
import { normalizeWidth } from '../../../src/domain/money/amount';

describe('memoText', () => {
  it('computes each text once while it is remembered, and forgets all past its limit', () => {
    const calls: string[] = [];
    const upper = memoText((s) => (calls.push(s), s.toUpperCase()), 2);
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    upper('c'); // the third distinct text: the memory starts afresh
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('normalizeWidth (one pass)', () => {
  it('folds what accountants paste from full-width input and PDFs', () => {
    expect(normalizeWidth('２，９１１．０６')).toBe('2,911.06');
    expect(normalizeWidth('－１２。５、（３）＋')).toBe('-12.5,(3)+');
    expect(normalizeWidth('\u30002911.06\u00a0\u200b\ufeff')).toBe(' 2911.06   ');
    expect(normalizeWidth('社会保障和就业支出 208')).toBe('社会保障和就业支出 208');
  });
});
