/**
 * Browser tests (`npm run test:browser`): the production build of the task pane (dist/) served on
 * 127.0.0.1, driven in Debian's headless Chromium by playwright-core, on an in-memory workbook.
 * One worker: each test starts its own Chromium, and the CI machine has few cores.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.browser.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  globalSetup: '<rootDir>/test/browser/globalSetup.js',
  maxWorkers: 1,
  testTimeout: 90000,
};
