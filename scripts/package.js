#!/usr/bin/env node
/**
 * An intranet package of the add-in (`npm run package -- --origin https://预算.intranet.example/addin`):
 *
 *   <out>/budget-disclosure-addin-<version>/
 *     web/            the production build of the pane (no source maps, no CLI), to copy to the server
 *     manifest.xml    every URL on the given origin and path (punycode host), <Version> from package.json
 *     部署说明.txt     what the IT desk does with it, in Chinese
 *   <out>/budget-disclosure-addin-<version>.zip   the same folder
 *
 * Options: --origin URL (required), --new-id (a new <Id>) or --id GUID (keep one from an earlier package),
 * --out DIR (default: package). The build runs webpack's web and worker configurations with devtool off; the
 * packaged manifest must pass scripts/check-manifest.js against the web folder, or nothing is written.
 * Exit 0 written; 1 build or check failed; 2 bad arguments.
 */
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { checkManifest } = require('./check-manifest');
const { PackageError, addinBase, readableBase, manifestVersion, packageId, packagedManifest } = require('./packageManifest');
const { deploymentNotes } = require('./deploymentNotes');

const ROOT = path.resolve(__dirname, '..');
const NOTES = '部署说明.txt';

const USAGE = `用法：npm run package -- --origin https://预算.intranet.example/addin [--new-id | --id GUID] [--out 目录]
  --origin   加载项在内网 HTTPS 服务器上的地址（文件夹）；清单中的所有网址都指向这里
  --new-id   为清单生成新的 <Id>（与开发用的 manifest.xml 区分；请记下，升级时用 --id 沿用）
  --id GUID  沿用以前打包时的 <Id>
  --out 目录  输出位置（默认 package）
`;

function parseArgs(argv) {
  const options = { origin: undefined, id: undefined, newId: false, out: 'package', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => {
      const v = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (v === undefined || v.startsWith('--')) throw new PackageError(`${name} 后面缺少值`);
      return v;
    };
    if (name === '--origin') options.origin = value();
    else if (name === '--id') options.id = value();
    else if (name === '--out') options.out = value();
    else if (name === '--new-id') options.newId = true;
    else if (name === '--help' || name === '-h') options.help = true;
    else throw new PackageError(`不认识的参数：${arg}`);
  }
  return options;
}

/** A folder this script wrote before (replaced without asking); anything else at that path is refused. */
function isEarlierPackage(dir) {
  return fs.existsSync(path.join(dir, NOTES)) && fs.existsSync(path.join(dir, 'web', 'taskpane.html'));
}

/** webpack's web and worker configurations (webpack.config.js), production, without source maps, into webDir. */
function build(webDir) {
  const webpack = require('webpack');
  const configs = require(path.join(ROOT, 'webpack.config.js'))
    .filter((c) => c.name === 'web' || c.name === 'worker')
    .map((c) => ({ ...c, mode: 'production', devtool: false, output: { ...c.output, path: webDir } }));
  return new Promise((resolve, reject) => {
    webpack(configs, (err, stats) => {
      if (err) reject(err);
      else if (stats.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    });
  });
}

function filesUnder(dir, rel = '') {
  const out = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...filesUnder(dir, r));
    else out.push(r);
  }
  return out;
}

/** Source maps (ours are not built; Office.js ships a few) and anything that is not the pane stay out. */
function prune(webDir) {
  for (const f of filesUnder(webDir)) {
    if (f.endsWith('.map') || f === 'cli.js' || f.startsWith('cli.')) fs.rmSync(path.join(webDir, f));
  }
}

async function zipFolder(dir, zipFile) {
  const JSZip = require('jszip');
  const zip = new JSZip();
  const top = path.basename(dir);
  for (const f of filesUnder(dir)) zip.file(`${top}/${f}`, fs.readFileSync(path.join(dir, f)));
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  fs.writeFileSync(zipFile, buf);
  return buf.length;
}

const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

async function main(argv, out = process.stdout, err = process.stderr) {
  let options;
  let base;
  let version;
  let id;
  try {
    options = parseArgs(argv);
    if (options.help) {
      out.write(USAGE);
      return 0;
    }
    base = addinBase(options.origin);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    version = manifestVersion(pkg.version);
    id = packageId(options, () => crypto.randomUUID());
  } catch (e) {
    if (!(e instanceof PackageError)) throw e;
    err.write(`${e.message}\n\n${USAGE}`);
    return 2;
  }

  const outDir = path.resolve(options.out);
  const name = `budget-disclosure-addin-${version.replace(/\.0$/, '')}`;
  const target = path.join(outDir, name);
  if (fs.existsSync(target) && !isEarlierPackage(target)) {
    err.write(`${target} 已存在且不是以前生成的部署包，未覆盖；请换一个 --out 目录\n`);
    return 2;
  }
  const staging = `${target}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  const webDir = path.join(staging, 'web');
  fs.mkdirSync(webDir, { recursive: true });

  try {
    out.write(`正在构建加载项（webpack production，无 source map）…\n`);
    await build(webDir);
    prune(webDir);
    const devManifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    const manifest = packagedManifest(devManifest, { base, version, id });
    const finalId = /<Id>([^<]*)<\/Id>/.exec(manifest)[1];
    const problems = checkManifest(manifest, webDir);
    if (problems.length > 0) throw new Error(`打包后的 manifest.xml 未通过结构检查：\n  ${problems.join('\n  ')}`);
    fs.writeFileSync(path.join(staging, 'manifest.xml'), manifest);
    fs.writeFileSync(path.join(webDir, 'manifest.xml'), manifest);
    fs.writeFileSync(path.join(staging, NOTES), deploymentNotes({ base, version, id: finalId, idIsNew: options.newId }));

    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(staging, target);
    const zipSize = await zipFolder(target, `${target}.zip`);
    const files = filesUnder(target);
    const size = files.reduce((s, f) => s + fs.statSync(path.join(target, f)).size, 0);
    out.write(
      [
        `已生成部署包：${target}（${files.length} 个文件，${mb(size)}）`,
        `           ${target}.zip（${mb(zipSize)}）`,
        `地址：${readableBase(base)}${base.href !== readableBase(base) ? `（清单中写作 ${base.href}）` : ''}`,
        `版本：${version}    ID：${finalId}${options.newId ? '（新生成，请记下，升级时用 --id 沿用）' : ''}`,
        `下一步见 ${path.join(target, NOTES)}`,
        '',
      ].join('\n'),
    );
    return 0;
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (e instanceof PackageError) {
      err.write(`${e.message}\n`);
      return 2;
    }
    err.write(`打包失败：${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`打包失败：${e && e.stack ? e.stack : e}\n`);
      process.exitCode = 1;
    },
  );
}

module.exports = { main, parseArgs };
