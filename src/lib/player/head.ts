/**
 * Which tags of a page's <head> belong to that page, and what changes in the
 * head when the player's navigation (browser/player/navigate) shows another
 * page without a load: the canonical address, the `og:` and `twitter:` tags,
 * the description, `robots` and every `<link rel=alternate>` (a feed) follow
 * the new page, as after a load; everything else (the CSP, styles, icons,
 * viewport, theme colours) is the site's and stays. Pure: tags as plain data.
 */

/** A `<meta>` or `<link>` of the head: its tag name (lower case) and attributes. */
export interface HeadTag {
  tag: string;
  attrs: Readonly<Record<string, string>>;
}

/** Whether a head tag says something of this page (and so follows a page change). */
export function pageTag({ tag, attrs }: HeadTag): boolean {
  if (tag === 'link') return /^(canonical|alternate)$/i.test(attrs['rel'] ?? '');
  if (tag !== 'meta') return false;
  const name = (attrs['name'] ?? '').toLowerCase();
  return /^(description|robots)$|^twitter:/.test(name) || /^og:/i.test(attrs['property'] ?? '');
}

/**
 * From the head shown now and the next page's head: which of the tags now
 * (by index) go, and which of the next page's tags come. All of the page's
 * own go and come (a handful of tags: no diff is worth its bytes in the
 * player's bundle); a tag that is not the page's never moves.
 */
export function headChanges(now: readonly HeadTag[], next: readonly HeadTag[]): { remove: number[]; add: HeadTag[] } {
  return { remove: now.flatMap((tag, i) => (pageTag(tag) ? [i] : [])), add: next.filter(pageTag) };
}
