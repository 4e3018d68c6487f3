import { defineConfig } from 'vitest/config';

/**
 * Three projects, each run alone with `--project`:
 * - unit: plain data, no built site; every file side by side in one shared
 *   module graph (isolate: false), so `npm run test:unit` runs anywhere in seconds.
 * - build: reads dist/ (and dist-base/) and runs fixture builds.
 * - e2e: Chromium (playwright-core) against dist/ served over HTTP.
 * `npm test` builds first and runs all three.
 */
export default defineConfig({
  test: {
    // Two cores: browser and build tests are heavy, so at most two files at once.
    maxWorkers: 2,
    // Polled browser expectations wait up to 10 s: a loaded CI machine may take
    // more than the default second to fetch the search index or the recording.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Pure functions on plain data: no file changes global state, so the
          // files share one module graph instead of re-importing per file.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          // Files read dist/ or build copies in their own folders and mock no
          // module; what one changes (process.env) it puts back in afterAll.
          isolate: false,
          // Generous: fixture builds on a busy 2-core machine take minutes.
          testTimeout: 300_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          // Each file opens its own server and browser (useSite) and closes them.
          isolate: false,
          // Generous: a busy 2-core machine runs browser sweeps several times slower.
          testTimeout: 300_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
