/** Jest projects: fast unit/integration tests, and the slow real-browser suite. `npm test` runs both. */
const tsJest = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: tsJest,
      testMatch: ['<rootDir>/tests/{unit,integration,contracts}/**/*.test.ts'],
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform: tsJest,
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    },
  ],
};
