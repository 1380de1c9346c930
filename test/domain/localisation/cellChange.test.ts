import Decimal from 'decimal.js';
import { ANY, likeliestChange, likelyChanges, type Range } from '../../../src/domain/localisation/cellChange';

const range = (lo: string, hi: string): Range => ({ lo: new Decimal(lo), hi: new Decimal(hi) });
const likeliest = (r: Range) => likeliestChange(r)?.toFixed(2) ?? null;

/** Which change within the rounding range a mistyped figure most likely underwent. */
describe('likelyChanges', () => {
  it('prefers the change a mistyped digit makes: a digit times a power of ten', () => {
    expect(likeliest(range('-7.01', '-6.99'))).toBe('-7.00');
    expect(likeliest(range('0.49', '0.515'))).toBe('0.50');
    expect(likeliest(range('-10.2', '-9.8'))).toBe('-10.00');
    // A transposition (2,406.09 for 2,460.09) is a round change too.
    expect(likeliest(range('53.985', '54.015'))).toBe('54.00');
  });

  it('among equally round changes, the one nearest the middle of the range', () => {
    expect(likeliest(range('0.356', '0.379'))).toBe('0.37');
    expect(likelyChanges(range('0.356', '0.379')).map((d) => d.toFixed(2))).toEqual(['0.37', '0.36']);
  });

  it('a range narrower than a cent (no rounding allowance) keeps its exact point', () => {
    expect(likelyChanges(range('3.005', '3.005')).map(String)).toEqual(['3.005']);
    expect(likelyChanges(range('3.004', '3.006'))).toEqual([]);
  });

  it('a wide range offers its roundest values only', () => {
    const wide = likelyChanges(range('-1234.56', '4321.09'));
    expect(wide.map((d) => d.toFixed(2))).toEqual(['0.00']);
  });

  it('nothing from an unbounded or empty range', () => {
    expect(likelyChanges(ANY)).toEqual([]);
    expect(likelyChanges(range('1', '0'))).toEqual([]);
  });
});
