/**
 * The role guide (“Welke rol past bij jouw wijkteam?”) as data. It follows the
 * publication: the three questions stand side by side, the reader picks the
 * situation that fits (or none of them) and reads the role the publication
 * gives for it, in its words, with where in the publication those words stand.
 * Pure rules, unit-tested: ids unique, roles those of figure 1, every situation
 * with its role text and a link onwards, every link to a page and heading that
 * exist, every quoted passage attributed to a heading the site has. A broken
 * rule throws a ContentError naming the file, the field and the bad value.
 */
import { ContentError } from './publication-order';
import { slugify } from './slug';
import { NONE, ROLES, choiceAnchor, situationAnchor, type Role } from './role-guide-state';

export { NONE, ROLES, type Role } from './role-guide-state';

/** The roles as figure 1 names them. */
export const ROLE_LABELS: Record<Role, string> = {
  initieren: 'Initiëren van burgerinitiatieven',
  stimuleren: 'Stimuleren van burgerinitiatieven',
  versterken: 'Versterken van burgerinitiatieven',
};

export interface GuideLink {
  label: string;
  /** Site-absolute path, optionally with an anchor: "/verhalen/x/#kop". */
  href: string;
}

/** A further passage of the publication, with the heading it stands under. */
export interface GuideQuote {
  source: string;
  text: string;
}

export interface GuideSituation {
  id: string;
  /** The publication's label above the question: "Preventie", "Versterken van de basis". */
  group?: string | undefined;
  question: string;
  role: string;
  /** The publication's text after the question. */
  text: string;
  quotes?: GuideQuote[] | undefined;
  links: GuideLink[];
}

export interface GuideNone {
  label: string;
  text: string;
  links: GuideLink[];
}

export interface GuideData {
  title: string;
  label: string;
  intro: string;
  prompt: string;
  note: string;
  /** The heading under which the questions stand in the publication. */
  source: string;
  situations: GuideSituation[];
  none: GuideNone;
}

/** Known pages as the site links them (with base path) → the anchors on each. */
export type KnownPages = Map<string, Set<string>>;
/**
 * Headings and page titles, by slugify(text) → where each stands
 * ("/handreiking/x/#kop", with base path) and the plain text under it (see plainText).
 */
export type KnownHeadings = Map<string, { href: string; text: string }[]>;

export interface CheckOptions {
  /** The data file, for messages. */
  file: string;
  /** Field path of the guide inside the file, for messages ("rolwijzer"). */
  root?: string;
  /** Pages and anchors links may point to; links are not checked without it. */
  pages?: KnownPages;
  /** Headings a source may name; sources are not resolved without it. */
  headings?: KnownHeadings;
  /** Maps a site-absolute path from the data to a key of `pages` (adds the base path). */
  resolve?: (path: string) => string;
}

/** Where a passage stands: the heading's text and a link to it ('' when not resolved). */
export interface Source {
  name: string;
  href: string;
}

export interface ResolvedSituation extends GuideSituation {
  role: Role;
  /** The publication's number of the question, from 1. */
  number: number;
  source: Source;
  quotes: (GuideQuote & { href: string })[];
}

export interface RoleGuide extends Omit<GuideData, 'source' | 'situations'> {
  source: Source;
  situations: ResolvedSituation[];
}

/** The anchors one instance of the guide puts on its page. */
export function guideAnchors(data: { situations: readonly { id: string }[] }, prefix = ''): string[] {
  return [choiceAnchor(prefix), ...data.situations.map((s) => situationAnchor(s.id, prefix)), situationAnchor(NONE, prefix)];
}

const quote = (value: string) => `“${value}”`;
const list = (values: Iterable<string>, max = 12) => {
  const all = [...values];
  return all.length > max ? `${all.slice(0, max).join(', ')}, …` : all.join(', ');
};

/** Checks the guide and returns it with numbers and sources filled in; throws a ContentError on the first mistake. */
export function checkRoleGuide(data: GuideData, options: CheckOptions): RoleGuide {
  const { file, root = '', pages, headings, resolve = (p: string) => p } = options;
  const field = (path: string) => (root ? `${root}.${path}` : path);
  const fail = (path: string, detail: string): never => {
    throw new ContentError(file, field(path), detail);
  };

  const checkLinks = (links: GuideLink[], at: string, what: string) => {
    if (links.length === 0) fail(at, `${what} heeft geen links; wijs de lezer waar hij in de publicatie verder kan lezen.`);
    if (!pages) return;
    links.forEach((link, j) => {
      const problem = checkLink(link.href, pages, resolve);
      if (problem) fail(`${at}[${j}].href`, `${quote(link.href)}: ${problem}`);
    });
  };
  /** Where a source heading stands; with `passages`, each must stand under it word for word. */
  const findSource = (name: string, at: string, passages: { text: string; at: string }[]): Source => {
    if (!headings) return { name, href: '' };
    const found = headings.get(slugify(name)) ?? [];
    if (found.length === 0) {
      fail(at, `${quote(name)} is geen kop of hoofdstuktitel op de site. Schrijf de kop waaronder de tekst in de publicatie staat, precies zoals hij op de site staat.`);
    }
    if (found.length > 1) fail(at, `${quote(name)} staat op meer dan één plek (${list(found.map((f) => f.href))}); kies een kop die één keer voorkomt.`);
    const { href, text } = found[0]!;
    for (const passage of passages) {
      const missing = missingSentence(passage.text, text);
      if (missing !== undefined) {
        fail(
          passage.at,
          `deze tekst staat niet zo in de publicatie onder ${quote(name)} (${href}): ${quote(missing)}. Neem de zinnen letterlijk over zoals ze daar staan, of noem bij source de kop waaronder ze staan.`,
        );
      }
    }
    return { name, href };
  };

  if (data.situations.length === 0) fail('situations', 'er staat geen enkele situatie in; zet hier de vragen uit de publicatie.');

  const ids = new Map<string, number>();
  const situations = data.situations.map((s, i): ResolvedSituation => {
    const at = `situations[${i}]`;
    if (s.id === NONE) fail(`${at}.id`, `${quote(NONE)} is gereserveerd voor “${data.none.label}”. Kies een andere id.`);
    const other = ids.get(s.id);
    if (other !== undefined) fail(`${at}.id`, `${quote(s.id)} is al in gebruik bij situations[${other}]. Geef elke situatie een eigen id.`);
    ids.set(s.id, i);
    if (!(ROLES as readonly string[]).includes(s.role)) {
      fail(`${at}.role`, `${quote(s.role)} is geen rol uit figuur 1. Kies uit: ${ROLES.join(', ')}.`);
    }
    if (!s.text.trim()) fail(`${at}.text`, `situatie ${quote(s.id)} heeft geen tekst; zet hier wat de publicatie na de vraag zegt.`);
    checkLinks(s.links, `${at}.links`, `situatie ${quote(s.id)}`);
    const quotes = (s.quotes ?? []).map((q, j) => ({
      ...q,
      href: findSource(q.source, `${at}.quotes[${j}].source`, [{ text: q.text, at: `${at}.quotes[${j}].text` }]).href,
    }));
    return { ...s, role: s.role as Role, number: i + 1, source: { name: '', href: '' }, quotes };
  });
  checkLinks(data.none.links, 'none.links', quote(data.none.label));
  const source = findSource(
    data.source,
    'source',
    data.situations.flatMap((s, i) => [
      { text: s.question, at: `situations[${i}].question` },
      { text: s.text, at: `situations[${i}].text` },
      ...(s.group ? [{ text: s.group, at: `situations[${i}].group` }] : []),
    ]),
  );
  for (const s of situations) s.source = source;

  return { ...data, source, situations };
}

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
    const near = [...pages.keys()].filter((p) => p.includes(path.split('/').filter(Boolean).at(-1) ?? '\u0000'));
    return `de pagina ${path} bestaat niet.${near.length ? ` Bedoel je ${list(near)}?` : ''}`;
  }
  if (!hash) return undefined;
  let anchor: string;
  try {
    anchor = decodeURIComponent(hash);
  } catch {
    return `het anker #${hash} is geen geldig adres.`;
  }
  if (!anchors.has(anchor)) {
    return `de pagina ${path} heeft geen kop of anker #${anchor}.${anchors.size ? ` Bestaande ankers: ${list(anchors, 30)}.` : ''}`;
  }
  return undefined;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The words of an MDX text as a reader sees them, on one line: without
 * components, link targets, emphasis marks, list and heading markers.
 */
export function plainText(mdx: string): string {
  return squash(
    mdx
      .split('\n')
      .filter((line) => !/^\s*(import|export)\s/.test(line) && !/^\s*<\/?[A-Za-z][^>]*>\s*$/.test(line))
      .map((line) => line.replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d+\.\s+)/, ''))
      .join('\n')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*|__|(?<![\w*])\*(?!\s)|(?<!\s)\*(?![\w*])/g, ''),
  );
}

/**
 * The text under a heading of an MDX text (to the next heading of the same or
 * a higher level), as plainText; the whole text when the heading is undefined;
 * '' when no heading has that slug.
 */
export function sectionText(mdx: string, heading?: string): string {
  if (heading === undefined) return plainText(mdx);
  const lines = mdx.split('\n');
  const start = lines.findIndex((l) => {
    const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(l);
    return !!m && slugify(plainText(m[2]!)) === slugify(heading);
  });
  if (start < 0) return '';
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^(#{1,6})\s/.test(l) && /^#+/.exec(l)![0].length <= level);
  return plainText(lines.slice(start + 1, end < 0 ? undefined : end).join('\n'));
}

/** The first sentence of a passage that is not in the text word for word, or undefined when all are. */
export function missingSentence(passage: string, text: string): string | undefined {
  const whole = squash(passage);
  if (text.includes(whole)) return undefined;
  const sentences = whole.match(/[^.?!]+[.?!]*[’']?/g)?.map((t) => t.trim()).filter(Boolean) ?? [whole];
  return sentences.find((t) => !text.includes(t)) ?? whole;
}
