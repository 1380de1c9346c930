/**
 * Generates examples/汾阳市社会保险中心-2025年预算公开.xlsx from the seed 000 fixture through the
 * .xlsx writer. Run: npx jest -c scripts/make-example.jest.config.js
 */
module.exports = {
  rootDir: '..',
  testEnvironment: 'node',
  roots: ['<rootDir>/scripts'],
  testMatch: ['**/make-example.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
