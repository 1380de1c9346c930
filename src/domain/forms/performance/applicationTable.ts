import type { PerformanceFormDef } from './performanceForm';
import { performanceTarget } from './targetTable';

/**
 * 项目支出绩效目标申报表 (seed 002: "忻州市市级预算部门（单位）项目支出绩效目标申报表"): the target table
 * under the name the 申报 system prints, same rows and indicators.
 */
export const performanceApplication: PerformanceFormDef = {
  ...performanceTarget,
  id: 'performance/application',
  name: '项目支出绩效目标申报表',
  title: '{region}预算部门(单位)项目支出绩效目标申报表',
  keywords: { all: [['绩效目标申报表']], none: ['自评', '整体支出'] },
};
