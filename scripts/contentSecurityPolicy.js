/**
 * The Content-Security-Policy of every page the add-in serves (task pane, result dialog, help), written by
 * the build into each HTML file as a <meta http-equiv> tag, because an intranet web server (IIS, nginx, a
 * file share behind a proxy) cannot be relied on to send headers.
 *
 * What it allows, and why:
 * - default-src 'self': every script, chunk, the check worker, Office.js (dist/office-js: office.js loads the
 *   host file, the locale strings and its telemetry sink from its own folder), icons and fetches come from
 *   the add-in's own origin; a request to any other origin is blocked, so budget data cannot leave.
 * - script-src 'self' plus the SHA-256 of each inline script the page holds (computed here, at build time,
 *   from the emitted HTML): the ES5 boot script must stay inline so it can still speak when nothing else
 *   loads. No 'unsafe-inline', no 'unsafe-eval': neither webpack's output (devtool source-map, no eval) nor
 *   Office.js needs eval.
 * - style-src 'self' 'unsafe-inline': Fluent UI v9 styles through Griffel, which creates empty <style>
 *   elements at run time and fills them with insertRule, and FluentProvider adds one for its theme tokens.
 *   Chromium refuses those elements under a hash or 'self' alone (the empty-string hash does not admit them:
 *   tried), and a nonce in a static file is no secret. Inline styles cannot run code, and with img-src,
 *   font-src and connect-src on 'self' a style cannot send anything to another origin either.
 * - style-src-attr 'none': nothing writes a style="" attribute; React, Fluent and the boot script set
 *   element.style through the CSSOM, which CSP does not govern.
 * - img-src 'self' data: — Fluent draws some glyphs as data: SVG.
 * - object-src 'none', base-uri 'none', form-action 'none': no plug-ins, no <base> hijack, no form posts.
 * frame-ancestors cannot be set from a <meta> tag (browsers ignore it there); Office frames the pane itself.
 */
'use strict';
const crypto = require('crypto');

/** Inline <script> elements (no src attribute) and their exact text, as the browser hashes it. */
function inlineScripts(html) {
  const out = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  for (const m of html.matchAll(re)) {
    if (/\ssrc\s*=/i.test(` ${m[1]}`)) continue;
    if (m[2].trim() === '') continue;
    out.push(m[2]);
  }
  return out;
}

function sha256(text) {
  return `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy for one page, given its final HTML. */
function policyFor(html) {
  const hashes = [...new Set(inlineScripts(html).map(sha256))];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "style-src-attr 'none'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const META = /<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi;

/**
 * The page with its policy as the first element after <meta charset> (a policy only covers what comes after
 * it). A policy already there (a watch rebuild, a hand-written one) is replaced: the build is its one source.
 */
function withPolicy(html, file = 'page') {
  const page = html.replace(META, '');
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policyFor(page)}">`;
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i;
  if (charset.test(page)) return page.replace(charset, (m) => m + tag);
  const head = /<head(\s[^>]*)?>/i;
  if (!head.test(page)) throw new Error(`${file} has no <head>: nowhere to put the Content-Security-Policy`);
  return page.replace(head, (m) => m + tag);
}

/** The policy a page carries, or null (for the tests and the package check). */
function policyOf(html) {
  const m = html.match(/<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/i);
  return m ? m[1] : null;
}

/**
 * Webpack plugin: every .html asset of the compilation (html-webpack-plugin's pages and copied ones) gets its
 * policy. It runs after webpack's own minimizer has rewritten the pages (production minifies their inline
 * scripts too), so the hashes are those of the bytes the browser receives.
 */
class ContentSecurityPolicyPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.compilation.tap('ContentSecurityPolicyPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ContentSecurityPolicyPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.html?$/i.test(name)) continue;
            const html = compilation.getAsset(name).source.source().toString();
            compilation.updateAsset(name, new sources.RawSource(withPolicy(html, name)));
          }
        },
      );
    });
  }
}

module.exports = { policyFor, withPolicy, policyOf, inlineScripts, ContentSecurityPolicyPlugin };
