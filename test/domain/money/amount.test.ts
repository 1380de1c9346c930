import Decimal from 'decimal.js';
import { decimalFromNumber, parseAmount, plain } from '../../../src/domain/money/amount';
import { formatPercent, formatWan } from '../../../src/domain/money/format';
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

describe('amounts beyond any disclosure (issue 12 item 3)', () => {
  it.each([1.7976931348623157e308, -1.7976931348623157e308, 1e15, -1e15, Infinity, NaN, '1000000000000000', '99999999999999999999.99'])(
    '%s is unreadable, too large to be an amount, and its text never says Infinity or NaN',
    (v) => {
      const a = parseAmount(v);
      expect(a).toMatchObject({ state: 'invalid', value: null, tooLarge: true });
      expect(a.raw).not.toMatch(/Infinity|NaN/);
    },
  );

  it('keeps the largest amount a disclosure can hold', () => {
    expect(parseAmount(999999999999999.9).state).toBe('amount');
    expect(parseAmount('999,999,999,999,999.99').value!.toFixed(2)).toBe('999999999999999.99');
  });

  it('reads the largest double without rounding it up to Infinity', () => {
    expect(decimalFromNumber(Number.MAX_VALUE).isFinite()).toBe(true);
    expect(decimalFromNumber(2911.0600000000004).toString()).toBe('2911.06');
  });

  it('never formats a value that is not finite as Infinity, NaN or undefined', () => {
    for (const d of [new Decimal(Infinity), new Decimal(-Infinity), new Decimal(NaN)]) {
      expect([formatWan(d), formatPercent(d), plain(d)].join(' ')).not.toMatch(/Infinity|NaN|undefined/);
    }
  });
});
