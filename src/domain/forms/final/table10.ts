import type { FormDef } from '../formTypes';

/**
 * 公开10表 部门决算公开相关信息统计表: three sections of fixed lines with 行次 — 政府采购 (1–4),
 * 机关运行经费 (5–6), 国有资产占用 (7–15 车辆 counts, 17 设备). 行次 16 is not printed in the seed.
 * As published (seed 004) there is no header on top: section 一 prints "项目 | 行次 | 统计数" under
 * its heading, section 二 "项目 | | 统计数" (行次 blank), section 三 no header row at all.
 */
export const finalTable10: FormDef = {
  id: 'final/10-information',
  kind: 'final',
  no: 10,
  name: '部门决算公开相关信息统计表',
  label: '公开10表',
  title: '部门决算公开相关信息统计表',
  titleVariants: ['{year}年度部门决算公开相关信息统计表', '决算公开相关信息统计表', '相关信息统计表'],
  keywords: { all: [['决算', '相关信息统计表'], ['公开相关信息统计表']] },
  sheetName: '公开10表 相关信息统计表',
  unitLine: { nameLabel: '单位名称', amountUnitLabel: '金额单位' },
  showsYearOnUnitLine: true,
  panels: [
    {
      key: 'main',
      columns: [
        { key: 'name', header: ['项目'], type: 'name', width: 40 },
        { key: 'lineNo', header: ['行次'], type: 'lineNo', width: 6 },
        { key: 'value', header: ['统计数'], type: 'amount', width: 14, aliases: ['金额', '决算数'] },
      ],
      rows: {
        mode: 'fixed',
        rows: [
          { key: 'procurement', label: '一、政府采购情况', heading: true },
          { key: 'procurement-total', label: '合计', lineNo: 1, aliases: ['政府采购合计'] },
          { key: 'procurement-goods', label: '货物', lineNo: 2 },
          { key: 'procurement-works', label: '工程', lineNo: 3 },
          { key: 'procurement-services', label: '服务', lineNo: 4 },
          { key: 'operating-costs', label: '二、机关运行经费', heading: true },
          { key: 'operating-admin', label: '(一) 行政单位', lineNo: 5, aliases: ['行政单位', '（一）行政单位'] },
          {
            key: 'operating-civil-service',
            label: '(二) 参照公务员法管理事业单位',
            lineNo: 6,
            aliases: ['参照公务员法管理事业单位', '（二）参照公务员法管理事业单位', '参公事业单位'],
          },
          { key: 'assets', label: '三、国有资产占用情况', heading: true },
          {
            key: 'vehicles',
            label: '(一) 车辆数合计(辆)',
            lineNo: 7,
            count: true,
            aliases: ['车辆数合计', '（一）车辆数合计（辆）'],
          },
          { key: 'vehicles-ministerial', label: '1. 副部(省)级及以上领导用车', lineNo: 8, count: true, aliases: ['副部（省）级及以上领导用车'] },
          { key: 'vehicles-head', label: '2. 主要负责人用车', lineNo: 9, count: true, aliases: ['主要负责人用车'] },
          { key: 'vehicles-confidential', label: '3. 机要通信用车', lineNo: 10, count: true, aliases: ['机要通信用车'] },
          { key: 'vehicles-emergency', label: '4. 应急保障用车', lineNo: 11, count: true, aliases: ['应急保障用车'] },
          { key: 'vehicles-enforcement', label: '5. 执法执勤用车', lineNo: 12, count: true, aliases: ['执法执勤用车'] },
          { key: 'vehicles-special', label: '6. 特种专业技术用车', lineNo: 13, count: true, aliases: ['特种专业技术用车'] },
          { key: 'vehicles-retired', label: '7. 离退休干部服务用车', lineNo: 14, count: true, aliases: ['离退休干部服务用车'] },
          { key: 'vehicles-other', label: '8. 其他用车', lineNo: 15, count: true, aliases: ['其他用车'] },
          {
            key: 'equipment',
            label: '(二) 单价100万元(含)以上设备(不含车辆)',
            lineNo: 17,
            count: true,
            aliases: ['单价100万元（含）以上设备（不含车辆）', '单价100万元以上设备'],
          },
        ],
      },
      sections: [
        { heading: 'procurement', header: ['项目', '行次', '统计数'] },
        { heading: 'operating-costs', header: ['项目', '', '统计数'] },
        { heading: 'assets' },
      ],
      columnSums: [
        { total: 'procurement-total', parts: ['procurement-goods', 'procurement-works', 'procurement-services'] },
        {
          total: 'vehicles',
          parts: [
            'vehicles-ministerial',
            'vehicles-head',
            'vehicles-confidential',
            'vehicles-emergency',
            'vehicles-enforcement',
            'vehicles-special',
            'vehicles-retired',
            'vehicles-other',
          ],
        },
      ],
    },
  ],
  noDataNote: '说明：本表无数据',
  footnote: '注：本表反映部门本年度政府采购、机关运行经费和国有资产占用情况。',
};
