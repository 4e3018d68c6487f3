import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Generous: a busy 2-core machine runs browser sweeps several times slower.
    testTimeout: 300_000,
    // Polled browser expectations wait up to 10 s: a loaded CI machine may take
    // more than the default second to fetch the search index or the recording.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    hookTimeout: 180_000,
    // Two cores: browser and build tests are heavy, so at most two files at once.
    maxWorkers: 2,
  },
});
