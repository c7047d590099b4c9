// Tests run against a real PostgreSQL: TEST_DATABASE_URL if set, else an embedded one started
// once in globalSetup. Each test file creates its own database, so files run in parallel.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  globalSetup: '<rootDir>/tests/harness/global-setup.ts',
  globalTeardown: '<rootDir>/tests/harness/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
  // Plugins import the SDK by its package name; in the repo that is the source itself.
  moduleNameMapper: { '^wushe(/sdk)?$': '<rootDir>/src/sdk.ts' },
};
