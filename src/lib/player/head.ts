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

/** A tag as one string, its attributes in a fixed order, to compare two tags. */
const same = ({ tag, attrs }: HeadTag) =>
  `${tag} ${Object.keys(attrs)
    .sort()
    .map((k) => `${k}=${JSON.stringify(attrs[k])}`)
    .join(' ')}`;

/**
 * From the head shown now and the next page's head: which of the tags now
 * (by index) go, and which of the next page's tags come. Tags that are the
 * same on both pages stay where they are; a tag that is not the page's never
 * moves.
 */
export function headChanges(now: readonly HeadTag[], next: readonly HeadTag[]): { remove: number[]; add: HeadTag[] } {
  const wanted = next.filter(pageTag);
  const kept = new Map<string, number>();
  for (const tag of wanted) kept.set(same(tag), (kept.get(same(tag)) ?? 0) + 1);
  const remove: number[] = [];
  now.forEach((tag, i) => {
    if (!pageTag(tag)) return;
    const left = kept.get(same(tag)) ?? 0;
    if (left > 0) kept.set(same(tag), left - 1);
    else remove.push(i);
  });
  const add = wanted.filter((tag) => {
    const left = kept.get(same(tag)) ?? 0;
    if (left === 0) return false;
    kept.set(same(tag), left - 1);
    return true;
  });
  return { remove, add };
}
