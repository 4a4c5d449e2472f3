import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Two fixture builds in one test took 150 s on a 2-core machine loaded by other jobs.
    testTimeout: 240_000,
    // Vitest's default on 2 cores is one worker, so every file waited for lock.test.ts. The slow
    // files spend their time waiting on a child `astro build` (tests/support/fixture-project.ts),
    // and in `npm test` the browser tests share the cores: three workers keep them busy (the unit
    // lane was the longest with two); on larger machines the default (cores - 1) stands.
    maxWorkers: Math.max(3, availableParallelism() - 1),
  },
});
