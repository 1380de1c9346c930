/**
 * 部署说明.txt of an intranet package: what an IT desk does with the folder, in Chinese, short. Written with
 * CRLF and a UTF-8 byte-order mark so that Notepad on older Windows shows it right. The README's "IT 部署"
 * section says the same at length.
 */
'use strict';
const { readableBase } = require('./packageManifest');

function deploymentNotes({ base, version, id, idIsNew }) {
  const url = readableBase(base);
  const host = url.replace(/^https:\/\//, '').split('/')[0];
  const pathOnServer = decodeURIComponent(base.pathname);
  const lines = [
    `预算公开助手 ${version} 内网部署说明`,
    '',
    '本包内容',
    `  web\\           加载项的网页文件：放到内网 HTTPS 服务器上，对应地址 ${url}`,
    '  manifest.xml   加载项清单：其中所有网址都指向上面的地址',
    '  部署说明.txt    本文件',
    '',
    `加载项 ID：${id}`,
    idIsNew
      ? '  这是新生成的 ID。请记下它：以后升级时用 --id 沿用同一个 ID，Office 才会把新版本当作同一个加载项。'
      : '  以后升级时沿用同一个 ID（打包时加 --id），Office 才会把新版本当作同一个加载项。',
    '',
    '一、放到服务器（只需静态文件，不需要服务器端程序）',
    `  1. 把 web 文件夹里的全部内容复制到服务器 ${host} 的 ${pathOnServer} 下，`,
    `     使 ${url}taskpane.html 能够打开。`,
    '  2. 必须使用 HTTPS。证书由单位内网 CA 签发，且每台电脑都信任该 CA（通常用域策略下发根证书）；',
    '     证书上的名称必须与上面的主机名一致。',
    '  3. .js 文件须以 JavaScript 类型发送（text/javascript 或 application/javascript），.html 为 text/html; charset=utf-8；',
    '     各文件最好带 Cache-Control: no-cache，升级后各电脑即取到新文件。',
    `  4. 在一台电脑的 Edge 浏览器中打开 ${url}taskpane.html：不应有证书警告，`,
    '     页面应提示“只能在 Excel 中使用”或等待 Office.js。',
    '  加载项只从本服务器读取文件，不访问任何其他网站，预算数据不会离开使用者的电脑。',
    '',
    '二、用共享文件夹分发（不需要 Microsoft 365）',
    '  1. 把 manifest.xml 放进一个网络共享文件夹（例如 \\\\fileserver\\excel-addins），使用者有读取权限。',
    '  2. 在每台电脑的 Excel 中：文件 › 选项 › 信任中心 › 信任中心设置 › 受信任的加载项目录，',
    '     在“目录 URL”中填入共享路径（\\\\fileserver\\excel-addins），点“添加目录”，',
    '     勾选“在菜单中显示”，点“确定”，然后重启 Excel。（也可用组策略统一设置。）',
    '  3. 插入 › 我的加载项 › 共享文件夹 › 预算公开助手 › 添加。',
    '',
    '三、集中部署',
    '  需要 Microsoft 365 租户：在 Microsoft 365 管理中心 › 设置 › 集成应用 中上传 manifest.xml。',
    '  没有 Microsoft 365 租户（只有 Office 2021/2024 等一次性购买版本）时，请用第二种方法。',
    '',
    '四、升级到新版本',
    '  1. 在新版本的源码中用同样的 --origin 和 --id 重新打包；版本号取自 package.json。',
    '  2. 先把新的 web 文件夹内容复制到服务器（覆盖旧文件），再替换共享文件夹中的 manifest.xml。',
    '  3. 服务器发送 Cache-Control: no-cache 时（见第一节），重新打开任务窗格即用新文件；',
    '     功能区按钮的文字或图标变了时，使用者需重启 Excel，必要时清除 Office 加载项缓存（见下）。',
    '',
    '五、常见问题',
    '  任务窗格空白或提示“Office.js 未能就绪”：在该电脑的浏览器中打开上面的 taskpane.html 地址，',
    '    检查证书和网络；确认服务器上有 office-js 文件夹。',
    '  证书错误：把内网 CA 根证书导入“受信任的根证书颁发机构”（本机），重启 Excel。',
    '  提示“需要 Office 2021 或更高版本”：该电脑的 Office 用 Internet Explorer 显示加载项，',
    '    请安装 Microsoft Edge WebView2 运行时（Windows 11 已自带）或升级 Office。',
    '  清除 Office 加载项缓存（Windows）：关闭 Office，删除 %LOCALAPPDATA%\\Microsoft\\Office\\16.0\\Wef\\ 下的内容；',
    '    或在 受信任的加载项目录 页勾选“下次启动 Office 时，清除所有以前启动的 Web 加载项缓存”。',
    '  清除缓存（Mac）：退出 Excel，删除 ~/Library/Containers/com.microsoft.Excel/Data/Library/Application Support/Microsoft/Office/16.0/Wef/',
    '    和 ~/Library/Containers/com.Microsoft.OsfWebHost/Data/ 的内容。',
    '',
    '不能运行本加载项的软件：WPS Office（包括统信 UOS、麒麟系统上的 WPS）、Excel 2016 及更早版本、',
    'Excel 2019 批量授权版。这些用户仍可使用公开表模板（模板自带条件格式，合计不平时单元格变红）',
    '和命令行工具 budget-disclosure（check 校验、fill 填充、narrative 生成情况说明）。',
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

module.exports = { deploymentNotes };
