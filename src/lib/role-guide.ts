/**
 * The role guide (“Welke rol past bij jouw wijkteam?”) as data: questions whose
 * answers lead to another question or to an outcome. Pure rules, unit-tested:
 * every id is known and unique, no path loops or dead-ends, every question and
 * outcome is reached, and every outcome link points to a page and heading that
 * exist. A broken rule throws a ContentError naming the file, the field and the
 * bad value.
 */
import { ContentError } from './publication-order';
import { slugify } from './slug';

export const ROLES = ['initieren', 'stimuleren', 'versterken'] as const;
export type Role = (typeof ROLES)[number];

export interface GuideAnswer {
  label: string;
  /** The word in the address (?antwoorden=ja,nee); defaults to the label as a slug. */
  value?: string | undefined;
  /** Id of the next question or of an outcome. */
  next: string;
}

export interface GuideQuestion {
  id: string;
  text: string;
  help?: string | undefined;
  answers: GuideAnswer[];
}

export interface GuideLink {
  label: string;
  /** Site-absolute path, optionally with an anchor: "/verhalen/x/#kop". */
  href: string;
}

export interface GuideOutcome {
  id: string;
  role?: Role | undefined;
  title: string;
  text: string;
  links: GuideLink[];
}

export interface GuideData {
  title: string;
  intro: string;
  questions: GuideQuestion[];
  outcomes: GuideOutcome[];
}

/** Known pages as the site links them (with base path) → the anchors on each. */
export type KnownPages = Map<string, Set<string>>;

export interface CheckOptions {
  /** The data file, for messages. */
  file: string;
  /** Field path of the guide inside the file, for messages ("rolwijzer"). */
  root?: string;
  /** Pages and anchors links may point to; links are not checked without it. */
  pages?: KnownPages;
  /** Maps a site-absolute path from the data to a key of `pages` (adds the base path). */
  resolve?: (path: string) => string;
}

export interface ResolvedAnswer extends GuideAnswer {
  value: string;
}
export interface ResolvedQuestion extends GuideQuestion {
  answers: ResolvedAnswer[];
}
export interface RoleGuide extends GuideData {
  questions: ResolvedQuestion[];
  /** The first question. */
  start: string;
}

/** One way through the guide: the answer values in order and the outcome they reach. */
export interface GuidePath {
  answers: string[];
  /** Question ids visited, in order. */
  questions: string[];
  outcome: string;
}

/** Anchor ids the guide uses on a page (prefix for a second instance). */
export const questionAnchor = (id: string, prefix = '') => `${prefix}vraag-${id}`;
export const outcomeAnchor = (id: string, prefix = '') => `${prefix}uitkomst-${id}`;

/** The anchors one instance of the guide puts on its page. */
export function guideAnchors(data: Pick<GuideData, 'questions' | 'outcomes'>, prefix = ''): string[] {
  return [...data.questions.map((q) => questionAnchor(q.id, prefix)), ...data.outcomes.map((o) => outcomeAnchor(o.id, prefix))];
}

const quote = (value: string) => `“${value}”`;
const list = (values: Iterable<string>, max = 12) => {
  const all = [...values];
  return all.length > max ? `${all.slice(0, max).join(', ')}, …` : all.join(', ');
};

/** Checks the guide and returns it with answer values filled in; throws a ContentError on the first mistake. */
export function checkRoleGuide(data: GuideData, options: CheckOptions): RoleGuide {
  const { file, root = '', pages, resolve = (p: string) => p } = options;
  const field = (path: string) => (root ? `${root}.${path}` : path);
  const fail = (path: string, detail: string): never => {
    throw new ContentError(file, field(path), detail);
  };

  if (data.questions.length === 0) fail('questions', 'er staat geen enkele vraag in; de eerste vraag is het begin van de rolwijzer.');
  if (data.outcomes.length === 0) fail('outcomes', 'er staat geen enkele uitkomst in; elk pad moet bij een uitkomst eindigen.');

  // Every id once, across questions and outcomes (an answer's `next` names either).
  const where = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const other = where.get(id);
    if (other) fail(path, `${quote(id)} is al in gebruik bij ${other}. Geef elke vraag en uitkomst een eigen id.`);
    where.set(id, path);
  };
  data.questions.forEach((q, i) => claim(q.id, `questions[${i}].id`));
  data.outcomes.forEach((o, i) => claim(o.id, `outcomes[${i}].id`));

  const questions = new Map<string, ResolvedQuestion>();
  const questionIndex = new Map<string, number>();
  data.questions.forEach((q, i) => {
    if (q.answers.length === 0) fail(`questions[${i}].answers`, `vraag ${quote(q.id)} heeft geen antwoorden; zo loopt de rolwijzer hier dood.`);
    const values = new Set<string>();
    const answers = q.answers.map((a, j) => {
      const value = a.value ?? slugify(a.label);
      const at = `questions[${i}].answers[${j}]`;
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) fail(`${at}.value`, `${quote(value)}: gebruik kleine letters, cijfers en streepjes.`);
      if (values.has(value)) fail(`${at}.value`, `${quote(value)} komt twee keer voor bij vraag ${quote(q.id)}. Elk antwoord heeft een eigen value.`);
      values.add(value);
      if (!where.has(a.next)) {
        fail(`${at}.next`, `${quote(a.next)} is geen vraag of uitkomst. Kies uit: ${list(where.keys(), 100)}.`);
      }
      if (a.next === q.id) fail(`${at}.next`, `${quote(a.next)} leidt naar dezelfde vraag terug; elk pad moet bij een uitkomst eindigen.`);
      return { ...a, value };
    });
    questions.set(q.id, { ...q, answers });
    questionIndex.set(q.id, i);
  });

  // No loops: depth-first from every question, remembering the path that led here.
  const done = new Set<string>();
  const visit = (id: string, trail: string[]) => {
    const q = questions.get(id);
    if (!q || done.has(id)) return;
    q.answers.forEach((a, j) => {
      const back = trail.indexOf(a.next);
      if (back >= 0 || a.next === id) {
        const loop = [...trail.slice(back >= 0 ? back : trail.length), id, a.next].join(' → ');
        fail(
          `questions[${questionIndex.get(id)}].answers[${j}].next`,
          `${quote(a.next)} leidt terug naar een eerdere vraag (${loop}); elk pad moet bij een uitkomst eindigen.`,
        );
      }
      visit(a.next, [...trail, id]);
    });
    done.add(id);
  };
  for (const q of data.questions) visit(q.id, []);

  // Everything is reached from the first question.
  const start = data.questions[0]!.id;
  const reached = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    for (const a of questions.get(queue.shift()!)?.answers ?? []) {
      if (!reached.has(a.next)) {
        reached.add(a.next);
        queue.push(a.next);
      }
    }
  }
  data.questions.forEach((q, i) => {
    if (!reached.has(q.id)) fail(`questions[${i}].id`, `vraag ${quote(q.id)} wordt door geen enkel antwoord bereikt.`);
  });
  data.outcomes.forEach((o, i) => {
    if (!reached.has(o.id)) fail(`outcomes[${i}].id`, `uitkomst ${quote(o.id)} wordt door geen enkel antwoord bereikt.`);
  });

  // Links point to pages and anchors that exist.
  data.outcomes.forEach((o, i) => {
    if (o.links.length === 0) fail(`outcomes[${i}].links`, `uitkomst ${quote(o.id)} heeft geen links; wijs de lezer waar hij verder kan lezen.`);
    if (!pages) return;
    o.links.forEach((link, j) => {
      const at = `outcomes[${i}].links[${j}].href`;
      const problem = checkLink(link.href, pages, resolve);
      if (problem) fail(at, `${quote(link.href)}: ${problem}`);
    });
  });

  return { ...data, questions: [...questions.values()], start };
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

/** Every way through the guide, depth-first in the order of the answers. */
export function guidePaths(guide: Pick<RoleGuide, 'questions' | 'start'>): GuidePath[] {
  const byId = new Map(guide.questions.map((q) => [q.id, q]));
  const out: GuidePath[] = [];
  const walk = (id: string, answers: string[], visited: string[]) => {
    const q = byId.get(id);
    if (!q) {
      out.push({ answers, questions: visited, outcome: id });
      return;
    }
    if (visited.includes(id)) throw new Error(`role guide loops at ${id}`);
    for (const a of q.answers) walk(a.next, [...answers, a.value ?? slugify(a.label)], [...visited, id]);
  };
  walk(guide.start, [], []);
  return out;
}
