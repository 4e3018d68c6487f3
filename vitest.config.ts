import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest files first, so the workers finish together: Vitest orders by
 * the durations it cached from the last run, but a fresh clone (CI) has none
 * and falls back to file size, which would start the axe sweeps (small files,
 * the longest runs) last. Measured on the 2-core machine (a quiet fresh clone,
 * seconds after each name). A browser file missing here starts among the
 * last, and finishes alone: listen-along (22 s) once ended a run so
 * (tests/unit/suite-order.test.ts names any that is missing). The three
 * engines' flows are one file that comes first and takes the third worker for
 * its whole run: they mostly wait for audio to play in real time (about a
 * third of a core), so beside the two CPU-bound workers they cost the run
 * little wall time.
 */
const LONGEST = [
  'engines/engines.test', // 230: Firefox, WebKit, Chromium, mostly waiting for sound
  'sweep-with-js', // 46
  'types', // 45
  'fidelity.test', // 45
  'role-guide.test', // 43
  'bad-input', // 41
  'listening', // 41
  'editor-changes', // 40
  'reproducible', // 33
  'quality', // 30
  'search.test', // 27
  'dev-errors', // 27
  'sweep-without-js', // 25
  'listen-along', // 22
  'search-readers', // 19
  'stalls', // 19
  'reading', // 19
  'role-guide-input', // 17
  'recording-replaced', // 16
  'virtual-screen-reader', // 14
  'nu-validator', // 14
  'clips', // 13
  'screen-reader', // 13
  'page-pool', // 6
  'subpath', // 5
  'headlines', // 3
];
const rank = (spec: TestSpecification) => {
  const i = LONGEST.findIndex((name) => spec.moduleId.includes(`/${name}`));
  return i < 0 ? LONGEST.length : i;
};
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted.map((spec, i) => ({ spec, i })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i).map(({ spec }) => spec);
  }
}

/**
 * Four projects, each run alone with `--project`:
 * - unit: plain data, no built site; every file side by side in one shared
 *   module graph (isolate: false), so `npm run test:unit` runs anywhere in seconds.
 * - build: reads dist/ (and dist-base/) and runs fixture builds.
 * - e2e: Chromium (playwright-core) against dist/ served over HTTP.
 * - engines: the reader's flows in Chromium, Firefox and WebKit (tests/engines/).
 * `npm test` builds first and runs all four.
 */
export default defineConfig({
  test: {
    // Two cores: browser and build tests are heavy, so two of those files at
    // once, and a third worker that the engines' file (first in LONGEST, and
    // longer than any other) holds nearly to the end: it mostly waits.
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
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
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          // Each file starts one browser of its engine and one server (tests/engines/flows.ts).
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
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
