/**
 * The manifest of an intranet package (`npm run package -- --origin URL`): the development manifest with every
 * URL moved from https://localhost:3000/ to the intranet folder, its <Version> from package.json and, on
 * request, a new <Id>.
 */
'use strict';
const { domainToUnicode } = require('url');
const { parseXml, manifestUrls } = require('./check-manifest');

/** A mistake in what the user asked for: the package script prints the message and exits 2. */
class PackageError extends Error {}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * The folder the add-in is served from, from --origin: https (Office loads nothing else), no user, query or
 * fragment, the path made a folder ("/addin" → "/addin/"). new URL() writes an internationalised host in its
 * ASCII form (预算.intranet.example → xn--lhr645f.intranet.example) and percent-encodes the path: that is the
 * form a manifest must carry.
 */
function addinBase(text) {
  const example = '例如 https://预算.intranet.example/addin';
  if (!text) throw new PackageError(`缺少 --origin：加载项在内网服务器上的 https 地址（${example}）`);
  let u;
  try {
    u = new URL(text);
  } catch {
    throw new PackageError(`--origin 不是有效的网址：${text}（${example}）`);
  }
  if (u.protocol !== 'https:') throw new PackageError(`--origin 必须是 https 地址：Office 只从 https 加载加载项（${text}）`);
  if (u.username || u.password) throw new PackageError(`--origin 不能包含用户名或密码：${text}`);
  if (u.search || u.hash) throw new PackageError(`--origin 不能包含“?”或“#”之后的部分：${text}`);
  if (/\.html?$/i.test(u.pathname)) {
    throw new PackageError(`--origin 应为加载项所在的文件夹，而不是页面：${text}（去掉 ${u.pathname.split('/').pop()}）`);
  }
  if (!u.pathname.endsWith('/')) u.pathname += '/';
  return u;
}

/** The base as people read it (预算.intranet.example/addin/), for the notes and comments; never for the manifest's URLs. */
function readableBase(base) {
  let path = base.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // a malformed escape stays as written
  }
  return `${base.protocol}//${domainToUnicode(base.hostname) || base.hostname}${base.port ? `:${base.port}` : ''}${path}`;
}

/**
 * package.json's version as the manifest's four-part <Version>: 1.2.3 → 1.2.3.0. A pre-release (1.2.3-beta.1)
 * is refused: 1.2.3.0 for the release would then not be newer than the beta, and Office compares versions.
 */
function manifestVersion(semver) {
  const m = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(String(semver || '').trim());
  if (!m) throw new PackageError(`package.json 的 version 不是 x.y.z 形式：${semver}`);
  if (m[4]) throw new PackageError(`package.json 的 version 是预发布版本 ${semver}：部署包需要正式版本号（如 ${m[1]}.${m[2]}.${m[3]}）`);
  const parts = [m[1], m[2], m[3]].map(Number);
  if (parts.some((n) => n > 65535)) throw new PackageError(`版本号的每一段不能超过 65535：${semver}`);
  return `${parts.join('.')}.0`;
}

/** The <Id> to write: the one given with --id, a new one with --new-id, else the development manifest's. */
function packageId(options, randomUUID) {
  if (options.id !== undefined && options.newId) throw new PackageError('--id 与 --new-id 只能用一个');
  if (options.id !== undefined) {
    if (!GUID.test(options.id)) throw new PackageError(`--id 应为 GUID（如 2f1c9a8e-5b7d-4c3e-9a61-0d4b8e7f6a21）：${options.id}`);
    return options.id.toLowerCase();
  }
  return options.newId ? randomUUID() : null;
}

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The packaged manifest text. `base` is addinBase()'s URL; `version` the four-part version; `id` a GUID or
 * null to keep the development one. Every URL of the development manifest must lie on the origin of its
 * SourceLocation (check-manifest.js insists on one origin); each keeps its path below that page's folder.
 */
function packagedManifest(xml, { base, version, id }) {
  const root = parseXml(xml);
  const kid = (el, name) => el.children.find((c) => c.name.slice(c.name.indexOf(':') + 1) === name);
  const settings = kid(root, 'DefaultSettings');
  const source = settings && kid(settings, 'SourceLocation');
  if (!source || !source.attrs.DefaultValue) throw new PackageError('manifest.xml 没有 DefaultSettings/SourceLocation');
  const devBase = new URL('.', source.attrs.DefaultValue);

  const rebase = (url) => {
    const u = new URL(url);
    if (u.origin !== devBase.origin) throw new PackageError(`manifest.xml 的网址不在 ${devBase.origin} 上：${url}`);
    const rel = u.href.startsWith(devBase.href) ? u.href.slice(devBase.href.length) : u.href.slice(u.origin.length + 1);
    return new URL(rel, base).href;
  };
  let out = xml.replace(/\b(DefaultValue|Value)="(https?:\/\/[^"]*)"/g, (_, attr, url) => `${attr}="${escapeXml(rebase(url))}"`);
  out = out.replace(/(<(?:\w+:)?AppDomain>)([^<]*)(<\/(?:\w+:)?AppDomain>)/g, (_, open, url, close) => {
    const origin = new URL(url.trim()).origin === devBase.origin ? base.origin : url.trim();
    return `${open}${origin}${close}`;
  });
  out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  if (id) out = out.replace(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`);
  // The header comment tells developers how to point the file elsewhere: in a package it would mislead.
  // ("--" may not appear inside an XML comment, as in a punycode host or the option's name.)
  const where = readableBase(base).replace(/-{2,}/g, (d) => d.split('').join(' '));
  out = out.replace(/(<\?xml[^>]*\?>\s*)<!--[\s\S]*?-->/, (_, decl) =>
    `${decl}<!--\n  预算公开助手 ${version}，由 npm run package 为 ${where} 生成。\n  不要手改其中的网址：换服务器时用新的 origin 参数重新打包。\n-->`,
  );

  // Nothing may still point at the development server.
  for (const u of manifestUrls(parseXml(out))) {
    const inside = u.domainOnly ? new URL(u.url).origin === base.origin : u.url.startsWith(base.href);
    if (!inside) throw new PackageError(`打包后的清单第 ${u.line} 行仍不在 ${base.href} 下：${u.url}`);
  }
  return out;
}

module.exports = { PackageError, addinBase, readableBase, manifestVersion, packageId, packagedManifest };
