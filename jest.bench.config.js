/** Benchmarks (`npm run bench`): they print figures; timing is never asserted in tests. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/bench'],
  testMatch: ['**/*.bench.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testTimeout: 600000,
};
