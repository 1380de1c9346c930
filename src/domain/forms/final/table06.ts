import type { CellSelector, ColumnDef, FixedRowDef, FormDef } from '../formTypes';
import { ECONOMIC_CLASSES } from '../common/economicClasses';
import { spacers } from '../common/functionClassLines';

/**
 * 公开06表 一般公共预算财政拨款基本支出决算明细表. Four (科目代码, 科目名称, 决算数) triples side by side,
 * modelled as four panels with fixed rows keyed `e-<code>` (e-301, e-30101 …): 'personnel' (301 and
 * 303 under 人员经费) and 'public-1' … 'public-3' (302; 307, 309, 310 to 31010; 31011 to 399 under
 * 公用经费). Every panel has 28 body lines and one total line, so the panels end on the same row.
 * 310 资本性支出 runs over from public-2 into public-3 and 公用经费合计 adds groups from three
 * panels: those two sums are `crossPanelSums`.
 */

const PANEL_STARTS: readonly (readonly [panel: string, firstCode: string])[] = [
  ['personnel', '301'],
  ['public-1', '302'],
  ['public-2', '307'],
  ['public-3', '31011'],
];

/** 基本支出 never uses the 基本建设 groups: the seed prints "—" in their amount cells. */
const NOT_APPLICABLE_CLASSES = ['309', '311'];

/** The published order puts 303 right after 301 (人员经费) and 302 first among 公用经费. */
function ordered(): (readonly [string, string])[] {
  const group = (cls: string) => ECONOMIC_CLASSES.filter(([c]) => c.startsWith(cls));
  const rest = ECONOMIC_CLASSES.filter(([c]) => !['301', '302', '303'].includes(c.slice(0, 3)));
  return [...group('301'), ...group('303'), ...group('302'), ...rest];
}

function line([code, name]: readonly [string, string]): FixedRowDef {
  const alt = name.replace(/\(/g, '（').replace(/\)/g, '）');
  const aliasesList = alt !== name ? [alt] : [];
  return {
    key: `e-${code}`,
    label: name,
    code,
    ...(aliasesList.length ? { aliases: aliasesList } : {}),
    ...(NOT_APPLICABLE_CLASSES.includes(code.slice(0, 3)) ? { notApplicable: true } : {}),
  };
}

const BODY_LINES = 28;

function panelLines(panel: string): FixedRowDef[] {
  const all = ordered();
  const i = PANEL_STARTS.findIndex(([p]) => p === panel);
  const from = all.findIndex(([c]) => c === PANEL_STARTS[i][1]);
  const next = PANEL_STARTS[i + 1];
  const to = next ? all.findIndex(([c]) => c === next[1]) : all.length;
  const body = all.slice(from, to).map(line);
  return [...body, ...spacers(BODY_LINES - body.length, `${panel}-blank`)];
}

function columns(group: '人员经费' | '公用经费'): ColumnDef[] {
  return [
    { key: 'code', header: [group, '科目代码'], type: 'code', width: 8, aliases: ['科目编码'] },
    { key: 'name', header: [group, '科目名称'], type: 'name', width: 22 },
    { key: 'amount', header: [group, '决算数'], type: 'amount', width: 12, aliases: ['金额'] },
  ];
}

/** Key of every line of a group in a panel: the 类 line's items. */
function items(panel: string, cls: string): string[] {
  return panelLines(panel)
    .filter((r) => r.code !== undefined && r.code.length === 5 && r.code.startsWith(cls))
    .map((r) => r.key);
}

function groupSum(panel: string, cls: string) {
  return { total: `e-${cls}`, parts: items(panel, cls) };
}

const cell = (panel: string, row: string): CellSelector => ({ panel, row, column: 'amount' });

export const finalTable06: FormDef = {
  id: 'final/06-basic-detail',
  kind: 'final',
  no: 6,
  name: '一般公共预算财政拨款基本支出决算明细表',
  label: '公开06表',
  title: '一般公共预算财政拨款基本支出决算明细表',
  titleVariants: ['{year}年度一般公共预算财政拨款基本支出决算明细表', '一般公共预算财政拨款基本支出决算表'],
  keywords: { all: [['基本支出', '决算']] },
  sheetName: '公开06表 一般公共预算基本支出明细',
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '金额单位' },
  showsYearOnUnitLine: true,
  panels: [
    {
      key: 'personnel',
      columns: columns('人员经费'),
      rows: {
        mode: 'fixed',
        rows: [...panelLines('personnel'), { key: 'personnel-total', label: '人员经费合计' }],
      },
      columnSums: [
        groupSum('personnel', '301'),
        groupSum('personnel', '303'),
        { total: 'personnel-total', parts: ['e-301', 'e-303'] },
      ],
    },
    {
      key: 'public-1',
      columns: columns('公用经费'),
      rows: {
        mode: 'fixed',
        // The 公用经费合计 line is one merged line: its label stands here, its amount in public-3.
        rows: [...panelLines('public-1'), { key: 'public-total-label', label: '公用经费合计', heading: true }],
      },
      columnSums: [groupSum('public-1', '302')],
    },
    {
      key: 'public-2',
      columns: columns('公用经费'),
      rows: { mode: 'fixed', rows: [...panelLines('public-2'), ...spacers(1, 'public-2-total')] },
      columnSums: [groupSum('public-2', '307'), groupSum('public-2', '309')],
    },
    {
      key: 'public-3',
      columns: columns('公用经费'),
      rows: { mode: 'fixed', rows: [...panelLines('public-3'), { key: 'public-total', label: '公用经费合计' }] },
      columnSums: [
        groupSum('public-3', '311'),
        groupSum('public-3', '312'),
        groupSum('public-3', '313'),
        groupSum('public-3', '399'),
      ],
    },
  ],
  crossPanelSums: [
    {
      id: 'capital-310',
      title: '310 资本性支出 = 其下各款之和',
      total: cell('public-2', 'e-310'),
      parts: [
        ...items('public-2', '310').map((k) => cell('public-2', k)),
        ...items('public-3', '310').map((k) => cell('public-3', k)),
      ],
    },
    {
      id: 'public-total',
      title: '公用经费合计 = 302 + 307 + 309 + 310 + 311 + 312 + 313 + 399',
      total: cell('public-3', 'public-total'),
      parts: [
        cell('public-1', 'e-302'),
        cell('public-2', 'e-307'),
        cell('public-2', 'e-309'),
        cell('public-2', 'e-310'),
        cell('public-3', 'e-311'),
        cell('public-3', 'e-312'),
        cell('public-3', 'e-313'),
        cell('public-3', 'e-399'),
      ],
    },
  ],
  noDataNote: '说明：本表无数据',
  footnote: '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
};
