/**
 * `npm run dev` only: before a page is made, the front matter of every
 * content file is checked (src/build/front-matter-check.ts), so a mistake
 * there shows in the browser rather than only in the terminal behind a stale
 * page. The build does nothing here.
 */
import { defineMiddleware } from 'astro:middleware';

export const onRequest = defineMiddleware(async (_context, next) => {
  if (import.meta.env.DEV) {
    const [{ checkFrontMatter }, { locate }] = await Promise.all([import('./build/front-matter-check'), import('./build/per-build')]);
    try {
      checkFrontMatter();
    } catch (error) {
      locate(error);
    }
  }
  return next();
});
