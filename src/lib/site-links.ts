/**
 * Whether a link to a page of this site resolves: the page exists and, after
 * #, has that heading or anchor. Used for the links editors write in MDX, in
 * content/updates and in the role guide.
 */
import { closestNames } from './edit-distance';

/** Known pages as the site links them (with base path) → the anchors on each. */
export type KnownPages = Map<string, Set<string>>;

/** Values for a message, at most `max` of them. */
export const list = (values: Iterable<string>, max = 12): string => {
  const all = [...values];
  return all.length > max ? `${all.slice(0, max).join(', ')}, …` : all.join(', ');
};

/** Why a link does not resolve, or undefined when it does. */
export function checkLink(target: string, pages: KnownPages, resolve: (path: string) => string = (p) => p): string | undefined {
  if (!target.startsWith('/') || target.startsWith('//')) {
    return 'schrijf een pad op deze site dat met / begint, zoals /handreiking/stimuleren-van-initiatieven/.';
  }
  const hashAt = target.indexOf('#');
  const path = hashAt >= 0 ? target.slice(0, hashAt) : target;
  const hash = hashAt >= 0 ? target.slice(hashAt + 1) : '';
  if (path.includes('?')) return 'een link naar een pagina heeft hier geen ?-deel.';
  const anchors = pages.get(resolve(path));
  if (!anchors) {
    const last = path.split('/').filter(Boolean).at(-1) ?? '\u0000';
    // A near miss, a page whose name is part of the one written, or one whose name begins the one written (/rolwijzer/ → /rol/).
    const lastOf = (p: string) => p.split('/').filter(Boolean).at(-1) ?? '';
    const begins = (p: string) => lastOf(p).length >= 3 && last.startsWith(lastOf(p));
    const near = new Set([...closestNames(resolve(path), pages.keys()), ...[...pages.keys()].filter((p) => p.includes(last) || begins(p))]);
    return `de pagina ${path} bestaat niet.${near.size ? ` Bedoel je ${list(near)}?` : ''}`;
  }
  if (!hash) return undefined;
  let anchor: string;
  try {
    anchor = decodeURIComponent(hash);
  } catch {
    return `het anker #${hash} is geen geldig adres.`;
  }
  if (!anchors.has(anchor)) {
    const near = new Set([...closestNames(anchor, anchors), ...[...anchors].filter((a) => anchor.length >= 3 && a.includes(anchor))]);
    const hint = near.size ? ` Bedoel je ${list([...near].map((a) => `#${a}`), 3)}?` : anchors.size ? ` Bestaande ankers: ${list(anchors, 30)}.` : '';
    return `de pagina ${path} heeft geen kop of anker #${anchor}.${hint}`;
  }
  return undefined;
}
