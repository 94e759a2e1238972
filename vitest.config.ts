import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    // The fault suite has its own config (vitest.faults.config.ts, npm run test:faults).
    exclude: ['**/node_modules/**', 'test/faults/**'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: forks keep PGlite instances isolated per worker.
    pool: 'forks',
    maxWorkers: 2,
  },
});
