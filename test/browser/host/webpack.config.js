/**
 * The browser tests' host script (test/browser/host/testHost.ts → build/browser-test/test-host.js): the
 * memory workbook and the fake Excel for the production pane, injected by the test harness. Not part of
 * `npm run build`, so nothing of it reaches dist/.
 */
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..', '..');

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
  optimization: { minimize: false },
  performance: { hints: false },
  stats: 'errors-warnings',
};
