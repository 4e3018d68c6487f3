/**
 * The stylesheet's tokens with the colours of the one table: the virtual
 * module `virtual:nji/theme.css` is src/styles/theme.css with the colours of
 * src/lib/colours.ts in place of its @palette lines (`themeCss`). The layout
 * (src/layouts/BaseLayout.astro) imports it before the global styles, so Vite
 * puts it into the site's one stylesheet like any other CSS: no inline style
 * (the CSP allows none), no request of its own, the same bytes as the tokens
 * written by hand. In `npm run dev` a change of theme.css reloads; after a
 * change of colours.ts restart the server (the table is read when it starts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { themeCss } from '../lib/colours';

const MODULE = 'virtual:nji/theme.css';
// Vite takes an id for CSS by its ending, which the resolved id keeps.
const RESOLVED = `\0${MODULE}`;

export default function theme(): AstroIntegration {
  return {
    name: 'nji-theme',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const file = fileURLToPath(new URL('styles/theme.css', config.srcDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'nji-theme',
                resolveId: (id: string) => (id === MODULE ? RESOLVED : undefined),
                load(id: string) {
                  if (id !== RESOLVED) return undefined;
                  this.addWatchFile(file);
                  return themeCss(readFileSync(file, 'utf8'));
                },
              },
            ],
          },
        });
      },
    },
  };
}
