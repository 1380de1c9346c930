/**
 * Two builds from one file:
 *  - 'cli': the Node command line (dist/cli.js, executable, one file).
 *  - 'web': the Excel add-in (task pane, ribbon command file, Office.js served from our own origin).
 * `webpack --mode production` builds both; `--config-name cli` only the CLI.
 * The production build needs no network: dev certificates are only loaded for `webpack serve`.
 */
const fs = require('fs');
const path = require('path');
const Module = require('module');

pinAjvForAjvKeywords();

const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

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

/** Removes a hashbang line left in a module source (src/cli/index.ts has one): the banner adds the only one. */
const stripHashbang = {
  test: /src[\\/]cli[\\/]index\.ts$/,
  enforce: 'pre',
  use: { loader: path.resolve(__dirname, 'scripts/strip-hashbang-loader.js') },
};

function cliConfig() {
  return {
    name: 'cli',
    target: 'node20',
    entry: { cli: './src/cli/index.ts' },
    output: { path: DIST, filename: '[name].js', clean: false },
    devtool: false,
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: { rules: [stripHashbang, tsRule({})] },
    // Node built-ins stay require()s (target node); everything else is bundled into one file.
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
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
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
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'], alias: schedulerAlias() },
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
        template: './src/taskpane/taskpane.html',
        chunks: ['runtime', 'taskpane'],
        scriptLoading: 'defer',
        inject: 'body',
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['runtime', 'commands'],
        scriptLoading: 'defer',
        inject: 'body',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', globOptions: { ignore: ['**/*.svg.src'] } },
          {
            // The whole Office.js dist: office.js is a loader that fetches host and locale files at run time.
            from: 'node_modules/@microsoft/office-js/dist',
            to: 'office-js',
            globOptions: { ignore: ['**/*.debug.js'] },
          },
          { from: 'manifest.xml', to: 'manifest.xml' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
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
 * Fluent UI's context selector imports `scheduler` (a peer dependency); npm with legacy-peer-deps leaves
 * it nested under react-dom only. Point it at react-dom's copy: one scheduler for React and Fluent.
 */
function schedulerAlias() {
  try {
    require.resolve('scheduler');
    return {};
  } catch {
    const reactDom = path.dirname(require.resolve('react-dom/package.json'));
    return { scheduler: path.dirname(require.resolve('scheduler/package.json', { paths: [reactDom] })) };
  }
}

/**
 * Install-tree guard. With `legacy-peer-deps=true` (.npmrc) npm hoists ajv-keywords@5 to the top of
 * node_modules, next to ESLint's ajv@6, while its peer ajv@8 stays nested under schema-utils; loading
 * copy-webpack-plugin then fails with "Cannot find module 'ajv/dist/compile/codegen'". When (and only
 * when) that is the case, requests for ajv made from ajv-keywords go to schema-utils' ajv@8.
 * Inert once the lockfile nests ajv-keywords properly.
 */
function pinAjvForAjvKeywords() {
  let topMajor;
  let ajv8Dir;
  try {
    topMajor = Number(require('ajv/package.json').version.split('.')[0]);
    const schemaUtils = path.dirname(require.resolve('schema-utils/package.json', { paths: [require.resolve('copy-webpack-plugin')] }));
    ajv8Dir = path.dirname(require.resolve('ajv/package.json', { paths: [schemaUtils] }));
  } catch {
    return;
  }
  if (topMajor >= 8 || !ajv8Dir || Number(require(path.join(ajv8Dir, 'package.json')).version.split('.')[0]) < 8) return;
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    if ((request === 'ajv' || request.startsWith('ajv/')) && parent && /[\\/]node_modules[\\/]ajv-keywords[\\/]/.test(parent.filename || '')) {
      return resolve.call(this, path.join(ajv8Dir, request.slice(3)), parent, ...rest);
    }
    return resolve.call(this, request, parent, ...rest);
  };
}

module.exports = [cliConfig(), webConfig()];
