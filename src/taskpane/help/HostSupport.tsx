import { Text, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', lineHeight: '1.7' },
  list: { margin: 0, paddingLeft: '20px' },
});

/**
 * Which Office cannot run the add-in, and what its users can still use (the README's "哪些 Office 不能运行本加载项"
 * says the same). Shown in 帮助, so a colleague can read it to someone on WPS over the phone.
 */
export function HostSupport(): JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="适用的 Office 版本">
      <Text weight="semibold">适用的 Office 版本</Text>
      <Text>可以使用：Microsoft 365（Windows、Mac、网页版）、Excel 2021、Excel 2024。</Text>
      <Text>不能使用本加载项：</Text>
      <ul className={styles.list}>
        <li>WPS Office，包括统信 UOS、麒麟等国产操作系统上的 WPS：没有 Office 加载项所需的 Office.js；</li>
        <li>Excel 2016 及更早版本（2013、2010）：Excel 2016 只支持 ExcelApi 1.1，本加载项需要 1.7；</li>
        <li>Excel 2019 批量授权版（版本号 1808）：用 Internet Explorer 显示加载项，打开后只会提示需要升级。未安装 WebView2 运行时的 Excel 2019 零售版也是如此。</li>
      </ul>
      <Text>用这些软件的同事仍然可以：</Text>
      <ul className={styles.list}>
        <li>
          使用公开表模板：由命令行 <code>budget-disclosure template</code> 生成，或由同事在“模板”页插入后发来。模板自带条件格式，合计与分项对不上时单元格变红（0.01
          以内的尾数差异不变色），不需要本加载项；Excel、WPS 表格、LibreOffice 都能显示。
        </li>
        <li>
          使用命令行工具 <code>budget-disclosure</code>（需要 Node.js 20，Windows 或 Linux）：<code>check</code> 校验、<code>fill</code>{' '}
          填充、<code>narrative</code> 生成情况说明，结果与本加载项相同。
        </li>
      </ul>
    </section>
  );
}
