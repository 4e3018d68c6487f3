/**
 * Every internal URL goes through here, so the site can be hosted under a
 * sub-path (astro.config `base`) without a single hard-coded link.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/+$/, '');

/** Prefixes a site-absolute path ("/verhalen/x/") with the configured base. */
export function href(path: string): string {
  if (!path.startsWith('/')) return path;
  return `${BASE}${path}`;
}

export const routes = {
  home: () => href('/'),
  story: (slug: string) => href(`/verhalen/${slug}/`),
  stories: () => href('/verhalen/'),
  chapter: (slug: string) => href(`/handreiking/${slug}/`),
  chapters: () => href('/handreiking/'),
  resources: () => href('/bronnen/'),
  listen: () => href('/luisteren/'),
  search: () => href('/zoeken/'),
  colophon: () => href('/colofon/'),
  updates: () => href('/wijzigingen/'),
  feed: () => href('/wijzigingen/feed.xml'),
};
