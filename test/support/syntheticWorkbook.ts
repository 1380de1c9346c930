import Decimal from 'decimal.js';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { FUNCTION_CLASSES } from '../../src/domain/forms/common/functionClassLines';
import { seedPerformanceTables } from './seedPerformance';
import { seedTables, workbookFromBlocks } from './seedWorkbook';

/**
 * A budget workbook in the publication layout with `items` 项 rows spread over the 30 类, every
 * sum consistent (parents, totals, 表1/表4 class lines, 表5 = 表3, 表12 = 表3 项目支出), built on
 * seed 000's layout. Used by the benchmarks to grow a workbook 10× and 100× beyond the seeds.
 */
const cents = (n: number) => new Decimal(n).div(100).toFixed(2);

interface Item {
  code: string;
  basic: number;
  project: number;
}

export interface SyntheticOptions {
  /** One 项目支出绩效目标表 per 表12 project line (seed 000's layout), funds agreeing with 表12. */
  readonly performance?: boolean;
}

export function syntheticBudget(items: number, options: SyntheticOptions = {}): WorkbookSnapshot {
  const { blocks, projects } = syntheticBudgetParts(items);
  const performance = options.performance ? projects.map((it) => targetTable(`项目${it.code}`, it.project * 100)) : [];
  return workbookFromBlocks([...blocks, ...performance]);
}

/** The tables of syntheticBudget as blocks of tab-separated lines (seed 000's layout), without performance tables. */
export function syntheticBudgetTables(items: number): string[][] {
  return syntheticBudgetParts(items).blocks;
}

function syntheticBudgetParts(items: number): { blocks: string[][]; projects: Item[] } {
  const list: Item[] = [];
  for (let j = 0; j < items; j++) {
    const cls = FUNCTION_CLASSES[j % 30][0];
    const kuan = String((Math.floor(j / 30) % 99) + 1).padStart(2, '0');
    const xiang = String(Math.floor(j / (30 * 99)) + 1).padStart(2, '0');
    list.push({ code: `${cls}${kuan}${xiang}`, basic: ((j * 37) % 5000) + 100, project: (j * 53) % 9000 });
  }
  list.sort((a, b) => (a.code < b.code ? -1 : 1));
  const sums = new Map<string, { basic: number; project: number }>();
  const add = (code: string, it: Item) => {
    const s = sums.get(code) ?? { basic: 0, project: 0 };
    s.basic += it.basic;
    s.project += it.project;
    sums.set(code, s);
  };
  for (const it of list) {
    add(it.code.slice(0, 3), it);
    add(it.code.slice(0, 5), it);
    add(it.code, it);
  }
  const codes = [...sums.keys()].sort();
  const total = { basic: 0, project: 0 };
  for (const it of list) {
    total.basic += it.basic;
    total.project += it.project;
  }
  const all = total.basic + total.project;
  const name = (code: string) => (code.length === 3 ? FUNCTION_CLASSES.find(([c]) => c === code)![1] : `科目${code}`);
  const codedRows = (line: (code: string, s: { basic: number; project: number }) => string) => codes.map((c) => line(c, sums.get(c)!));

  const seed = seedTables('000');
  const byTitle = (word: string) => seed.findIndex((b) => b.slice(0, 2).some((l) => l.includes(word)));
  const head = (i: number, n: number) => seed[i].slice(0, n);
  const blocks = seed.map((b) => b.slice());

  // 表1 and 表4 print the same lines here: 一般公共预算 income, the totals and the 类 lines. 表4's second
  // 一、一般公共预算 line (under 上年财政拨款结转) stays blank.
  const twoSided = (block: string[]) =>
    block.map((l) => {
      const cells = l.split('\t');
      if (cells[0] === '一、一般公共预算' && cells[1] !== undefined && (cells[2] ?? '') !== '') cells[1] = cents(all);
      if (cells[0] === '本年收入合计' || cells[0] === '收入总计') {
        cells[1] = cents(all);
        cells[3] = cents(all);
        cells[4] = cents(all);
      }
      const cls = FUNCTION_CLASSES.find(([, n]) => cells[2]?.endsWith(`、${n}`));
      if (cls) {
        const s = sums.get(cls[0]);
        cells[3] = s ? cents(s.basic + s.project) : '';
        cells[4] = cells[3];
      }
      return cells.join('\t');
    });
  for (const word of ['预算收支总表', '财政拨款收支总表']) {
    const i = byTitle(word);
    blocks[i] = twoSided(seed[i]);
  }
  const t2 = byTitle('预算收入总表');
  blocks[t2] = [...head(t2, 5), `合计\t\t${cents(all)}\t${cents(all)}\t\t\t\t\t`, ...codedRows((c, s) => `${c}\t${name(c)}\t${cents(s.basic + s.project)}\t${cents(s.basic + s.project)}\t\t\t\t\t`)];
  for (const word of ['预算支出总表', '一般公共预算支出预算表']) {
    const i = byTitle(word);
    blocks[i] = [...head(i, 5), `合计\t\t${cents(all)}\t${cents(total.basic)}\t${cents(total.project)}`, ...codedRows((c, s) => `${c}\t${name(c)}\t${cents(s.basic + s.project)}\t${cents(s.basic)}\t${s.project ? cents(s.project) : ''}`)];
  }
  const t6 = byTitle('基本支出分经济科目表');
  const pub = 2313;
  blocks[t6] = [
    ...head(t6, 5),
    `合计\t\t${cents(total.basic)}\t${cents(total.basic - pub)}\t${cents(pub)}`,
    `工资福利支出\t\t${cents(total.basic - pub)}\t${cents(total.basic - pub)}\t`,
    `基本工资\t工资福利支出\t${cents(total.basic - pub)}\t${cents(total.basic - pub)}\t`,
    `商品和服务支出\t\t${cents(pub)}\t\t${cents(pub)}`,
    `办公费\t商品和服务支出\t${cents(pub)}\t\t${cents(pub)}`,
  ];
  const t12 = byTitle('项目支出预算表（本年预算）');
  blocks[t12] = [
    ...head(t12, 6),
    `汾阳市社会保险中心\t${cents(total.project)}\t${cents(total.project)}\t\t\t\t`,
    ...list.filter((it) => it.project > 0).map((it) => `项目${it.code}\t${cents(it.project)}\t${cents(it.project)}\t\t\t\t`),
  ];
  return { blocks, projects: list.filter((it) => it.project > 0) };
}

/** Seed 000's 单位长期聘用人员经费 table with another project's name and 年度资金 (元). */
function targetTable(name: string, yuan: number): string[] {
  const seed = seedPerformanceTables('000').find((b) => b.some((l) => l.includes('单位长期聘用人员经费')))!;
  const amount = yuan.toLocaleString('en-US');
  return seed.map((l) => l.replace('单位长期聘用人员经费', name).replace(/154,800|154800元/g, (m) => (m.endsWith('元') ? `${yuan}元` : amount)));
}
