/**
 * Fidelity check, part 4: every difference between the printed publication and
 * the built site must be on the record in content/verbeteringen.yaml, the data
 * the colophon renders: a correction (spelling, woordkeuze, hoofdletters,
 * interpunctie) or a deliberate editorial choice (keuze) with its reason.
 *
 * A place in that file, { printed, edition }, accounts for a difference when
 * its printed text occurs in the source around the printed side of the
 * difference and its edition text occurs on the page around the edition side
 * (compared as tokens: quotation-mark style, dashes and spacing do not matter,
 * capitals and punctuation do). A place that accounts for nothing is reported
 * too: the record must not claim a change the site does not make.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { alignSentence, hunks, readPage, readSource, SiteIndex, type Hunk, type SentenceResult, type SourceText } from './align.ts';
import { mainText, type PageText } from './html.ts';
import { render, tokens, type Token } from './text.ts';
import { applyLengthRule, FRAGMENT_LENGTH_RULE, fragmentLengths } from './fragment-lengths.ts';

export const KINDS = ['spelling', 'woordkeuze', 'hoofdletters', 'interpunctie', 'keuze'] as const;
export type Kind = (typeof KINDS)[number];

export interface Place {
  printed: string;
  edition: string;
  /** For a rule's place: the fragment the printed label belongs to (fragment-lengths.ts). */
  fragment?: string;
}

export interface Entry {
  id: string;
  kind: Kind;
  places: Place[];
  /** A rule instead of fixed texts: `fragmentlengte` (fragment-lengths.ts). */
  rule?: string;
}

/** A built page's text, and the fragments it plays with their lengths in seconds. */
export interface SitePageText extends PageText {
  fragments?: Record<string, number>;
}

/**
 * Pages that are not read: the edition's own tools (search, role guide, list of
 * changes, 404) and its overviews (/verhalen/, /handreiking/, /luisteren/),
 * which repeat titles, summaries and quotes whose place is a story or chapter.
 * A repeat there must not stand in for the text where the reader reads it.
 */
export const SKIPPED_PAGES = ['/404.html', '/zoeken/', '/rol/', '/wijzigingen/', '/verhalen/', '/handreiking/', '/luisteren/'];

/** Every HTML page of a built site, as its URL path and main text. */
export function readSite(dist: string, skip = SKIPPED_PAGES): SitePageText[] {
  const out: SitePageText[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.html')) {
        const rel = relative(dist, file).split(sep).join('/');
        const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
        if (skip.includes(path)) continue;
        const html = readFileSync(file, 'utf8');
        out.push({ path, blocks: mainText(html), fragments: fragmentLengths(html) });
      }
    }
  };
  walk(dist);
  return out;
}

/**
 * Reads content/verbeteringen.yaml. The build checks the same file with the
 * collection schema (src/content.config.ts); this reads only what the check needs.
 */
export function readEntries(yamlText: string, file = 'content/verbeteringen.yaml'): Entry[] {
  const data: unknown = parse(yamlText);
  if (!Array.isArray(data)) throw new Error(`${file}: verwacht een lijst van verbeteringen, elk beginnend met "- id:"`);
  return data.map((raw: Record<string, unknown>, i) => {
    const id = typeof raw?.['id'] === 'string' ? raw['id'] : `nummer ${i + 1}`;
    const kind = raw?.['kind'];
    if (!KINDS.includes(kind as Kind)) throw new Error(`${file} → ${id}, veld “kind”: ${JSON.stringify(kind)} is geen soort; kies een van ${KINDS.join(', ')}`);
    const rule = raw['rule'];
    if (rule !== undefined && rule !== FRAGMENT_LENGTH_RULE) throw new Error(`${file} → ${id}, veld “rule”: ${JSON.stringify(rule)} is geen regel; de enige regel is ${FRAGMENT_LENGTH_RULE}`);
    const places = Array.isArray(raw['places']) ? (raw['places'] as Place[]) : [{ printed: raw['printed'], edition: raw['edition'] } as Place];
    for (const place of places) {
      // A rule's place names its fragment; the edition's text is what the rule makes of it.
      if (rule && typeof place?.fragment === 'string') place.edition ??= `Fragment · de lengte van “${place.fragment}”`;
      for (const field of ['printed', 'edition'] as const) {
        if (typeof place?.[field] !== 'string') throw new Error(`${file} → ${id}, veld “${field}”: verwacht tekst tussen aanhalingstekens`);
      }
    }
    return { id, kind: kind as Kind, places, ...(typeof rule === 'string' ? { rule } : {}) };
  });
}

export interface Finding {
  hunk: Hunk;
  /** The entry that accounts for it, if any. */
  entry?: Entry;
}

export interface Report {
  sentences: number;
  found: number;
  coverage: number;
  findings: Finding[];
  /** Places in the data that account for no difference on the site. */
  stale: { entry: Entry; place: Place }[];
  /** Differences by kind of the entry that accounts for them ("niet vermeld" when none does). */
  counts: Record<string, number>;
  results: SentenceResult[];
  source: SourceText;
}

function occurrences(haystack: readonly Token[], needle: readonly Token[]): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k]!.text !== needle[k]!.text) continue outer;
    out.push(i);
  }
  return out;
}

/**
 * Whether some occurrence of `needle` in `list` covers [start, end). An empty
 * range (words left out) only marks a position: an occurrence within two
 * tokens of it will do.
 */
function covers(list: readonly Token[], needle: readonly Token[], [start, end]: [number, number]): boolean {
  const slack = start === end ? 2 : 0;
  return occurrences(list, needle).some((at) => at <= start + slack && end <= at + needle.length + slack);
}

export interface CheckInput {
  source: string;
  pages: SitePageText[];
  entries: Entry[];
}

export function check({ source: printedText, pages, entries }: CheckInput): Report {
  // The rule for fragment lengths reads each printed label as the label of its fragment's real length.
  const lengths = Object.assign({}, ...pages.map((p) => p.fragments ?? {})) as Record<string, number>;
  const ruleStale: { entry: Entry; place: Place }[] = [];
  let sourceText = printedText;
  for (const entry of entries.filter((e) => e.rule === FRAGMENT_LENGTH_RULE)) {
    const applied = applyLengthRule(sourceText, entry.places, lengths);
    sourceText = applied.source;
    ruleStale.push(...applied.unused.map((i) => ({ entry, place: entry.places[i]! })));
  }
  const source = readSource(sourceText);
  const site = pages.map(readPage);
  const index = new SiteIndex(site);
  let near: string | undefined;
  const results = source.sentences.map((range) => {
    const result = alignSentence(source, index, range, { near });
    near = result.pieces.find((p) => p.page)?.page ?? near;
    return result;
  });
  const placeTokens = entries.map((entry) => entry.places.map((p) => ({ printed: tokens(p.printed), edition: tokens(p.edition) })));
  const used = new Set<string>();
  const findings: Finding[] = [];
  for (const result of results) {
    for (const piece of result.pieces) {
      for (const hunk of hunks(source, index, piece)) {
        const page = site.find((p) => p.path === hunk.page);
        let entry: Entry | undefined;
        entries.forEach((candidate, e) => {
          if (candidate.rule) return;
          candidate.places.forEach((_, k) => {
            const { printed, edition } = placeTokens[e]![k]!;
            if (!covers(source.tokens, printed, hunk.source)) return;
            const editionOk =
              edition.length === 0 ? hunk.edition[0] === hunk.edition[1] : !!page && covers(page.tokens, edition, hunk.edition);
            if (!editionOk) return;
            entry ??= candidate;
            used.add(`${e}:${k}`);
          });
        });
        findings.push(entry ? { hunk, entry } : { hunk });
      }
    }
  }
  const stale = [
    ...entries.flatMap((entry, e) => (entry.rule ? [] : entry.places.flatMap((place, k) => (used.has(`${e}:${k}`) ? [] : [{ entry, place }])))),
    ...ruleStale,
  ];
  const counts: Record<string, number> = {};
  for (const f of findings) {
    const key = f.entry?.kind ?? 'niet vermeld';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  const found = results.filter((r) => r.found >= 0.5).length;
  return { sentences: results.length, found, coverage: results.length ? found / results.length : 1, findings, stale, counts, results, source };
}

const yamlString = (text: string) => JSON.stringify(text);

/** The report `npm run fidelity` prints: coverage, counts, and what is not on the record. */
export function formatReport(report: Report): string {
  const lines: string[] = [];
  lines.push(`Zinnen in de gedrukte uitgave: ${report.sentences}; gevonden op de site: ${report.found} (${(report.coverage * 100).toFixed(1)}%)`);
  const missing = report.results.filter((r) => r.found < 0.5);
  for (const r of missing) lines.push(`  niet gevonden: ${render(report.source.tokens.slice(...r.range)).slice(0, 140)}`);
  lines.push('Afwijkingen per soort:');
  for (const kind of [...KINDS, 'niet vermeld']) if (report.counts[kind]) lines.push(`  ${kind}: ${report.counts[kind]}`);
  const unlisted = report.findings.filter((f) => !f.entry);
  if (unlisted.length) {
    lines.push('', `${unlisted.length} afwijking(en) staan niet in content/verbeteringen.yaml:`);
    for (const { hunk } of unlisted) {
      lines.push(`- ${hunk.page ?? '(niet op de site)'} [${hunk.kind}]: “${hunk.printed}” → “${hunk.editionText}”`);
      lines.push(`    printed: ${yamlString(hunk.printedContext)}`);
      lines.push(`    edition: ${yamlString(hunk.editionContext)}`);
    }
  }
  if (unlisted.length) {
    lines.push('', 'Zet elke afwijking in content/verbeteringen.yaml (of herstel de tekst). Als YAML, om aan te vullen:');
    for (const { hunk } of unlisted) {
      lines.push(`- id: ${hunk.kind}-${hunk.source[0]}`, `  kind: ${hunk.kind === 'hoofdletters' || hunk.kind === 'interpunctie' ? hunk.kind : 'woordkeuze'}`);
      lines.push(`  printed: ${yamlString(hunk.printedContext)}`, `  edition: ${yamlString(hunk.editionContext)}`);
    }
  }
  if (report.stale.length) {
    lines.push('', `${report.stale.length} plaats(en) in content/verbeteringen.yaml vinden geen afwijking op de site (al hersteld, of de tekst klopt niet precies):`);
    for (const { entry, place } of report.stale) lines.push(`- ${entry.id}: “${place.printed}” → “${place.edition}”`);
  }
  if (!unlisted.length && !report.stale.length) lines.push('Elke afwijking staat in content/verbeteringen.yaml.');
  return lines.join('\n');
}
