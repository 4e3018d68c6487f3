/**
 * robots.txt: every page may be indexed; the sitemap (@astrojs/sitemap) by its
 * absolute address, with the base path. Under a sub-path, crawlers look for
 * robots.txt at the host's root: add the Sitemap line there too.
 */
import type { APIRoute } from 'astro';
import { href } from '../lib/paths';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(href('/sitemap-index.xml'), site ?? 'http://localhost/').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
