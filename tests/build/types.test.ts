/**
 * `npm run check` (TypeScript strict and Astro's diagnostics) as part of
 * `npm test`: run here, beside the other build tests, instead of before the
 * build while one core waits. Its whole report is the failure message.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../support/paths';

// Vitest puts Vite's mode into the environment (NODE_ENV=test, …); the check runs as `npm run check` does.
const VITEST_MODE = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

it('TypeScript and Astro find no error, warning or hint (npm run check)', () => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST_MODE.has(k)));
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'check'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const output = `${result.stdout}${result.stderr}`;
  expect(result.status, output).toBe(0);
  expect(output).toMatch(/- 0 errors\s+- 0 warnings\s+- 0 hints/);
}, 180_000);
