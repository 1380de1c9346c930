import type { PanelDef } from '../formTypes';

/**
 * The national tables head their code column 功能分类科目编码 under 项目 and print no 栏次 row.
 * Some regions write the code 类 | 款 | 项 in three columns: recognition joins those (readTable).
 */
export function nationalCodeHeader(panels: readonly PanelDef[]): PanelDef[] {
  return panels.map((p) => ({
    ...p,
    columns: p.columns.map((c) =>
      c.type === 'code'
        ? { ...c, header: ['项目', '功能分类科目编码'], aliases: ['科目编码', '科目代码', '功能分类科目代码'] }
        : c.type === 'name'
          ? { ...c, header: ['项目', '科目名称'] }
          : c,
    ),
  }));
}
