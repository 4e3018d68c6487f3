/**
 * Fidelity check, part 4: every difference between the printed publication and
 * the built site must be on the record in content/verbeteringen.yaml, the data
 * the colophon renders: a correction (spelling, woordkeuze, hoofdletters,
 * interpunctie) or a deliberate editorial choice (keuze) with its reason.
 *
 * A passage of the site stands for one printed passage: when the print has a
 * passage twice (a box in a chapter and the same passage in the story, a cover
 * label and a story's lead) and both found the same place on the site, the one
 * that fits it less well is aligned again with that place taken.
 *
 * A place in that file, { printed, edition }, accounts for a difference when
 * its printed text occurs in the source around the printed side of the
 * difference and its edition text occurs on the page around the edition side
 * (compared as tokens: spacing does not matter, capitals and every mark do).
 * The record is held to the site both ways: a place that accounts for nothing
 * is reported (the record must not claim a change the site does not make), and
 * so is a place whose edition text the site does not show as often as the
 * print has its printed text (the record must say what the site shows).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { alignSentence, fit, hunks, readPage, readSource, SiteIndex, type Hunk, type Piece, type SentenceResult, type SourceText } from './align.ts';
import { mainText, type PageText } from './html.ts';
import { render, tokens, type Token } from './text.ts';
import { applyLengthRule, FRAGMENT_LENGTH_RULE, fragmentLengths } from './fragment-lengths.ts';
import { editDistance } from '../../src/lib/edit-distance.ts';
import { pagesNotInPrint } from '../../src/lib/pages.ts';
import { fileOfPage } from './locate.ts';

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
 * They are the pages the registry (src/lib/pages.ts) marks `fidelity: false`.
 */
export const SKIPPED_PAGES = pagesNotInPrint();

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

/** A place whose edition text the site does not show, or less often than the print has its printed text changed. */
export interface Absent {
  entry: Entry;
  place: Place;
  /** Occurrences of the printed text that the site does not show as printed. */
  printedCount: number;
  /** Occurrences of the edition text on the site. */
  editionCount: number;
}

export interface Report {
  sentences: number;
  found: number;
  coverage: number;
  findings: Finding[];
  /** Places in the data that account for no difference on the site (and are not in `absent`). */
  stale: { entry: Entry; place: Place }[];
  /** Places whose edition text is not on the site as often as the print has the printed text. */
  absent: Absent[];
  /** Differences by kind of the entry that accounts for them ("niet vermeld" when none does). */
  counts: Record<string, number>;
  results: SentenceResult[];
  source: SourceText;
}

/** Where each token stands in a list, by its text (made once per list: the print is searched for every place). */
const positions = new WeakMap<readonly Token[], Map<string, number[]>>();
function indexOf(list: readonly Token[]): Map<string, number[]> {
  let index = positions.get(list);
  if (!index) {
    index = new Map();
    list.forEach((token, i) => {
      const at = index!.get(token.text);
      if (at) at.push(i);
      else index!.set(token.text, [i]);
    });
    positions.set(list, index);
  }
  return index;
}

/** Every position in `haystack` where `needle` stands, in order. */
function occurrences(haystack: readonly Token[], needle: readonly Token[]): number[] {
  if (needle.length === 0) return [];
  const starts = indexOf(haystack).get(needle[0]!.text) ?? [];
  return starts.filter((i) => {
    if (i + needle.length > haystack.length) return false;
    for (let k = 1; k < needle.length; k++) if (haystack[i + k]!.text !== needle[k]!.text) return false;
    return true;
  });
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

/** Share of a piece's tokens, printed and on the page, that match exactly. */
function exactness(piece: Piece): number {
  if (!piece.page) return 0;
  const matched = piece.matches.length;
  return matched / Math.max(1, piece.range[1] - piece.range[0] + (piece.edition[1] - piece.edition[0]) - matched);
}

/**
 * One place on the site for one printed passage. The pieces are taken best
 * fit first; a piece that found a
 * place already taken (half of its matches or more) is aligned again without
 * it, and moves when it is still found there.
 */
function oneToOne(source: SourceText, index: SiteIndex, results: SentenceResult[]): void {
  const order = results.flatMap((result, r) => result.pieces.map((piece) => ({ r, piece })));
  order.sort((a, b) => exactness(b.piece) - exactness(a.piece) || a.piece.range[0] - b.piece.range[0]);
  const taken = new Set<string>();
  for (const { r, piece } of order) {
    const keys = piece.matches.map(([, y]) => `${piece.page}:${y}`);
    const overlap = keys.filter((k) => taken.has(k)).length;
    let placed = [piece];
    if (overlap > 0 && overlap * 2 >= keys.length) {
      const near = results[r - 1]?.pieces.find((p) => p.page)?.page;
      const again = alignSentence(source, index, piece.range, { near, taken }).pieces;
      const words = again.reduce((sum, p) => sum + p.words, 0);
      const matched = again.reduce((sum, p) => sum + p.matchedWords, 0);
      if (words && matched / words >= 0.5) {
        placed = again;
        const result = results[r]!;
        result.pieces = result.pieces.flatMap((p) => (p === piece ? again : [p]));
        const all = result.pieces.reduce((sum, p) => sum + p.words, 0);
        result.found = all ? result.pieces.reduce((sum, p) => sum + p.matchedWords, 0) / all : 1;
      }
    }
    for (const p of placed) for (const [, y] of p.matches) taken.add(`${p.page}:${y}`);
  }
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
  oneToOne(source, index, results);
  // A place on the record whose printed text is a whole printed sentence (a
  // label, a heading, a quote) says where that sentence went: when the site
  // does not show it as printed, it is aligned with the place's edition text
  // where the site shows it, one printed sentence to one spot on the site, and
  // the place is in use.
  const used = new Set<string>();
  const taken = new Set(results.flatMap((r) => r.pieces.flatMap((p) => p.matches.map(([, y]) => `${p.page}:${y}`))));
  entries.forEach((entry, e) => {
    entry.places.forEach((_, k) => {
      const { printed, edition } = placeTokens[e]![k]!;
      if (edition.length === 0) return;
      for (const at of occurrences(source.tokens, printed)) {
        const result = results.find((r) => r.range[0] === at && r.range[1] === at + printed.length);
        // A sentence the site shows as printed stays where it is.
        if (!result || result.pieces.reduce((n, p) => n + p.matches.length, 0) === printed.length) continue;
        const own = new Set(result.pieces.flatMap((p) => p.matches.map(([, y]) => `${p.page}:${y}`)));
        let best: { piece: Piece; score: number } | undefined;
        for (const page of site) {
          for (const y of occurrences(page.tokens, edition)) {
            // Words of the edition text that other printed sentences stand for are not this one's.
            const blocked = edition.map((_, i) => taken.has(`${page.path}:${y + i}`) && !own.has(`${page.path}:${y + i}`));
            const f = fit(printed, page.tokens.slice(y, y + edition.length), blocked);
            const matches = f.ops.flatMap(([a, b, exact]): [number, number][] => (a >= 0 && b >= 0 && exact ? [[at + a, y + b]] : []));
            const words = printed.filter((t) => t.word).length;
            const matchedWords = matches.filter(([a]) => source.tokens[a]!.word).length;
            if (matchedWords * 2 < words || (best && f.score <= best.score)) continue;
            best = { piece: { range: [at, at + printed.length], page: page.path, edition: [y, y + edition.length], matches, matchedWords, words }, score: f.score };
          }
        }
        if (!best) continue;
        used.add(`${e}:${k}`);
        for (const key of own) taken.delete(key);
        for (const [, y] of best.piece.matches) taken.add(`${best.piece.page}:${y}`);
        result.pieces = [best.piece];
        result.found = best.piece.words ? best.piece.matchedWords / best.piece.words : 1;
      }
    });
  });

  // The tokens of each page that some printed passage matched.
  const claimed = new Map<string, Set<number>>(site.map((p) => [p.path, new Set<number>()]));
  for (const result of results) for (const piece of result.pieces) for (const [, y] of piece.matches) claimed.get(piece.page!)?.add(y);
  const matchedSource = new Set(results.flatMap((r) => r.pieces.flatMap((p) => p.matches.map(([x]) => x))));
  const findings: Finding[] = [];
  for (const result of results) {
    for (const piece of result.pieces) {
      for (const hunk of hunks(source, index, piece, 0.5, { edition: piece.page ? claimed.get(piece.page) : undefined, source: matchedSource })) {
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
  const absent: Absent[] = [];
  entries.forEach((entry, e) => {
    // A rule's places are checked by the rule (the fragments' lengths as the site plays them).
    if (entry.rule) return;
    entry.places.forEach((place, k) => {
      const { printed, edition } = placeTokens[e]![k]!;
      if (edition.length === 0) return;
      // The printed text's occurrences the site does not show word for word and mark for mark.
      const printedCount = occurrences(source.tokens, printed).filter((at) => printed.some((_, i) => !matchedSource.has(at + i))).length;
      const editionCount = site.reduce((sum, page) => sum + occurrences(page.tokens, edition).length, 0);
      if (editionCount === 0 || editionCount < printedCount) absent.push({ entry, place, printedCount, editionCount });
    });
  });
  const stale = [
    ...entries.flatMap((entry, e) =>
      entry.rule ? [] : entry.places.flatMap((place, k) => (used.has(`${e}:${k}`) || absent.some((a) => a.place === place) ? [] : [{ entry, place }])),
    ),
    ...ruleStale,
  ];
  const counts: Record<string, number> = {};
  for (const f of findings) {
    const key = f.entry?.kind ?? 'niet vermeld';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  const found = results.filter((r) => r.found >= 0.5).length;
  return { sentences: results.length, found, coverage: results.length ? found / results.length : 1, findings, stale, absent, counts, results, source };
}

/** Whether every difference is on the record and every place on the record is on the site. */
export function onRecord(report: Report): boolean {
  return report.findings.every((f) => f.entry) && report.stale.length === 0 && report.absent.length === 0;
}

const yamlString = (text: string) => JSON.stringify(text);

/**
 * The kind a suggested line for content/verbeteringen.yaml gets: a change of
 * one or two letters within a word (wordt → word, te voren → tevoren) is
 * `spelling`, a changed word `woordkeuze`, marks only `interpunctie`, case only
 * `hoofdletters`.
 */
export function suggestKind(hunk: Pick<Hunk, 'kind' | 'printed' | 'editionText'>): Kind {
  if (hunk.kind === 'hoofdletters' || hunk.kind === 'interpunctie') return hunk.kind;
  const printed = hunk.printed.trim();
  const edition = hunk.editionText.trim();
  if (hunk.kind === 'woorden' && printed && edition && !/[^\p{L}\p{N}' ’-]/u.test(printed + edition)) {
    const shorter = Math.min(printed.replace(/ /g, '').length, edition.replace(/ /g, '').length);
    const letters = editDistance(printed.toLowerCase(), edition.toLowerCase(), 2);
    // Two letters in a two-letter word is another word (de → het), not a spelling fix.
    if (letters <= 2 && letters * 2 <= shorter) return 'spelling';
  }
  return 'woordkeuze';
}

const slug = (words: readonly string[]) =>
  words
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * A readable id for a suggested line, from the printed words: the changed
 * words, with the words before them up to three (“van te voren”), unique among
 * `taken` (a number added when not).
 */
export function suggestId(source: readonly Token[], hunk: Pick<Hunk, 'source'>, taken: Set<string>): string {
  const [start, end] = hunk.source;
  const words = source.slice(start, end).filter((t) => t.word).map((t) => t.text).slice(0, 4);
  for (let i = start - 1; i >= 0 && words.length < 3; i--) if (source[i]!.word) words.unshift(source[i]!.text);
  for (let i = end; i < source.length && words.length < 3; i++) if (source[i]!.word) words.push(source[i]!.text);
  const base = slug(words) || 'afwijking';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export interface ReportOptions {
  /** Where a text stands in content/ (tools/fidelity/locate.ts): the report then names files and lines. */
  locate?: (text: string) => { file: string; line: number }[];
  /** The ids in content/verbeteringen.yaml: a suggested id is not one of them. */
  ids?: Iterable<string>;
}

const spot = ({ file, line }: { file: string; line: number }) => `${file} (regel ${line})`;

/** The report `npm run fidelity` prints: coverage, counts, and what is not on the record. */
export function formatReport(report: Report, { locate, ids = [] }: ReportOptions = {}): string {
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
      const found = locate && hunk.editionContext ? locate(hunk.editionContext) : [];
      const own = found.filter((s) => hunk.page && fileOfPage(s.file, hunk.page));
      const here = own.length ? own : found;
      lines.push(`- ${hunk.page ?? '(niet op de site)'} [${hunk.kind}]: “${hunk.printed}” → “${hunk.editionText}”${here.length ? `, in ${here.map(spot).join(' en ')}` : ''}`);
      lines.push(`    printed: ${yamlString(hunk.printedContext)}`);
      lines.push(`    edition: ${yamlString(hunk.editionContext)}`);
      // The same printed words still stand, unchanged, somewhere else (a passage the print has twice, a lead copied into a description).
      const elsewhere = locate && hunk.printedContext && hunk.page ? locate(hunk.printedContext) : [];
      if (elsewhere.length) {
        lines.push(
          `    Dezelfde tekst staat nog zoals gedrukt in ${elsewhere.map(spot).join(' en ')}. Verander hem daar ook als hij overal zo moet worden; ` +
            'moet alleen deze plek veranderen, laat de andere dan staan. In beide gevallen zet je de regels hieronder in content/verbeteringen.yaml.',
        );
      }
    }
  }
  if (unlisted.length) {
    lines.push('', 'Zet elke afwijking in content/verbeteringen.yaml (of herstel de tekst). Als YAML, om aan te vullen:');
    const taken = new Set(ids);
    const suggested = new Set<string>();
    for (const { hunk } of unlisted) {
      // One line for the same change in two places: its printed and edition text cover both.
      const key = `${hunk.printedContext}\u0000${hunk.editionContext}`;
      if (suggested.has(key)) continue;
      suggested.add(key);
      lines.push(`- id: ${suggestId(report.source.tokens, hunk, taken)}`, `  kind: ${suggestKind(hunk)}`);
      lines.push(`  printed: ${yamlString(hunk.printedContext)}`, `  edition: ${yamlString(hunk.editionContext)}`);
    }
  }
  if (report.stale.length) {
    lines.push('', `${report.stale.length} plaats(en) in content/verbeteringen.yaml vinden geen afwijking op de site (al hersteld, of de tekst klopt niet precies):`);
    for (const { entry, place } of report.stale) {
      lines.push(
        `- ${entry.id}: “${place.printed}” → “${place.edition}”. Is de afwijking er niet meer, haal deze plaats dan weg; ` +
          'staat ze er wel, neem dan bij printed de tekst precies over zoals gedrukt en bij edition zoals op de pagina (leestekens en hoofdletters tellen).',
      );
    }
  }
  if (report.absent.length) {
    lines.push('', `${report.absent.length} plaats(en) in content/verbeteringen.yaml zeggen niet wat de site toont:`);
    for (const { entry, place, printedCount, editionCount } of report.absent) {
      const where = `content/verbeteringen.yaml → ${entry.id}, veld “edition”: “${place.edition}”`;
      if (editionCount === 0) {
        lines.push(`- ${where} staat niet op de site. Neem de tekst over zoals hij op de pagina staat (leestekens en hoofdletters tellen), of haal de plaats weg als de afwijking er niet meer is.`);
      } else {
        lines.push(
          `- ${where} staat ${editionCount} keer op de site, maar de gedrukte tekst (“${place.printed}”) is op ${printedCount} plaatsen veranderd. Zet op elke plek dezelfde tekst, of geef bij “printed” meer woorden mee, zodat alleen de plek die zo veranderde bedoeld is, en zet de andere plek apart in de lijst.`,
        );
      }
    }
  }
  if (!unlisted.length && !report.stale.length && !report.absent.length) lines.push('Elke afwijking staat in content/verbeteringen.yaml.');
  return lines.join('\n');
}
