/**
 * Bundles the code that pages load only when a reader asks for it — the
 * player's playback code (with Howler) on the first press, the search UI when
 * search opens — each as its own file, and gives the pages their URLs through
 * the virtual module `virtual:nji/lazy`.
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
const ENTRIES = {
  player: 'src/browser/player/controller.ts',
  search: 'src/browser/search/open.ts',
  roleGuide: 'src/browser/role-guide.ts',
  movedAnchor: 'src/browser/moved-anchor.ts',
} as const;

export default function lazyBundles(): AstroIntegration {
  const outputs: { file: string; code: string }[] = [];
  return {
    name: 'nji-lazy-bundles',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        const base = baseDir(config.base);
        const urls: Record<string, string> = {};
        for (const [name, entry] of Object.entries(ENTRIES)) {
          if (command !== 'build') {
            urls[name] = `${base}${entry}`;
            continue;
          }
          const result = await build({
            entryPoints: [fileURLToPath(new URL(entry, config.root))],
            bundle: true,
            minify: true,
            format: 'esm',
            target: 'es2022',
            write: false,
            legalComments: 'none',
            define: { 'import.meta.env.DEV': 'false', 'import.meta.env.BASE_URL': JSON.stringify(base) },
          });
          const code = result.outputFiles[0]!.text;
          const hash = createHash('sha256').update(code).digest('base64url').slice(0, 10);
          const file = `${config.build.assets}/${name}.${hash}.js`;
          outputs.push({ file, code });
          urls[name] = `${base}${file}`;
        }
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'nji-lazy-urls',
                resolveId: (id: string) => (id === MODULE ? `\0${MODULE}` : undefined),
                load: (id: string) =>
                  id === `\0${MODULE}`
                    ? Object.entries(urls)
                        .map(([name, url]) => `export const ${name}Url = ${JSON.stringify(url)};`)
                        .join('\n')
                    : undefined,
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
