/**
 * The changes as an RSS feed (/wijzigingen/feed.xml), linked from every page's
 * head: for readers and organisations that follow the publication in a feed
 * reader. Every link in it is absolute: site + base path.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { markdownToHtml } from 'satteri';
import { getPublication } from '../../build/content';
import { pageTitle } from '../../build/site-pages';
import { href, routes } from '../../lib/paths';
import { SITE_TITLE, PUBLISHER } from '../../lib/site';
import { escapeXml as escape } from '../../lib/html';
import { LOCALE, layout, pageText } from '../../lib/text/nl';


export const GET: APIRoute = async ({ site }) => {
  const publication = await getPublication();
  const origin = site ?? new URL('http://localhost/');
  const absolute = (path: string) => new URL(href(path), origin).href;
  return rss({
    title: layout.changesIn(SITE_TITLE),
    description: pageText.feedDescription(SITE_TITLE, PUBLISHER),
    site: new URL(routes.updates(), origin).href,
    // The feed's own address (RSS best practice, asked for by feed validators): site + base path.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${LOCALE.toLowerCase()}</language><atom:link href="${escape(new URL(routes.feed(), origin).href)}" rel="self" type="application/rss+xml"/>`,
    items: publication.updates.map((update) => {
      // The entry's text, with the site's own links made absolute for feed readers.
      const text = markdownToHtml(update.body ?? '').html.replace(/href="(\/[^"]*)"/g, (_, path: string) => `href="${absolute(path)}"`);
      const changed = update.data.pages
        .map((path) => `<a href="${absolute(path)}">${escape(pageTitle(publication, path) ?? path)}</a>`)
        .join(', ');
      return {
        title: update.data.title,
        pubDate: update.data.date,
        link: new URL(`${routes.updates()}#${update.id}`, origin).href,
        description: text.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim(),
        content: `${text}${pageText.changedInFeed(changed)}`,
      };
    }),
  });
};
