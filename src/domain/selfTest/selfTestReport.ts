/**
 * 自检: what a self-test in the user's own Excel found, and the plain-text report an accountant or an IT
 * desk sends back (帮助 › 自检 › 复制). Pure: the probes live in src/excel/office/selfTest*.ts, the view in
 * the pane; this module only names the capabilities and writes the words.
 */

/** The capabilities the add-in uses, in the order the report lists them. */
export const SELF_TEST_CAPABILITIES = [
  'tempSheet',
  'read',
  'mergedAreas',
  'conditionalFormats',
  'customXml',
  'selectAreas',
  'changeEvents',
  'chart',
  'dialog',
  'sharedRuntime',
  'undoGroup',
  'protection',
] as const;

export type SelfTestCapability = (typeof SELF_TEST_CAPABILITIES)[number];

/** What each row is called, and what the add-in needs it for (so a 不支持 row says what the user loses). */
export const CAPABILITY_LABELS: Readonly<Record<SelfTestCapability, { readonly name: string; readonly usedFor: string }>> = {
  tempSheet: { name: '临时工作表（新建、删除）', usedFor: '自检本身' },
  read: { name: '读取单元格（值、类型、数字格式、公式）', usedFor: '校验、填充、情况说明' },
  mergedAreas: { name: '读取合并单元格', usedFor: '识别表头' },
  conditionalFormats: { name: '条件格式（添加、读取、删除）', usedFor: '单元格上的校验标记' },
  customXml: { name: '自定义 XML 部件', usedFor: '模板信息、导入的科目表、填充的撤销记录' },
  selectAreas: { name: '同时选中多个区域', usedFor: '点击一条结果时选中所有相关单元格' },
  changeEvents: { name: '单元格变更事件', usedFor: '边输入边校验、情况说明“已过期”提示' },
  chart: { name: '图表（添加、删除）', usedFor: '模板中的图表' },
  dialog: { name: '对话框', usedFor: '功能区“校验”按钮显示结果' },
  sharedRuntime: { name: '共享运行时', usedFor: '关闭任务窗格后继续边输入边校验、功能区按钮打开任务窗格' },
  undoGroup: { name: '撤销分组（mergeUndoGroup）', usedFor: '一次 Ctrl+Z 撤销全部标记或填充' },
  protection: { name: '工作表保护检测', usedFor: '跳过受保护工作表上的标记并说明原因' },
};

/** What one probe found. */
export type SelfTestOutcome =
  | { readonly kind: 'pass'; readonly note?: string }
  /** `needs`: the requirement set this Excel lacks ("ExcelApi 1.18"). */
  | { readonly kind: 'unsupported'; readonly needs: string; readonly note?: string }
  /** `code`: the Office error code when Excel gave one; `message`: Excel's text or ours (Chinese). */
  | { readonly kind: 'fail'; readonly code: string | null; readonly message: string };

export interface SelfTestRow {
  readonly capability: SelfTestCapability;
  readonly outcome: SelfTestOutcome;
  /** Milliseconds the probe took. */
  readonly ms: number;
}

/** A requirement set and which of the versions asked about this Excel has. */
export interface ApiSetSupport {
  readonly set: string;
  readonly asked: readonly string[];
  readonly supported: readonly string[];
}

/** Office.context.diagnostics and the web view, as far as the host says. */
export interface SelfTestEnvironment {
  readonly host?: string;
  readonly platform?: string;
  readonly version?: string;
  /** navigator.userAgent of the pane: which web view Office runs it in (WebView2, WKWebView, a browser). */
  readonly webView?: string;
}

export interface SelfTestReport {
  /** When it ran (ISO 8601). */
  readonly startedAt: string;
  readonly environment: SelfTestEnvironment;
  readonly apiSets: readonly ApiSetSupport[];
  readonly rows: readonly SelfTestRow[];
  /** The temporary sheet's name (whether it is gone again is the tempSheet row). */
  readonly tempSheet: string;
  readonly totalMs: number;
}

export type Verdict = '通过' | '不支持' | '失败';

/** An Office error code's Chinese sentence (src/taskpane/shared/officeErrorSentences.ts), null when there is none. */
export type ErrorSentence = (code: string) => string | null;

/** The word and the reason shown for a row. */
export function rowVerdict(outcome: SelfTestOutcome, sentence: ErrorSentence): { readonly verdict: Verdict; readonly reason: string } {
  switch (outcome.kind) {
    case 'pass':
      return { verdict: '通过', reason: outcome.note ?? '' };
    case 'unsupported':
      return { verdict: '不支持', reason: `需要 ${outcome.needs}${outcome.note ? `；${outcome.note}` : ''}` };
    case 'fail': {
      const said = outcome.code ? sentence(outcome.code) : null;
      const text = said ?? outcome.message;
      return { verdict: '失败', reason: outcome.code ? `${text}（Excel 错误代码：${outcome.code}${said ? `；${outcome.message}` : ''}）` : text };
    }
  }
}

/** "1.1–1.14" for a run of consecutive versions as asked, "1.1–1.9、1.12" for gaps; "无" for none. */
export function versionRanges(set: ApiSetSupport): string {
  if (set.supported.length === 0) return '无';
  const runs: string[][] = [];
  let run: string[] = [];
  for (const v of set.asked) {
    if (set.supported.includes(v)) run.push(v);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs.map((r) => (r.length === 1 ? r[0] : `${r[0]}–${r[r.length - 1]}`)).join('、');
}

/** The highest supported version of a set, or null. */
export function highestVersion(sets: readonly ApiSetSupport[], name: string): string | null {
  const set = sets.find((s) => s.set === name);
  return set && set.supported.length > 0 ? set.supported[set.supported.length - 1] : null;
}

/** Where Office says it runs, in the users' words ("PC" → Windows). */
export function platformName(platform: string | undefined): string {
  const names: Record<string, string> = {
    PC: 'Windows 桌面版',
    Mac: 'Mac 桌面版',
    OfficeOnline: '网页版（Excel 网页版）',
    iOS: 'iPad / iPhone',
    Android: 'Android',
    Universal: 'Windows 通用应用',
  };
  return platform ? (names[platform] ?? platform) : '未知';
}

/** Counts of each verdict, for the summary line. */
export function verdictCounts(report: SelfTestReport): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { 通过: 0, 不支持: 0, 失败: 0 };
  for (const row of report.rows) counts[rowVerdict(row.outcome, () => null).verdict]++;
  return counts;
}

/** The summary line: "12 项：通过 9，不支持 3，失败 0". */
export function summaryLine(report: SelfTestReport): string {
  const c = verdictCounts(report);
  return `${report.rows.length} 项：通过 ${c.通过}，不支持 ${c.不支持}，失败 ${c.失败}`;
}

/**
 * The plain-text report the 复制 button copies: enough for an IT desk or the developers to act on without
 * asking back — Excel's version and platform, the web view, every requirement set asked about, each row
 * with its reason and time, and the total time.
 */
export function selfTestText(report: SelfTestReport, sentence: ErrorSentence): string {
  const env = report.environment;
  const lines: string[] = [
    '预算公开助手 自检报告',
    `时间：${report.startedAt}`,
    `Excel：${env.host ?? 'Excel'} ${env.version ?? '（版本未知）'}，${platformName(env.platform)}${env.platform ? `（${env.platform}）` : ''}`,
    `ExcelApi 最高版本：${highestVersion(report.apiSets, 'ExcelApi') ?? '无'}`,
  ];
  if (env.webView) lines.push(`浏览器内核：${env.webView}`);
  lines.push(`结果：${summaryLine(report)}，用时 ${Math.round(report.totalMs)} 毫秒`, '', '各项：');
  for (const row of report.rows) {
    const { verdict, reason } = rowVerdict(row.outcome, sentence);
    const label = CAPABILITY_LABELS[row.capability];
    lines.push(`- ${label.name}：${verdict}${reason ? `。${reason}` : ''}（${Math.round(row.ms)} 毫秒；用于${label.usedFor}）`);
  }
  lines.push('', '支持的 API 集：');
  for (const set of report.apiSets) lines.push(`- ${set.set}：${versionRanges(set)}（检查了 ${set.asked.join('、')}）`);
  lines.push('', `临时工作表：${report.tempSheet}`);
  return lines.join('\n');
}
