/**
 * Three builds from one file:
 *  - 'cli': the Node command line (dist/cli.js, executable, one file).
 *  - 'web': the Excel add-in (task pane, ribbon command file, Office.js served from our own origin).
 *  - 'worker': the checks off the pane's main thread (dist/check-worker.js).
 * `webpack --mode production` builds all three; `--config-name cli` only the CLI.
 * The production build needs no network: dev certificates are only loaded for `webpack serve`.
 */
const fs = require('fs');
const path = require('path');

const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { ContentSecurityPolicyPlugin } = require('./scripts/contentSecurityPolicy');

const DIST = path.resolve(__dirname, 'dist');
const DEV_PORT = 3000;

/** Type checking is `tsc --noEmit` in CI; the build only transpiles. */
function tsRule(compilerOptions) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      options: { transpileOnly: true, configFile: path.resolve(__dirname, 'tsconfig.json'), compilerOptions },
    },
  };
}

/** Makes dist/cli.js executable so `npm link` / the bin entry run it directly. */
class ChmodPlugin {
  constructor(file) {
    this.file = file;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap('ChmodPlugin', () => {
      const target = path.join(compiler.options.output.path, this.file);
      if (fs.existsSync(target)) fs.chmodSync(target, 0o755);
    });
  }
}


function cliConfig() {
  return {
    name: 'cli',
    target: 'node20',
    entry: { cli: './src/cli/index.ts' },
    // What a command needs only sometimes (ExcelJS to write, docx) is a chunk beside it, loaded on first use.
    output: { path: DIST, filename: '[name].js', chunkFilename: 'cli-chunks/[name].js', clean: false },
    devtool: false,
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    // ES modules to webpack, so that import() makes a chunk instead of a require().
    module: { rules: [tsRule({ module: 'esnext' })] },
    // Node built-ins stay require()s (target node); everything else is bundled.
    optimization: { minimize: false },
    plugins: [new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true }), new ChmodPlugin('cli.js')],
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

function webConfig() {
  return {
    name: 'web',
    target: ['web', 'es2020'],
    entry: {
      taskpane: './src/taskpane/boot/index.tsx',
      // The ribbon commands are part of the pane's page (shared runtime); this is only their result dialog.
      'result-dialog': './src/commands/resultDialog.ts',
    },
    output: {
      path: DIST,
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      // Relative to the page, so dist/ works under any path of an intranet server (https://host/budget/).
      publicPath: 'auto',
      clean: false,
    },
    devtool: 'source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    // ES modules for the browser so `import()` becomes a lazily loaded chunk (CommonJS would inline it).
    module: { rules: [tsRule({ module: 'esnext', sourceMap: true })] },
    // Office.js is a global loaded by <script>, never bundled.
    externals: { '@microsoft/office-js': 'Office' },
    optimization: {
      // Vendors (React, Fluent) in their own long-cached chunks; the engine loads with the tab that needs it.
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 20 },
          // Fluent and the libraries it brings (styling, focus management, positioning).
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc[\\/]helpers)[\\/]/,
            name: 'fluent',
            priority: 10,
          },
        },
      },
      runtimeChunk: 'single',
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/boot/taskpane.html',
        chunks: ['runtime', 'taskpane'],
        scriptLoading: 'defer',
        inject: 'body',
      }),
      new HtmlWebpackPlugin({
        filename: 'result-dialog.html',
        template: './src/commands/resultDialog.html',
        chunks: ['runtime', 'result-dialog'],
        scriptLoading: 'defer',
        inject: 'body',
      }),
      // Every HTML file webpack emits gets its Content-Security-Policy (scripts/contentSecurityPolicy.js).
      new ContentSecurityPolicyPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', globOptions: { ignore: ['**/*.svg.src'] } },
          {
            // The whole Office.js dist: office.js is a loader that fetches host and locale files at run time.
            from: 'node_modules/@microsoft/office-js/dist',
            to: 'office-js',
            // Not the debug builds, nor the TypeScript declarations and IntelliSense files shipped beside them.
            globOptions: { ignore: ['**/*.debug.js', '**/*.d.ts', '**/*-vsdoc.js'] },
          },
          { from: 'manifest.xml', to: 'manifest.xml' },
          { from: 'src/taskpane/help/help.html', to: 'help.html' },
        ],
      }),
    ],
    // Budget for our own scripts; the copied Office.js files are not ours to size.
    performance: {
      hints: 'warning',
      maxEntrypointSize: 700 * 1024,
      maxAssetSize: 900 * 1024,
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith('office-js/'),
    },
    stats: 'errors-warnings',
    devServer: {
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false, // everything, including the copied Office.js, is served from the compilation
      // Errors only: the development bundles exceed the size budget, and a warnings overlay would cover the pane.
      client: { overlay: { errors: true, warnings: false } },
      // Only `webpack serve` calls this, so office-addin-dev-certs (certificate store access) is never
      // loaded by the production build, which must work offline.
      server: createDevHttpsServer,
    },
  };
}

/** webpack-dev-server 5 accepts a function as server type: an HTTPS server with the trusted localhost certificate. */
async function createDevHttpsServer(options, app) {
  const devCerts = require('office-addin-dev-certs');
  const https = require('https');
  return https.createServer({ ...options, ...(await devCerts.getHttpsServerOptions()) }, app);
}



/**
 * The checks run in a Web Worker so the pane stays responsive while a large workbook is checked:
 * one self-contained file with a fixed name (the pane starts it as new Worker('check-worker.js')).
 */
function workerConfig() {
  return {
    name: 'worker',
    target: ['webworker', 'es2020'],
    entry: { 'check-worker': './src/taskpane/boot/checkWorker.ts' },
    output: { path: DIST, filename: '[name].js', clean: false },
    devtool: 'source-map',
    resolve: { extensions: ['.ts', '.js', '.json'] },
    module: { rules: [tsRule({ module: 'esnext', sourceMap: true })] },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

module.exports = [cliConfig(), webConfig(), workerConfig()];
