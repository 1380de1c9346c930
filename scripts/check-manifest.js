#!/usr/bin/env node
/**
 * Offline structural check of the add-in manifest (`npm run validate:offline`).
 * `office-addin-manifest validate` uploads the manifest to a Microsoft service, which CI and intranets
 * cannot reach; this checks what breaks most often, with no dependencies:
 *   well-formed XML, top-level elements present and in schema order, Id is a GUID, every resid resolves
 *   to a resource of the right kind, every URL is https on one origin, icon files exist (and have the
 *   size the ribbon asks for), and the shared-runtime wiring (Runtimes first in Host, lifetime long, the
 *   runtime, the function file and the task pane on one page, one task pane, no SharedRuntime requirement).
 * Usage: node scripts/check-manifest.js [manifest.xml] [--web-root DIR]   → exit 0 when clean, 1 with messages
 * otherwise. DIR is the folder served at the task pane's URL folder (default: the manifest's own folder).
 */
'use strict';
const fs = require('fs');
const path = require('path');

// ---------------------------------------------------------------------------------------------
// A small XML tokenizer/parser: elements, attributes, text, comments, CDATA, PIs, DOCTYPE-less.

class XmlError extends Error {}

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s, where) {
  return s.replace(/&([^;&\s]*);?/g, (m, name) => {
    if (!m.endsWith(';')) throw new XmlError(`${where}：“&”未转义 / unescaped "&"`);
    if (name in ENTITIES) return ENTITIES[name];
    if (/^#x[0-9a-fA-F]+$/.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (/^#[0-9]+$/.test(name)) return String.fromCodePoint(parseInt(name.slice(1), 10));
    throw new XmlError(`${where}：未知实体 &${name}; / unknown entity &${name};`);
  });
}

function lineOf(text, pos) {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const NAME = /^[A-Za-z_][\w.:-]*/;

/** Parses XML into { name, attrs, children, text, line }; throws XmlError with the line on malformed input. */
function parseXml(text) {
  let pos = 0;
  const src = text.replace(/^\uFEFF/, '');
  const stack = [];
  let root = null;
  const at = () => `第 ${lineOf(src, pos)} 行 / line ${lineOf(src, pos)}`;

  while (pos < src.length) {
    const lt = src.indexOf('<', pos);
    if (lt === -1) {
      if (src.slice(pos).trim() !== '') {
        if (stack.length === 0) throw new XmlError(`${at()}：根元素之外有文本 / text outside the root element`);
        stack[stack.length - 1].text += decodeEntities(src.slice(pos), at());
      }
      break;
    }
    if (lt > pos) {
      const t = src.slice(pos, lt);
      if (stack.length === 0) {
        if (t.trim() !== '') throw new XmlError(`${at()}：根元素之外有文本 / text outside the root element`);
      } else {
        stack[stack.length - 1].text += decodeEntities(t, at());
      }
    }
    pos = lt;
    if (src.startsWith('<!--', pos)) {
      const end = src.indexOf('-->', pos + 4);
      if (end === -1) throw new XmlError(`${at()}：注释未结束 / unterminated comment`);
      if (src.slice(pos + 4, end).includes('--')) throw new XmlError(`${at()}：注释中不能有“--” / "--" inside a comment`);
      pos = end + 3;
    } else if (src.startsWith('<![CDATA[', pos)) {
      const end = src.indexOf(']]>', pos);
      if (end === -1) throw new XmlError(`${at()}：CDATA 未结束 / unterminated CDATA`);
      if (stack.length === 0) throw new XmlError(`${at()}：根元素之外有 CDATA / CDATA outside the root element`);
      stack[stack.length - 1].text += src.slice(pos + 9, end);
      pos = end + 3;
    } else if (src.startsWith('<?', pos)) {
      const end = src.indexOf('?>', pos);
      if (end === -1) throw new XmlError(`${at()}：处理指令未结束 / unterminated processing instruction`);
      if (src.startsWith('<?xml', pos) && pos !== 0 && src.slice(0, pos).trim() !== '') {
        throw new XmlError(`${at()}：XML 声明必须在文件开头 / the XML declaration must come first`);
      }
      pos = end + 2;
    } else if (src.startsWith('<!', pos)) {
      throw new XmlError(`${at()}：不支持 DOCTYPE / DOCTYPE is not allowed in a manifest`);
    } else if (src.startsWith('</', pos)) {
      const m = NAME.exec(src.slice(pos + 2));
      if (!m) throw new XmlError(`${at()}：结束标签无名称 / end tag without a name`);
      const close = src.indexOf('>', pos);
      if (close === -1 || src.slice(pos + 2 + m[0].length, close).trim() !== '') {
        throw new XmlError(`${at()}：结束标签格式错误 / malformed end tag </${m[0]}>`);
      }
      const open = stack.pop();
      if (!open) throw new XmlError(`${at()}：多余的结束标签 </${m[0]}> / unexpected end tag </${m[0]}>`);
      if (open.name !== m[0]) {
        throw new XmlError(
          `${at()}：结束标签 </${m[0]}> 与第 ${open.line} 行的 <${open.name}> 不匹配 / end tag </${m[0]}> does not match <${open.name}> (line ${open.line})`,
        );
      }
      pos = close + 1;
    } else {
      const el = readStartTag();
      if (stack.length === 0) {
        if (root) throw new XmlError(`${at()}：只能有一个根元素 / more than one root element`);
        root = el;
      } else {
        stack[stack.length - 1].children.push(el);
      }
      if (!el.selfClosing) stack.push(el);
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1];
    throw new XmlError(`第 ${open.line} 行的 <${open.name}> 没有结束标签 / <${open.name}> (line ${open.line}) is never closed`);
  }
  if (!root) throw new XmlError('没有根元素 / no root element');
  return root;

  function readStartTag() {
    const line = lineOf(src, pos);
    pos++;
    const m = NAME.exec(src.slice(pos));
    if (!m) throw new XmlError(`${at()}：“<”后不是元素名 / "<" not followed by an element name`);
    const el = { name: m[0], attrs: {}, children: [], text: '', line, selfClosing: false };
    pos += m[0].length;
    for (;;) {
      const ws = /^\s*/.exec(src.slice(pos))[0];
      pos += ws.length;
      if (pos >= src.length) throw new XmlError(`第 ${line} 行：<${el.name}> 标签未结束 / unterminated tag <${el.name}>`);
      if (src.startsWith('/>', pos)) {
        el.selfClosing = true;
        pos += 2;
        return el;
      }
      if (src[pos] === '>') {
        pos++;
        return el;
      }
      if (ws === '') throw new XmlError(`${at()}：<${el.name}> 的属性之间缺少空格 / missing space between attributes of <${el.name}>`);
      const a = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(src.slice(pos));
      if (!a) throw new XmlError(`${at()}：<${el.name}> 的属性格式错误（值须加引号）/ malformed attribute in <${el.name}> (values must be quoted)`);
      if (a[1] in el.attrs) throw new XmlError(`${at()}：<${el.name}> 的属性 ${a[1]} 重复 / duplicate attribute ${a[1]}`);
      el.attrs[a[1]] = decodeEntities(a[3] !== undefined ? a[3] : a[4], at());
      pos += a[0].length;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Manifest rules.

/** Top-level order the OfficeApp (TaskPaneApp) schema wants. */
const TOP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
];
const TOP_REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadWriteDocument', 'WriteDocument'];

/** Which resource list an element's resid must point into. */
const RESID_KIND = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  Runtime: 'Urls',
  LearnMoreUrl: 'Urls',
  Script: 'Urls',
  Page: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

const local = (name) => name.slice(name.indexOf(':') + 1);
const kids = (el, name) => el.children.filter((c) => local(c.name) === name);
const kid = (el, name) => kids(el, name)[0];

function walk(el, fn, parents = []) {
  fn(el, parents);
  for (const c of el.children) walk(c, fn, [...parents, el]);
}

/**
 * Returns the list of problems (each "中文 / English") for manifest text; `baseDir` is the folder the add-in's
 * URLs map into: the folder of the task pane page (SourceLocation) is baseDir, so with SourceLocation
 * https://host/addin/taskpane.html the icon https://host/addin/assets/icon-32.png is <baseDir>/assets/icon-32.png
 * (the repository for manifest.xml, the packaged web/ folder for a package).
 */
function checkManifest(xml, baseDir) {
  let root;
  try {
    root = parseXml(xml);
  } catch (e) {
    if (e instanceof XmlError) return [`XML 格式错误 / malformed XML: ${e.message}`];
    throw e;
  }
  const problems = [];
  const add = (zh, en) => problems.push(`${zh} / ${en}`);

  if (local(root.name) !== 'OfficeApp') {
    add(`根元素应为 OfficeApp，实际为 ${root.name}`, `root element must be OfficeApp, found ${root.name}`);
    return problems;
  }
  if (root.attrs['xsi:type'] !== 'TaskPaneApp') {
    add('OfficeApp 的 xsi:type 应为 TaskPaneApp', 'OfficeApp xsi:type must be TaskPaneApp');
  }

  // Element order: each known element must come after the ones before it in TOP_ORDER.
  let last = -1;
  let lastName = '';
  const seen = new Set();
  for (const c of root.children) {
    const n = local(c.name);
    const i = TOP_ORDER.indexOf(n);
    if (i === -1) {
      add(`第 ${c.line} 行：未知的顶层元素 <${n}>`, `line ${c.line}: unknown top-level element <${n}>`);
      continue;
    }
    if (seen.has(n)) add(`第 ${c.line} 行：<${n}> 重复`, `line ${c.line}: <${n}> appears twice`);
    if (i < last) {
      add(`第 ${c.line} 行：<${n}> 应在 <${lastName}> 之前（元素顺序不符合架构）`, `line ${c.line}: <${n}> must come before <${lastName}> (schema order)`);
    } else {
      last = i;
      lastName = n;
    }
    seen.add(n);
  }
  for (const n of TOP_REQUIRED) {
    if (!seen.has(n)) add(`缺少必需元素 <${n}>`, `missing required element <${n}>`);
  }

  const id = kid(root, 'Id');
  if (id && !GUID.test(id.text.trim())) add(`Id 不是 GUID：${id.text.trim()}`, `Id is not a GUID: ${id.text.trim()}`);
  const version = kid(root, 'Version');
  if (version && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version.text.trim())) {
    add(`Version 格式错误：${version.text.trim()}（应为 1.0.0.0 形式）`, `Version must look like 1.0.0.0, found ${version.text.trim()}`);
  }
  const locale = kid(root, 'DefaultLocale');
  if (locale && !/^[a-z]{2,3}-[A-Z]{2}$/.test(locale.text.trim())) {
    add(`DefaultLocale 格式错误：${locale.text.trim()}`, `DefaultLocale must look like zh-CN, found ${locale.text.trim()}`);
  }
  for (const n of ['DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const el = kid(root, n);
    if (el && !(el.attrs.DefaultValue || '').trim()) add(`<${n}> 缺少 DefaultValue`, `<${n}> has no DefaultValue`);
  }
  const perm = kid(root, 'Permissions');
  if (perm && !PERMISSIONS.includes(perm.text.trim())) {
    add(`Permissions 值无效：${perm.text.trim()}`, `invalid Permissions value: ${perm.text.trim()}`);
  }
  const hosts = kid(root, 'Hosts');
  if (hosts && !kids(hosts, 'Host').some((h) => h.attrs.Name === 'Workbook')) {
    add('Hosts 中没有 Workbook（Excel）', 'Hosts does not list Workbook (Excel)');
  }
  const req = kid(root, 'Requirements');
  if (req) {
    const sets = kid(req, 'Sets');
    const excel = sets && kids(sets, 'Set').find((s) => s.attrs.Name === 'ExcelApi');
    if (!excel) add('Requirements 中没有 ExcelApi 要求集', 'Requirements has no ExcelApi set');
    // Listing SharedRuntime would hide the add-in from Excel builds without it, where it still works with
    // the page loaded separately as the function file (design: "work without one").
    if (sets && kids(sets, 'Set').some((x) => x.attrs.Name === 'SharedRuntime')) {
      add(
        'Requirements 不应列出 SharedRuntime：不支持共享运行时的 Excel 将无法加载本加载项（共享运行时由 VersionOverrides 中的 Runtimes 启用）',
        'Requirements must not list SharedRuntime: Excel builds without it would not load the add-in (Runtimes in VersionOverrides turns it on)',
      );
    }
  }
  const settings = kid(root, 'DefaultSettings');
  const source = settings && kid(settings, 'SourceLocation');
  if (settings && !source) {
    add('DefaultSettings 缺少 SourceLocation', 'DefaultSettings has no SourceLocation');
  }
  const appBase = folderOf(source && source.attrs.DefaultValue);
  const fileForUrl = (url) => fileUnder(url, baseDir, appBase);

  // Resources and resids.
  const vo = kid(root, 'VersionOverrides');
  const resources = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
  if (vo) {
    const type = vo.attrs['xsi:type'];
    if (type !== 'VersionOverridesV1_0' && type !== 'VersionOverridesV1_1') {
      add(`VersionOverrides 的 xsi:type 无效：${type}`, `invalid VersionOverrides xsi:type: ${type}`);
    }
    const res = kid(vo, 'Resources');
    if (!res) add('VersionOverrides 缺少 Resources', 'VersionOverrides has no Resources');
    else {
      for (const kind of Object.keys(resources)) {
        const list = kid(res, kind);
        if (!list) continue;
        for (const item of list.children) {
          const rid = item.attrs.id;
          if (!rid) {
            add(`第 ${item.line} 行：资源缺少 id`, `line ${item.line}: resource without id`);
            continue;
          }
          if (rid.length > 32) add(`资源 id 超过 32 个字符：${rid}`, `resource id longer than 32 characters: ${rid}`);
          const dup = Object.values(resources).some((m) => m.has(rid));
          if (dup) add(`资源 id 重复：${rid}`, `duplicate resource id: ${rid}`);
          resources[kind].set(rid, item.attrs.DefaultValue || '');
          if (kind === 'ShortStrings' && (item.attrs.DefaultValue || '').length > 125) {
            add(`短字符串超过 125 个字符：${rid}`, `short string longer than 125 characters: ${rid}`);
          }
        }
      }
    }
    const imageSizes = new Map(); // resid → sizes the ribbon asks for
    let hasExecute = false;
    let hasFunctionFile = false;
    const controlIds = new Set();
    walk(vo, (el, parents) => {
      if (parents.some((p) => local(p.name) === 'Resources')) return;
      const n = local(el.name);
      if (n === 'FunctionFile') hasFunctionFile = true;
      if (n === 'Action' && el.attrs['xsi:type'] === 'ExecuteFunction') {
        hasExecute = true;
        const fn = kid(el, 'FunctionName');
        if (!fn || !fn.text.trim()) add(`第 ${el.line} 行：ExecuteFunction 缺少 FunctionName`, `line ${el.line}: ExecuteFunction without FunctionName`);
      }
      if ((n === 'Control' || n === 'Group') && el.attrs.id) {
        if (controlIds.has(el.attrs.id)) add(`控件 id 重复：${el.attrs.id}`, `duplicate control id: ${el.attrs.id}`);
        controlIds.add(el.attrs.id);
      }
      const rid = el.attrs.resid;
      if (rid === undefined) return;
      const want = RESID_KIND[n];
      const foundIn = Object.keys(resources).find((k) => resources[k].has(rid));
      if (!foundIn) {
        add(`第 ${el.line} 行：resid “${rid}” 在 Resources 中不存在`, `line ${el.line}: resid "${rid}" is not defined in Resources`);
      } else if (want && foundIn !== want) {
        add(`第 ${el.line} 行：<${n}> 的 resid “${rid}” 应在 ${want} 中，实际在 ${foundIn} 中`, `line ${el.line}: resid "${rid}" of <${n}> must be in ${want}, found in ${foundIn}`);
      }
      if (n === 'Image' && el.attrs.size) {
        if (!imageSizes.has(rid)) imageSizes.set(rid, new Set());
        imageSizes.get(rid).add(Number(el.attrs.size));
      }
    });
    checkSharedRuntime(vo, add);
    if (hasExecute && !hasFunctionFile) {
      add('有 ExecuteFunction 按钮但缺少 FunctionFile', 'an ExecuteFunction button needs a FunctionFile');
    }

    // Icons declared with a size must exist and be PNGs of that size.
    for (const [rid, sizes] of imageSizes) {
      const url = resources.Images.get(rid);
      if (!url) continue;
      const dims = pngSize(fileForUrl(url));
      if (dims) {
        for (const s of sizes) {
          if (dims.width !== s || dims.height !== s) {
            add(`图标 ${rid} 应为 ${s}×${s}，实际为 ${dims.width}×${dims.height}`, `icon ${rid} must be ${s}x${s}, is ${dims.width}x${dims.height}`);
          }
        }
      }
    }
  }

  // URLs: every one https, all on one origin.
  const origins = new Map();
  for (const u of manifestUrls(root)) {
    let parsed;
    try {
      parsed = new URL(u.url);
    } catch {
      add(`第 ${u.line} 行：不是有效的网址：${u.url}`, `line ${u.line}: not a valid URL: ${u.url}`);
      continue;
    }
    if (parsed.protocol !== 'https:') add(`第 ${u.line} 行：网址必须使用 https：${u.url}`, `line ${u.line}: URL must use https: ${u.url}`);
    if (!u.domainOnly && !origins.has(parsed.origin)) origins.set(parsed.origin, u.line);
    // Office resolves host names as DNS does: an internationalised name must be written in its ASCII
    // (punycode) form, and a path's other characters percent-encoded, both exactly as new URL() gives them.
    if (/[^\x21-\x7e]/.test(u.url)) {
      const ascii = u.domainOnly ? parsed.origin : parsed.href;
      add(`第 ${u.line} 行：网址含非 ASCII 字符，应写作 ${ascii}：${u.url}`, `line ${u.line}: URL has non-ASCII characters, write it as ${ascii}: ${u.url}`);
    }
    if (u.domainOnly) continue;
    if (u.icon && !fs.existsSync(fileForUrl(u.url))) {
      add(`第 ${u.line} 行：图标文件不存在：${path.relative(baseDir, fileForUrl(u.url))}`, `line ${u.line}: icon file not found: ${u.url}`);
    }
  }
  if (origins.size > 1) {
    const list = [...origins.keys()].join(', ');
    add(`所有网址应在同一来源，实际有 ${origins.size} 个：${list}`, `all URLs must share one origin, found ${origins.size}: ${list}`);
  }
  return problems;
}

/**
 * Every URL a parsed manifest holds, with its line: { url, line, icon, domainOnly } (domainOnly for an
 * <AppDomain>, which names an origin, not a page).
 */
function manifestUrls(root) {
  const urls = [];
  walk(root, (el) => {
    const n = local(el.name);
    const v = el.attrs.DefaultValue;
    if (['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'Image', 'Url'].includes(n) && v !== undefined && !(n === 'Image' && !el.attrs.id)) {
      urls.push({ url: v, line: el.line, icon: ['IconUrl', 'HighResolutionIconUrl', 'Image'].includes(n) });
    }
    if (n === 'Override' && el.attrs.Value && /^\w+:\/\//.test(el.attrs.Value)) urls.push({ url: el.attrs.Value, line: el.line, icon: false });
    if (n === 'AppDomain') urls.push({ url: el.text.trim(), line: el.line, icon: false, domainOnly: true });
  });
  return urls;
}

/** Children of a VersionOverrides <Host>, in schema order. */
const HOST_ORDER = ['Runtimes', 'AllFormFactors', 'DesktopFormFactor', 'MobileFormFactor'];

/**
 * A shared runtime only takes effect when every part names the same page: Runtime, FunctionFile and each
 * ShowTaskpane SourceLocation use one resid, and there is one task pane (one TaskpaneId).
 */
function checkSharedRuntime(vo, add) {
  const hostsEl = kid(vo, 'Hosts');
  for (const host of hostsEl ? kids(hostsEl, 'Host') : []) {
    let last = -1;
    for (const c of host.children) {
      const i = HOST_ORDER.indexOf(local(c.name));
      if (i === -1) continue;
      if (i < last) {
        add(`第 ${c.line} 行：<${local(c.name)}> 在 Host 中的位置不符合架构（Runtimes 须在最前）`, `line ${c.line}: <${local(c.name)}> out of schema order in Host (Runtimes must come first)`);
      }
      last = Math.max(last, i);
    }
    const runtimes = kid(host, 'Runtimes');
    if (!runtimes) continue;
    const list = kids(runtimes, 'Runtime');
    if (list.length !== 1) {
      add(`第 ${runtimes.line} 行：Runtimes 中应恰有一个 Runtime，实际 ${list.length} 个`, `line ${runtimes.line}: Runtimes must hold exactly one Runtime, found ${list.length}`);
      continue;
    }
    const runtime = list[0];
    if (runtime.attrs.lifetime !== 'long') {
      add(`第 ${runtime.line} 行：Runtime 的 lifetime 应为 long（任务窗格关闭后仍需边输入边校验）`, `line ${runtime.line}: Runtime lifetime must be long (live checking goes on with the pane closed)`);
    }
    const page = runtime.attrs.resid;
    const taskpaneIds = new Set();
    walk(host, (el) => {
      const n = local(el.name);
      if (n === 'FunctionFile' && el.attrs.resid !== page) {
        add(`第 ${el.line} 行：FunctionFile 的 resid 应与 Runtime 相同（${page}），否则不共享运行时`, `line ${el.line}: FunctionFile resid must equal the Runtime resid (${page}) or the runtime is not shared`);
      }
      if (n === 'Action' && el.attrs['xsi:type'] === 'ShowTaskpane') {
        const src = kid(el, 'SourceLocation');
        if (!src || src.attrs.resid !== page) {
          add(`第 ${el.line} 行：ShowTaskpane 的 SourceLocation 应为 ${page}，否则不共享运行时`, `line ${el.line}: ShowTaskpane SourceLocation must be ${page} or the runtime is not shared`);
        }
        const id = kid(el, 'TaskpaneId');
        taskpaneIds.add(id ? id.text.trim() : '');
      }
    });
    if (taskpaneIds.size > 1 || taskpaneIds.has('')) {
      add('共享运行时只支持一个任务窗格：每个 ShowTaskpane 须有相同的 TaskpaneId', 'a shared runtime supports one task pane: every ShowTaskpane needs the same TaskpaneId');
    }
  }
}

/** The folder of a page URL (https://host/addin/taskpane.html → https://host/addin/), or null. */
function folderOf(url) {
  try {
    return new URL('.', url).href;
  } catch {
    return null;
  }
}

/**
 * https://host/addin/assets/icon-32.png → <baseDir>/assets/icon-32.png when the pane lives in https://host/addin/;
 * a URL outside that folder maps by its whole path.
 */
function fileUnder(url, baseDir, appBase) {
  let href;
  try {
    href = new URL(url).href;
  } catch {
    return path.join(baseDir, '__invalid__');
  }
  const rel = appBase && href.startsWith(appBase) ? href.slice(appBase.length) : new URL(href).pathname;
  const clean = rel.split(/[?#]/)[0];
  return path.join(baseDir, ...clean.split('/').filter((s) => s && s !== '..').map((s) => decodeURIComponent(s)));
}

function pngSize(file) {
  let buf;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return null;
  }
  if (buf.length < 24 || buf.readUInt32BE(0) !== 0x89504e47 || buf.toString('ascii', 12, 16) !== 'IHDR') return { width: -1, height: -1 };
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function main(argv) {
  const at = argv.indexOf('--web-root');
  const webRoot = at >= 0 ? argv[at + 1] : undefined;
  const rest = at >= 0 ? [...argv.slice(0, at), ...argv.slice(at + 2)] : argv;
  const file = path.resolve(rest[0] || 'manifest.xml');
  const name = path.basename(file);
  let xml;
  try {
    xml = fs.readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`找不到 ${name} / cannot read ${file}\n`);
    return 1;
  }
  const problems = checkManifest(xml, webRoot ? path.resolve(webRoot) : path.dirname(file));
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`✗ ${p}\n`);
    process.stderr.write(`${name} 结构检查未通过（${problems.length} 个问题）/ ${name} failed the structural check (${problems.length} problems)\n`);
    return 1;
  }
  process.stdout.write(`${name} 结构检查通过 / ${name} passed the structural check\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
module.exports = { checkManifest, parseXml, manifestUrls, XmlError };
