/**
 * The browser tests' host script (test/browser/host/testHost.ts → build/browser-test/test-host.js): the
 * memory workbook and the fake Excel for the production pane, injected by the test harness. Not part of
 * `npm run build`, so nothing of it reaches dist/.
 */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const { officeApiSets } = require('../../../scripts/officeApiSets');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const OUT = path.join(ROOT, 'build', 'browser-test');

/**
 * The fake Excel's requirement-set table (test/support/excelApiSets.ts reads @types/office-js with
 * Node's fs) written out as a module the page can load: the same table, read at build time.
 */
const API_SETS = path.join(OUT, 'excelApiSets.generated.js');
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(API_SETS, `export const EXCEL_API_SETS = ${JSON.stringify(officeApiSets())};\n`);

module.exports = {
  name: 'test-host',
  mode: 'production',
  target: ['web', 'es2020'],
  entry: { 'test-host': path.join(__dirname, 'testHost.ts') },
  output: { path: OUT, filename: '[name].js', clean: false },
  plugins: [new webpack.NormalModuleReplacementPlugin(/[\\/]excelApiSets$/, API_SETS)],
  devtool: false,
  resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(ROOT, 'tsconfig.json'), compilerOptions: { module: 'esnext' } } },
      },
    ],
  },
  optimization: { minimize: false },
  performance: { hints: false },
  stats: 'errors-warnings',
};
