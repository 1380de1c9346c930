#!/usr/bin/env node
/*
 * Runs the built CLI (dist/cli.js) on the bundled example: template, check, narrative. The files it
 * writes go to demo-output/ (ignored by git), the same folder each run (--force replaces them), so
 * nothing piles up in the system's temporary folder.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
// What runs the CLI: node dist/cli.js; a test runs the sources instead (DEMO_NODE_ARGS, a JSON array).
const nodeArgs = process.env.DEMO_NODE_ARGS ? JSON.parse(process.env.DEMO_NODE_ARGS) : [cli];
if (!process.env.DEMO_NODE_ARGS && !fs.existsSync(cli)) {
  console.error('找不到 dist/cli.js，请先运行 npm run build:cli');
  process.exit(2);
}
const examples = path.join(root, 'examples');
// Paths relative to the repository, which the CLI runs in: its messages then show them as typed.
const example = fs.readdirSync(examples).filter((f) => f.endsWith('.xlsx')).map((f) => path.join('examples', f))[0];
if (!example) {
  console.error('examples 文件夹中没有示例工作簿');
  process.exit(2);
}
const out = 'demo-output';
fs.mkdirSync(path.join(root, out), { recursive: true });

function run(title, args) {
  console.log(`\n=== ${title}`);
  console.log(`$ budget-disclosure ${args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
  const r = spawnSync(process.execPath, [...nodeArgs, ...args], { encoding: 'utf8', cwd: root });
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  console.log(`（退出码 ${r.status}）`);
  return r.status;
}

const templateFile = path.join(out, '汾阳市社会保险中心-2025年预算公开模板.xlsx');
run('一、生成 2025 年预算公开模板', [
  'template', '--kind', 'budget', '--year', '2025', '--unit', '汾阳市社会保险中心', '--unit-type', '事业单位', '--out', templateFile, '--force',
]);
run('二、校验示例工作簿', ['check', example]);
const narrativeFile = path.join(out, '情况说明.txt');
const status = run('三、生成情况说明', ['narrative', example, '--out', narrativeFile, '--force']);
if (status === 0 && fs.existsSync(path.join(root, narrativeFile))) {
  const text = fs.readFileSync(path.join(root, narrativeFile), 'utf8');
  console.log('\n情况说明开头：');
  console.log(text.split('\n').slice(0, 8).join('\n'));
}
console.log(`\n演示文件在：${path.join(root, out)}（每次运行覆盖）`);
