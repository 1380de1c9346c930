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

/**
 * The fake Excel's requirement-set table (test/support/excelApiSets.ts reads @types/office-js with Node's
 * fs): written out here as a module, which the page's bundle uses instead.
 */
const API_SETS_MODULE = path.join(ROOT, 'build', 'browser-test', 'excelApiSets.generated.js');
fs.mkdirSync(path.dirname(API_SETS_MODULE), { recursive: true });
fs.writeFileSync(API_SETS_MODULE, `export const EXCEL_API_SETS = ${JSON.stringify(officeApiSets())};\n`);

module.exports = {
  name: 'test-host',
  mode: 'production',
  target: ['web', 'es2020'],
  entry: { 'test-host': path.join(__dirname, 'testHost.ts') },
  output: { path: path.join(ROOT, 'build', 'browser-test'), filename: '[name].js', clean: false },
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
  plugins: [new webpack.NormalModuleReplacementPlugin(/^\.\/excelApiSets$/, API_SETS_MODULE)],
  optimization: { minimize: false },
  performance: { hints: false },
  stats: 'errors-warnings',
};
