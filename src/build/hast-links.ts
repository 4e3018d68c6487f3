/**
 * Sätteri hast plugin for links written in MDX: site-absolute links
 * ("/bronnen/") get the configured base path, and every link gets
 * `data-print-href` with its full address, which the print stylesheet shows
 * after the link text.
 */
import { defineHastPlugin } from 'satteri';
import { withBase } from '../lib/paths';

interface Options {
  /** astro.config `base`, e.g. "/" or "/publicaties/burgerinitiatieven/". */
  base: string;
  /** astro.config `site`, e.g. "https://www.nji.nl". */
  site?: string;
}

export function hastLinks({ base, site }: Options) {
  return defineHastPlugin({
    name: 'nji-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const target = node.properties?.['href'];
        if (typeof target !== 'string') return;
        if (target.startsWith('/') && !target.startsWith('//')) {
          const resolved = withBase(target, base);
          if (resolved !== target) ctx.setProperty(node, 'href', resolved);
          if (site) ctx.setProperty(node, 'dataPrintHref', new URL(resolved, site).href);
        } else if (/^https?:\/\//.test(target)) {
          ctx.setProperty(node, 'dataPrintHref', target);
        }
      },
    },
  });
}
