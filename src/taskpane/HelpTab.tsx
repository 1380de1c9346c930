import { Text, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', lineHeight: '1.7' },
});

/** What each tab does, in the users' words. */
export function HelpTab(): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text weight="semibold">模板</Text>
      <Text>填写单位名称、年度、单位类型，选择预算或决算，插入全套公开表。已有的工作表不会被覆盖，同名时会改用新名称。</Text>
      <Text weight="semibold">校验</Text>
      <Text>
        检查各表的合计、表间关系和科目编码。每个印出的金额单独四舍五入到 0.01 万元，合计与分项之和在允许范围内的差额称为“尾数差异”（黄色），超出范围的为“错误”（红色）。点击一条结果可选中相关单元格。
      </Text>
      <Text>标记用条件格式显示，只由本加载项添加和清除，不会改动您自己的格式；“清除标记”可随时去掉。</Text>
      <Text weight="semibold">说明</Text>
      <Text>需要 Excel 2021、Excel 2024 或 Microsoft 365。也可以用命令行工具 budget-disclosure 校验 .xlsx 文件。</Text>
    </div>
  );
}
