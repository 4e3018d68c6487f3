/**
 * The only inline scripts the site writes itself, kept as exact strings so
 * astro.config can allow them by hash in the Content-Security-Policy (Astro
 * hashes its own bundled scripts, not `is:inline` ones).
 */
import { createHash } from 'node:crypto';

/** Runs where the role guide starts, before first paint: marks it for its one-question-at-a-time styles. */
export const ROLE_GUIDE_FLAG = "document.currentScript.parentElement.setAttribute('data-js','')";

export const cspHash = (code: string): `sha256-${string}` => `sha256-${createHash('sha256').update(code).digest('base64')}`;
