import { Text, makeStyles } from '@fluentui/react-components';
import { HostSupport } from './HostSupport';
import { SelfTestPanel, type SelfTestRunner } from './SelfTestPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', lineHeight: '1.7' },
});

/** What each tab does, in the users' words. */
export function HelpTab({ selfTest = null }: { readonly selfTest?: SelfTestRunner | null }): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text weight="semibold">模板</Text>
      <Text>填写单位名称、年度，选择单位类型和预算或决算，插入全套公开表和“说明参数”表。工作簿中已有部分表时，先列出已有的表和缺少的表，确认后只添加缺少的；表已齐全时不再添加。已有的工作表不会被覆盖，同名时会改用新名称。</Text>
      <Text weight="semibold">校验</Text>
      <Text>
        检查各表的合计、表间关系和科目编码。每个印出的金额单独四舍五入到 0.01 万元，合计与分项之和在允许范围内的差额称为“尾数差异”（黄色），超出范围的为“错误”（红色），其他为“提示”。点击一条结果可选中相关单元格。“边输入边校验”开启时，修改表格后约半秒自动重新校验，结果只列在任务窗格中，不改动工作簿，撤销（Ctrl+Z）照常可用；单元格上的标记在点击“校验”时写入（Microsoft 365 2509 及以上版本中，一次 Ctrl+Z 即可撤销这次写入的全部标记）。
      </Text>
      <Text>标记用条件格式显示，只由本加载项添加和清除，不会改动您自己的格式；“清除标记”可随时去掉。“写入校验报告”把当前结果写入新的工作表，便于随公开文件报送。受保护的工作表照常检查，但不在其中标记（窗格会列出这些工作表）；填充、撤销填充和插入模板遇到受保护的工作表或工作簿时会拒绝并说明原因，请先在“审阅”选项卡中撤销保护。</Text>
      <Text>
        “开始”选项卡“预算公开”组中的“校验”按钮不打开任务窗格也能校验；发现错误时会打开任务窗格的“校验”页。关闭任务窗格后，“边输入边校验”仍继续工作；勾选“打开本工作簿时自动加载”后，打开文件即开始边输入边校验（Microsoft 365 和 Excel 2021 及以上）。
      </Text>
      <Text weight="semibold">填充</Text>
      <Text>按科目编码补科目名称、补上级科目行，并由明细表推算汇总表和合计。写入前逐格预览；已有不同数字的单元格列为冲突，勾选后才覆盖。“撤销”恢复写入前的内容；撤销记录保存在工作簿中，关闭任务窗格或重新打开文件后仍可撤销。填充后您改过的单元格不会被撤销覆盖，除非勾选。可导入当年的科目表（.xlsx 或 .csv）。</Text>
      <Text weight="semibold">说明</Text>
      <Text>根据公开表和“说明参数”表生成情况说明，数字可点击跳到来源单元格；缺少的内容显示为【请填写…】，点击“填写”定位到参数单元格。可插入“情况说明”工作表或下载 Word 文件。生成后修改了来源单元格，相关段落会标为“已过期”，点击“重新生成”更新。</Text>
      <HostSupport />
      <SelfTestPanel run={selfTest} />
    </div>
  );
}
