/**
 * Which state of the role guide an address opens. Shared by the page script and
 * the tests, so it imports nothing. States: '' (the choice of situations), a
 * situation's id, or NONE ("Geen van deze situaties").
 *
 * The address is ?situatie=<id>. Links shared before the redesign carry
 * ?antwoorden=ja,nee,… (the old yes/no path: community building your team's
 * task?, then the publication's questions 1, 2 and 3 in turn) or #uitkomst-…;
 * where those name one of the publication's situations they open it, anything
 * else opens the start. Nothing in an address can make the guide fail.
 */
export const PARAM = 'situatie';
export const LEGACY_PARAM = 'antwoorden';
export const NONE = 'geen';

export const ROLES = ['initieren', 'stimuleren', 'versterken'] as const;
export type Role = (typeof ROLES)[number];

/** What the guide needs to know about a situation to find it from an address. */
export interface SituationKey {
  id: string;
  role: string;
}

/** Old answer paths, each as the role (or NONE) its outcome named. */
const LEGACY_ANSWERS: Record<string, Role | typeof NONE> = {
  'ja,ja': 'initieren',
  'ja,nee,ja': 'stimuleren',
  'ja,nee,nee,ja': 'versterken',
  'ja,nee,nee,nee': NONE,
};
/** Old outcome anchors (#uitkomst-…), likewise. */
const LEGACY_OUTCOMES: Record<string, Role | typeof NONE> = {
  initieren: 'initieren',
  stimuleren: 'stimuleren',
  versterken: 'versterken',
  'weten-wat-er-speelt': NONE,
};

/** The anchor of a situation's outcome (prefix for a second guide on a page). */
export const situationAnchor = (id: string, prefix = '') => `${prefix}situatie-${id}`;
/** The anchor of the choice of situations. */
export const choiceAnchor = (prefix = '') => `${prefix}situaties`;

const byRole = (target: Role | typeof NONE | undefined, situations: readonly SituationKey[]) =>
  target === NONE ? NONE : target ? (situations.find((s) => s.role === target)?.id ?? '') : '';

/**
 * The state an address opens. `search` is location.search, `hash` location.hash
 * (either may be empty); `prefix` the instance prefix of this guide's anchors.
 */
export function stateFromAddress(search: string, hash: string, situations: readonly SituationKey[], prefix = ''): string {
  const known = (id: string | null | undefined) => !!id && (id === NONE || situations.some((s) => s.id === id));
  const params = new URLSearchParams(search);
  const current = params.get(PARAM);
  if (current !== null) return known(current) ? current : '';
  const legacy = params.get(LEGACY_PARAM);
  if (legacy !== null) {
    const answers = legacy.split(',').map((a) => a.trim().toLowerCase()).filter(Boolean).join(',');
    return byRole(Object.hasOwn(LEGACY_ANSWERS, answers) ? LEGACY_ANSWERS[answers] : undefined, situations);
  }
  let anchor = '';
  try {
    anchor = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
  if (!anchor.startsWith(prefix)) return '';
  anchor = anchor.slice(prefix.length);
  const situation = /^situatie-(.+)$/.exec(anchor)?.[1];
  if (situation) return known(situation) ? situation : '';
  const outcome = /^uitkomst-(.+)$/.exec(anchor)?.[1];
  if (outcome) return byRole(Object.hasOwn(LEGACY_OUTCOMES, outcome) ? LEGACY_OUTCOMES[outcome] : undefined, situations);
  return '';
}

/**
 * The address for a state: the current search with ?situatie= set (or removed
 * for the start) and any old ?antwoorden= dropped; other parameters stay.
 */
export function searchFor(state: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete(PARAM);
  params.delete(LEGACY_PARAM);
  let query = params.toString();
  if (state) query += `${query ? '&' : ''}${PARAM}=${encodeURIComponent(state)}`;
  return query ? `?${query}` : '';
}
