/**
 * Jest projects: fast unit/integration tests, the slow real-browser suite, and the suites that need
 * the real PostgreSQL server (its contract runs and several instances on one database). `npm test`
 * runs all three.
 */
const tsJest = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: tsJest,
      testMatch: ['<rootDir>/tests/{unit,integration,contracts}/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/contracts/postgres'],
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform: tsJest,
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    },
    {
      displayName: 'postgres',
      testEnvironment: 'node',
      transform: tsJest,
      testMatch: ['<rootDir>/tests/contracts/postgres*.test.ts', '<rootDir>/tests/postgres/**/*.test.ts'],
    },
  ],
};
