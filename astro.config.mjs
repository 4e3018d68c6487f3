// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { hastLinks } from './src/build/hast-links.ts';
import audio from './src/integrations/audio.ts';
import lazyBundles from './src/integrations/lazy-bundles.ts';
import theme from './src/integrations/theme.ts';
import search from './src/integrations/search.ts';
import headers from './src/integrations/headers.ts';
import freshBuild from './src/integrations/fresh-build.ts';
import devErrors from './src/integrations/dev-errors.ts';
import editorLog from './src/integrations/editor-log.ts';
import socialCards from './src/integrations/social-cards.ts';
import pdf from './src/integrations/pdf.ts';
import sitemap from '@astrojs/sitemap';
import { MOVED_PAGES } from './src/lib/moved-pages.ts';
import { footnoteText } from './src/lib/text/nl.ts';

/**
 * Where the site is published. SITE_URL is the host (canonical URLs, social
 * cards); BASE_PATH the folder on it, e.g. "/publicaties/burgerinitiatieven/".
 * Every internal link, asset, audio file and the search bundle follow BASE_PATH.
 */
const site = process.env.SITE_URL ?? 'https://www.nji.nl';
const base = process.env.BASE_PATH ?? '/';
// The tests build a second copy under a sub-path into its own folder.
const outDir = process.env.OUT_DIR ?? './dist';
// `npm run controleer` (tools/controleer.ts): the same build with every content
// check, without what only publishing needs (search index, social cards,
// sitemap, headers), into a folder of its own that it then removes.
const quickCheck = process.env.CONTROLEER === '1';
// The social cards start before the PDF and search (in a worker thread) and are waited for after them.
const cards = socialCards();
// The PDF is typeset beside search (for a large edition in a worker thread); its facts go into the pages after search read them.
const pdfEdition = pdf();
// `npm run dev` would print "Run npx @astrojs/upgrade to update" when Astro has a newer
// version: not an editor's job (a maintainer updates, with the tests). Set here rather than
// in package.json so it holds on Windows too; Astro reads it after loading this file.
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cached stylesheet per page type, also for components used only inside MDX.
    inlineStylesheets: 'never',
  },
  srcDir: './src',
  outDir,
  // Fixture builds in the tests share node_modules through a symlink; each gets its
  // own cache folder, or parallel builds would read each other's content cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  publicDir: './public',
  integrations: [
    // First: a build removes the previous site before anything else, and its own on failure.
    freshBuild(),
    // A build stopped by a mistake in content/: the message and the file, no stack trace.
    editorLog(),
    // npm run dev: an editor's mistake as a Dutch page with a link to the content file.
    devErrors(),
    mdx(),
    audio(),
    lazyBundles(),
    // The stylesheet's tokens with the colours of src/lib/colours.ts (virtual:nji/theme.css).
    theme(),
    ...(quickCheck
      ? []
      : [
          cards.start,
          // The whole publication as a PDF from the finished pages, typeset while search indexes them.
          pdfEdition.start,
          search(),
          // Writes the PDF and its size and page count into the pages: after search, before headers.
          pdfEdition.done,
          cards.done,
          // Every page except the 404 page, the search page and the forwarding pages of moved pages, with the base path.
          sitemap({
            // The PDF edition is listed too.
            customPages: [new URL(`${base.replace(/^\/|\/$/g, '')}/publicatie.pdf`.replace(/^\//, ''), `${site.replace(/\/$/, '')}/`).href],
            filter: (page) => {
              const path = new URL(page).pathname;
              return !/\/(404|zoeken)\/?$/.test(path) && !MOVED_PAGES.some((moved) => path.endsWith(moved.from));
            },
          }),
          // Last: it reads the finished pages' Content-Security-Policy.
          headers(),
        ]),
  ],
  markdown: {
    // No code in this publication; Shiki's inline styles would also clash with the CSP.
    syntaxHighlight: false,
    processor: satteri({
      hastPlugins: [hastLinks({ base, site })],
      features: {
        gfm: {
          footnotes: {
            label: footnoteText.heading,
            backLabel: footnoteText.back,
          },
        },
      },
    }),
  },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy in every page's <meta>: scripts and styles
  // only from the site itself or by hash (Astro hashes what it inlines), no
  // 'unsafe-inline'; 'wasm-unsafe-eval' only because Pagefind's search runs as
  // WebAssembly; media from the site itself (and data: URLs, which
  // some engines use for a let-go element). The headers integration sends the same policy as an HTTP header.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "media-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The layout adds the hashes of its two inline scripts (src/build/inline-scripts.ts).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // The build tests build copies of the project side by side, each with its own cache.
    ...(process.env.VITE_CACHE_DIR ? { cacheDir: process.env.VITE_CACHE_DIR } : {}),
    build: {
      // One stylesheet for the whole site instead of one per component: a
      // reader's first page costs one render-blocking request, not eight, and
      // every later page finds it in the cache.
      cssCodeSplit: false,
      rollupOptions: {
        // Astro's MDX modules carry a directive the bundler warns about once per file;
        // hiding it keeps the build log readable for editors. Other warnings stay.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
