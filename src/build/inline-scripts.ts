/**
 * The inline scripts the layout writes itself are allowed by hash in the
 * Content-Security-Policy (Astro hashes its own bundled scripts, not
 * `is:inline` ones): the flag below, and the page's eager script
 * (integrations/lazy-bundles).
 */
import { createHash } from 'node:crypto';

/**
 * "JavaScript is on": runs in every page's <head> before first paint and marks
 * the document, so every component styles its scripted state from
 * `:root[data-js]` from the first paint on. With scripts off, or this script
 * blocked, every component shows its no-JavaScript state.
 */
export const JS_FLAG = "document.documentElement.dataset.js=''";

export const cspHash = (code: string): `sha256-${string}` => `sha256-${createHash('sha256').update(code).digest('base64')}`;
