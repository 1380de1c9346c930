// Flat ESLint config: typescript-eslint recommended for src/ and test/, with the rule that keeps the
// domain core pure (no Office.js, React, Node file APIs or ExcelJS under src/domain/**).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const HOST_MODULES = [
  { name: '@microsoft/office-js', message: 'src/domain 必须保持纯净：不得使用 Office.js（经由 src/excel 网关）。' },
  { name: 'react', message: 'src/domain 必须保持纯净：不得使用 React。' },
  { name: 'react-dom', message: 'src/domain 必须保持纯净：不得使用 React。' },
  { name: 'fs', message: 'src/domain 必须保持纯净：不得读写文件（由 CLI 或 src/xlsx 负责）。' },
  { name: 'fs/promises', message: 'src/domain 必须保持纯净：不得读写文件。' },
  { name: 'node:fs', message: 'src/domain 必须保持纯净：不得读写文件。' },
  { name: 'node:fs/promises', message: 'src/domain 必须保持纯净：不得读写文件。' },
  { name: 'path', message: 'src/domain 必须保持纯净：不得使用 path。' },
  { name: 'node:path', message: 'src/domain 必须保持纯净：不得使用 path。' },
  { name: 'exceljs', message: 'src/domain 必须保持纯净：不得使用 ExcelJS（由 src/xlsx 适配）。' },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'build/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed parameters are deliberate (interface conformance).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/domain/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: HOST_MODULES,
          patterns: [
            { group: ['@fluentui/*'], message: 'src/domain 必须保持纯净：不得使用界面库。' },
            { group: ['**/excel/**', '**/taskpane/**', '**/xlsx/**', '**/cli/**'], message: 'src/domain 不得依赖适配层。' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Office', message: 'src/domain 不得使用 Office.js。' }, { name: 'Excel', message: 'src/domain 不得使用 Office.js。' }],
    },
  },
  {
    // CommonJS config files and scripts run by Node directly.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        Buffer: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
