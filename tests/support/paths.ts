import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
/** The same site built under a sub-path (npm run build:base). */
export const DIST_BASE = join(ROOT, 'dist-base');
export const BASE_PATH = '/publicaties/burgerinitiatieven/';
