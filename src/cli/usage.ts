export const USAGE = `用法：budget-disclosure <命令> [选项]

命令：
  template --kind budget|final --year 2025 --unit 单位名称 [--unit-type 行政单位|参公事业单位|事业单位] --out 文件.xlsx [--force]
      生成公开表模板（每张表一个工作表，另含“说明参数”表）
  template --kind performance --from 预算.xlsx --out 新文件.xlsx [--force]
      按表12为尚无绩效目标表的每个项目生成项目支出绩效目标表（写入副本，已有的表不重复、不覆盖）
  check 文件.xlsx|文件夹 [--json] [--verbose] [--tolerance 万元] [--catalog 科目表.xlsx|.csv] [--jobs N] [--report 汇总.xlsx [--force]] [--narrative 情况说明.docx|.txt [--prior 上年文件.xlsx]]
      识别并校验工作簿中的每张公开表；有错误时退出码为 1。文件夹：先列出每个文件的汇总表，再逐个列出问题
      --verbose 逐条列出尾数差异（默认每张表合为一行）；--catalog 使用当年官方科目表
      --jobs 同时检查的文件数（默认为处理器核数，输出顺序不变）；--report 另存汇总和问题清单为工作簿
      --narrative 同时核对已写好的情况说明（Word、UTF-8 或 GB18030 文本，或工作簿中该名称的工作表）中的每个数字、占比和增减（只用于单个工作簿）
  narrative 文件.xlsx [--json] [--out 文件.docx|文件.txt [--force]] [--prior 上年文件.xlsx]
      根据表内数据生成情况说明
  fill 文件.xlsx --out 新文件.xlsx [--force] [--catalog 科目表.xlsx|.csv] [--add-missing]
      填写可由表内数据推算的单元格（不覆盖已有的不同数值，改为列出冲突）
      缺少表1、表4、表5（公开01、04、05表）时列出；加 --add-missing 则按模板添加为新工作表并填入可推算的行
  --version
      显示版本号

check、narrative 和 fill 都接受 --max-cells 个数 和 --max-uncompressed-mb MB：解析前检查的大小上限
（默认 20,000,000 个单元格、解压后 1,024 MB；超过上限的文件不解析，作为无法读取的文件报告）
--out 指向已存在的文件时不覆盖，除非加 --force；从不改写输入文件（即使经由链接）。

退出码：0 成功；1 发现错误或冲突；2 参数错误、文件无法读取或无法写入
`;
