import Decimal from 'decimal.js';
import { parseAmount, plain } from '../../../src/domain/money/amount';
import { formatWan } from '../../../src/domain/money/format';
import { sharesOfWhole } from '../../../src/domain/money/shares';

describe('parseAmount reads amounts as accountants type and paste them', () => {
  const cases: [unknown, string, string | null][] = [
    [2911.06, 'amount', '2911.06'],
    [2911.0600000000004, 'amount', '2911.06'],
    ['2,911.06', 'amount', '2911.06'],
    [' 2911.06 ', 'amount', '2911.06'],
    ['２９１１．０６', 'amount', '2911.06'],
    ['2911.06万元', 'amount', '2911.06'],
    ['２，９１１．０６ 万元', 'amount', '2911.06'],
    ['(12.50)', 'amount', '-12.50'],
    ['-0.01', 'amount', '-0.01'],
    ['－', 'na', null],
    ['—', 'na', null],
    ['—————', 'na', null],
    ['-', 'na', null],
    ['', 'empty', null],
    [null, 'empty', null],
    [{ error: '#REF!' }, 'error', null],
    ['#VALUE!', 'error', null],
    ['约300', 'invalid', null],
    ['12.5.3', 'invalid', null],
    [true, 'invalid', null],
  ];
  test.each(cases)('%p → %s %s', (input, state, value) => {
    const a = parseAmount(input as never);
    expect(a.state).toBe(state);
    expect(a.value === null ? null : plain(a.value)).toBe(value);
  });

  test('text numbers are flagged as text', () => {
    expect(parseAmount('2,911.06').asText).toBe(true);
    expect(parseAmount(2911.06).asText).toBe(false);
  });
});

describe('formatWan prints amounts as the published documents do', () => {
  test.each([
    ['2911.06', '2,911.06'],
    ['41670.92', '41,670.92'],
    ['0', '0'],
    ['5', '5.00'],
    ['1234567.891', '1,234,567.89'],
  ])('%s → %s', (v, s) => expect(formatWan(new Decimal(v))).toBe(s));
});

describe('sharesOfWhole adds up to exactly 100.00', () => {
  test('000 一般公共预算 structure: published 98.19 + 0.59 + 1.23 = 100.01 becomes 100.00', () => {
    const s = sharesOfWhole(['2858.26', '17.11', '35.69'].map((x) => new Decimal(x)));
    const total = s.reduce((a, b) => a.plus(b), new Decimal(0));
    expect(total.toFixed(2)).toBe('100.00');
    expect(s.map((x) => x.toFixed(2))).toEqual(['98.19', '0.59', '1.22']);
  });
  test('zero parts stay zero and a zero whole gives zeros', () => {
    expect(sharesOfWhole([new Decimal(5), new Decimal(0)]).map((x) => x.toFixed(2))).toEqual(['100.00', '0.00']);
    expect(sharesOfWhole([new Decimal(0), new Decimal(0)]).map((x) => x.toFixed(2))).toEqual(['0.00', '0.00']);
  });
});
