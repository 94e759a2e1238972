import { defineConfig } from 'vitest/config';

// The fault suite (npm run test:faults): the real app as a child process against real PostgreSQL,
// with the database restarted under it and the process signalled. Not part of `npm test`.
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    pool: 'forks',
    // Each file starts its own PostgreSQL cluster and app; two at a time on two cores.
    maxWorkers: 2,
  },
});
