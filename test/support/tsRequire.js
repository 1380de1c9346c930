/*
 * `node -r ./test/support/tsRequire.js src/cli/index.ts …` runs the CLI from its TypeScript sources
 * (transpiled on load, no type check), so tests can start it as a real process — with its worker
 * threads and its own stdout — without building dist/ first. Worker threads inherit the -r.
 * Transpiled files are cached in node_modules/.cache by content, so only the first start pays.
 */
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const CACHE = path.join(__dirname, '..', '..', 'node_modules', '.cache', 'ts-require');
let ts;

function transpile(source, filename) {
  ts = ts || require('typescript');
  const compilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2020,
    esModuleInterop: true,
    resolveJsonModule: true,
    jsx: ts.JsxEmit.ReactJSX,
  };
  return ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
}

require.extensions['.ts'] = function compile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha1').update(filename).update('\0').update(source).digest('hex');
  const cached = path.join(CACHE, `${key}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, 'utf8');
  } catch {
    output = transpile(source, filename);
    try {
      fs.mkdirSync(CACHE, { recursive: true });
      fs.writeFileSync(`${cached}.${process.pid}`, output);
      fs.renameSync(`${cached}.${process.pid}`, cached);
    } catch {
      // A read-only checkout: transpile every time.
    }
  }
  module._compile(output, filename);
};
