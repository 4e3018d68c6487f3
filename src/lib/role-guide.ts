/**
 * The role guide's rules (its data: role-guide-model). Pure rules,
 * unit-tested: ids unique, roles those of figure 1, every link to a page and
 * heading that exist, every quoted passage attributed to a heading the site
 * has, word for word. A broken rule throws a ContentError naming the file, the
 * field and the bad value.
 */
import { ContentError, itemField } from './content-error';
import { slugify } from './slug';
import { didYouMean } from './edit-distance';
import { checkLink, list } from './site-links';
import { missingSentence } from './passages';
import { NONE, ROLES, choiceAnchor, situationAnchor, type Role } from './role-guide-state';
import type { CheckOptions, GuideLink, ResolvedSituation, RoleGuide, Source, GuideData } from './role-guide-model';

export { NONE, ROLES, type Role } from './role-guide-state';
export type * from './role-guide-model';

/** The roles as figure 1 names them. */
export const ROLE_LABELS: Record<Role, string> = {
  initieren: 'Initiëren van burgerinitiatieven',
  stimuleren: 'Stimuleren van burgerinitiatieven',
  versterken: 'Versterken van burgerinitiatieven',
};

/** The anchors one instance of the guide puts on its page. */
export function guideAnchors(data: { situations: readonly { id: string }[] }, prefix = ''): string[] {
  return [choiceAnchor(prefix), ...data.situations.map((s) => situationAnchor(s.id, prefix)), situationAnchor(NONE, prefix)];
}

const quote = (value: string) => `“${value}”`;

/**
 * Checks the guide and returns it with numbers and sources filled in; throws a
 * ContentError on the first mistake. What the schema (content.config) already
 * refuses — no situations, an empty text, no links — is not checked again.
 */
export function checkRoleGuide(data: GuideData, options: CheckOptions): RoleGuide {
  const { file, root, pages, headings, resolve = (p: string) => p } = options;
  const fail = (path: string, detail: string): never => {
    throw new ContentError(file, `${root} → ${path}`, detail);
  };

  const checkLinks = (links: GuideLink[], at: string) => {
    links.forEach((link, j) => {
      const problem = checkLink(link.href, pages, resolve);
      if (problem) fail(`${at} → ${itemField('link', link.label, j, 'href')}`, `${quote(link.href)}: ${problem}`);
    });
  };
  /** Where a source heading stands; with `passages`, each must stand under it word for word. */
  const findSource = (name: string, at: string, passages: { text: string; at: string }[]): Source => {
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

  const ids = new Map<string, number>();
  const situations = data.situations.map((s, i) => {
    const at = itemField('situatie', s.id, i);
    if (s.id === NONE) fail(`${at} → id`, `${quote(NONE)} is gereserveerd voor “${data.none.label}”. Kies een andere id.`);
    const other = ids.get(s.id);
    if (other !== undefined) fail(itemField('situatie', undefined, i, 'id'), `${quote(s.id)} is al in gebruik bij situatie ${other + 1}. Geef elke situatie een eigen id.`);
    ids.set(s.id, i);
    if (!(ROLES as readonly string[]).includes(s.role)) {
      fail(`${at} → role`, `${quote(s.role)} is geen rol uit figuur 1.${didYouMean(s.role, ROLES)} Kies uit: ${ROLES.join(', ')}.`);
    }
    checkLinks(s.links, at);
    const quotes = (s.quotes ?? []).map((q, j) => ({
      ...q,
      href: findSource(q.source, `${at} → ${itemField('passage', undefined, j, 'source')}`, [
        { text: q.text, at: `${at} → ${itemField('passage', undefined, j, 'text')}` },
      ]).href,
    }));
    return { ...s, role: s.role as Role, number: i + 1, quotes };
  });
  checkLinks(data.none.links, 'none');
  const source = findSource(
    data.source,
    'source',
    data.situations.flatMap((s, i) => [
      { text: s.question, at: itemField('situatie', s.id, i, 'question') },
      { text: s.text, at: itemField('situatie', s.id, i, 'text') },
      ...(s.group ? [{ text: s.group, at: itemField('situatie', s.id, i, 'group') }] : []),
    ]),
  );
  return { ...data, source, situations: situations.map((s): ResolvedSituation => ({ ...s, source })) };
}
