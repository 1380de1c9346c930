import type { CellValue } from '../../../src/domain/workbook/snapshot';

/**
 * A small evaluator for the conditional-format formulas of the templates (ABS, ROUND, SUM, SUMPRODUCT,
 * LEN, COUNT, + - * /, comparisons, relative and $absolute references), so tests can check what
 * Excel would show: the formula is evaluated as Excel does for a cell of the rule's range,
 * relative references shifted from the range's top-left cell.
 */
type Value = number | string | boolean | Value[];

const colNo = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

export function evalRule(
  formula: string,
  grid: readonly (readonly CellValue[])[],
  topLeft: { row: number; col: number },
  at: { row: number; col: number },
): boolean | number | string {
  const dr = at.row - topLeft.row;
  const dc = at.col - topLeft.col;
  const tokens = formula.match(/"[^"]*"|\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|[A-Z]+(?=\()|\d+(?:\.\d+)?|<>|>=|<=|[-+*/(),<>=]/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const take = () => tokens[i++];

  const cell = (ref: string): { row: number; col: number } => {
    const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/.exec(ref)!;
    return { col: colNo(m[2]) + (m[1] ? 0 : dc), row: Number(m[4]) - 1 + (m[3] ? 0 : dr) };
  };
  const read = (row: number, col: number): Value => {
    const v = grid[row]?.[col] ?? null;
    if (v === null || typeof v === 'object') return '';
    return v as Value;
  };
  const num = (v: Value): number => {
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v === '') return 0;
    if (typeof v === 'string') throw new Error('#VALUE!');
    throw new Error('array in scalar context');
  };
  const lift = (a: Value, b: Value, f: (x: Value, y: Value) => Value): Value => {
    if (Array.isArray(a) || Array.isArray(b)) {
      const n = Array.isArray(a) ? a.length : (b as Value[]).length;
      return Array.from({ length: n }, (_, k) => f(Array.isArray(a) ? a[k] : a, Array.isArray(b) ? b[k] : b));
    }
    return f(a, b);
  };
  const flat = (v: Value): Value[] => (Array.isArray(v) ? v.flatMap(flat) : [v]);

  function primary(): Value {
    const t = take();
    if (t === '(') {
      const v = comparison();
      take();
      return v;
    }
    if (t === '-') return lift(primary(), 0, (x) => -num(x));
    if (t.startsWith('"')) return t.slice(1, -1);
    if (/^\d/.test(t)) return Number(t);
    if (/^[A-Z]+$/.test(t) && peek() === '(') {
      take();
      const args: Value[] = [];
      if (peek() !== ')') {
        args.push(comparison());
        while (peek() === ',') {
          take();
          args.push(comparison());
        }
      }
      take();
      switch (t) {
        case 'ABS':
          return lift(args[0], 0, (x) => Math.abs(num(x)));
        case 'ROUND':
          // Half away from zero, as Excel rounds; through the decimal text so 2.675 is not 2.67499….
          return lift(args[0], args[1], (x, d) => Math.sign(num(x)) * Number(`${Math.round(Number(`${Math.abs(num(x))}e${num(d)}`))}e-${num(d)}`));
        case 'LEN':
          return lift(args[0], 0, (x) => String(x).length);
        case 'SUM':
          return args.flatMap(flat).reduce<number>((s, x) => s + (typeof x === 'number' ? x : 0), 0);
        case 'COUNT':
          return args.flatMap(flat).filter((x) => typeof x === 'number').length;
        case 'SUMPRODUCT':
          return flat(args[0]).reduce<number>((s, x) => s + num(x), 0);
        default:
          throw new Error(`function ${t}`);
      }
    }
    const [a, b] = t.split(':');
    if (!b) {
      const c = cell(a);
      return read(c.row, c.col);
    }
    const s = cell(a);
    const e = cell(b);
    const out: Value[] = [];
    for (let r = s.row; r <= e.row; r++) for (let c = s.col; c <= e.col; c++) out.push(read(r, c));
    return out;
  }
  function product(): Value {
    let v = primary();
    while (peek() === '*' || peek() === '/') {
      const op = take();
      v = lift(v, primary(), (x, y) => (op === '*' ? num(x) * num(y) : num(x) / num(y)));
    }
    return v;
  }
  function sum(): Value {
    let v = product();
    while (peek() === '+' || peek() === '-') {
      const op = take();
      v = lift(v, product(), (x, y) => (op === '+' ? num(x) + num(y) : num(x) - num(y)));
    }
    return v;
  }
  function comparison(): Value {
    let v = sum();
    while (peek() && /^(<>|>=|<=|[<>=])$/.test(peek())) {
      const op = take();
      v = lift(v, sum(), (x, y) => {
        const [p, q] = typeof x === 'string' || typeof y === 'string' ? [String(x), String(y)] : [num(x), num(y)];
        return op === '>' ? p > q : op === '<' ? p < q : op === '>=' ? p >= q : op === '<=' ? p <= q : op === '=' ? p === q : p !== q;
      });
    }
    return v;
  }
  const result = comparison();
  if (i !== tokens.length) throw new Error(`unparsed: ${tokens.slice(i).join(' ')}`);
  return result as boolean | number | string;
}
