/**
 * `npm run dev` only: before a page is made, the front matter of every
 * content file is checked (src/build/front-matter-check.ts), and its MDX
 * text read as the compiler reads it (src/build/mdx-syntax-check.ts), so a
 * mistake there shows in the browser as the Dutch error page rather than
 * only in the terminal behind a stale page, or as Vite's English overlay.
 * The build does nothing here.
 */
import { defineMiddleware } from 'astro:middleware';

export const onRequest = defineMiddleware(async (_context, next) => {
  if (import.meta.env.DEV) {
    const [{ checkFrontMatter }, { checkMdxSyntax }, { locate }] = await Promise.all([
      import('./build/front-matter-check'),
      import('./build/mdx-syntax-check'),
      import('./build/per-build'),
    ]);
    try {
      checkFrontMatter();
      checkMdxSyntax();
    } catch (error) {
      locate(error);
    }
  }
  return next();
});
