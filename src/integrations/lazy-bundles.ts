/**
 * Bundles the code that pages load only when a reader asks for it — the
 * player's playback code on the first press, "alles afspelen"
 * on its press, the search UI when search opens, the role guide when it comes
 * near — each as its own file, and gives their URLs to the pages and to the
 * one lazy loader (src/browser/lazy.ts) through the virtual module
 * `virtual:nji/lazy`; and the one script each page runs before any
 * interaction (the site script, or with it the reading aids), as code the
 * layout inlines.
 * Built outside Vite on purpose: Vite wraps every dynamic import in its
 * preload helper (about 1 KB gzip), which would double the JavaScript that
 * every page loads before anyone interacts. In dev, Vite serves the sources.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { AstroIntegration } from 'astro';
import { baseDir } from '../lib/paths';

const MODULE = 'virtual:nji/lazy';
/** Loaded later, each as its own file: their URLs are `<name>Url`. Each knows the URLs of those before it. */
const ENTRIES = {
  search: 'src/browser/search/open.ts',
  roleGuide: 'src/browser/role-guide.ts',
  movedAnchor: 'src/browser/moved-anchor.ts',
  // Knows the URLs above (a new page's starting steps, ../browser/page-start).
  player: 'src/browser/player/controller.ts',
  // Knows the player's URL (the queue lives with the player).
  playAll: 'src/browser/play-all.ts',
} as const;
/**
 * What a page runs before any interaction, one script per kind of page,
 * inlined by the layout (allowed by hash): `<name>Script`. One script with
 * everything a page needs compresses far better than a script per component,
 * and no bundler splits a module they share into a file of its own.
 */
const EAGER = {
  site: 'src/browser/site.ts',
  reading: 'src/browser/reading.ts',
} as const;

export default function lazyBundles(): AstroIntegration {
  const outputs: { file: string; code: string }[] = [];
  return {
    name: 'nji-lazy-bundles',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        const base = baseDir(config.base);
        const exports: string[] = [];
        const urls: Record<string, string> = {};
        const urlModule = () =>
          Object.entries(urls)
            .map(([name, url]) => `export const ${name}Url = ${JSON.stringify(url)};`)
            .join('\n');
        const bundle = async (entry: string, withUrls?: string) => {
          const result = await build({
            entryPoints: [fileURLToPath(new URL(entry, config.root))],
            bundle: true,
            minify: true,
            format: 'esm',
            target: 'es2022',
            write: false,
            legalComments: 'none',
            define: { 'import.meta.env.DEV': 'false', 'import.meta.env.BASE_URL': JSON.stringify(base) },
            plugins: withUrls !== undefined
              ? [
                  {
                    name: 'nji-lazy-urls',
                    setup: (b) => {
                      b.onResolve({ filter: /^virtual:nji\/lazy$/ }, () => ({ path: MODULE, namespace: 'nji' }));
                      b.onLoad({ filter: /.*/, namespace: 'nji' }, () => ({ contents: withUrls, loader: 'js' }));
                    },
                  },
                ]
              : [],
          });
          return result.outputFiles[0]!.text.trim();
        };
        for (const [name, entry] of Object.entries(ENTRIES)) {
          if (command !== 'build') {
            urls[name] = `${base}${entry}`;
            continue;
          }
          const code = await bundle(entry, urlModule());
          const hash = createHash('sha256').update(code).digest('base64url').slice(0, 10);
          const file = `${config.build.assets}/${name}.${hash}.js`;
          outputs.push({ file, code });
          urls[name] = `${base}${file}`;
        }
        exports.push(urlModule());
        for (const [name, entry] of Object.entries(EAGER)) {
          // In dev, Vite serves the sources (and the virtual module) to an inline import.
          const code = command === 'build' ? await bundle(entry, urlModule()) : `import ${JSON.stringify(`${base}${entry}`)};`;
          exports.push(`export const ${name}Script = ${JSON.stringify(code)};`);
        }
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'nji-lazy-urls',
                resolveId: (id: string) => (id === MODULE ? `\0${MODULE}` : undefined),
                load: (id: string) => (id === `\0${MODULE}` ? exports.join('\n') : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        for (const { file, code } of outputs) {
          const out = join(fileURLToPath(dir), file);
          mkdirSync(join(out, '..'), { recursive: true });
          writeFileSync(out, code);
          logger.info(`${file} (${code.length} bytes)`);
        }
      },
    },
  };
}
