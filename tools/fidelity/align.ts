/**
 * Fidelity check, part 3: the printed source in sentences, each sentence
 * aligned with the passage of the built site that matches it best.
 *
 * 1. The source is cut into blocks where the PDF extraction starts a new
 *    layout block (a line that begins with a space), and blocks into sentences.
 * 2. An index of word trigrams over every page finds candidate places for a
 *    sentence; around each candidate a word-level alignment (a longest common
 *    subsequence with costs for what differs) fits the whole sentence into the
 *    page. The best-scoring place wins, so a passage the source prints twice
 *    (a box in a chapter and the same passage in the story) finds, for each
 *    occurrence, the version with its own wording.
 * 3. Because the extraction scrambles the order of the two columns, a
 *    "sentence" may glue a heading to the first sentence after it, or the end of
 *    one block to the start of another. A stretch of a sentence that stays
 *    unmatched at its start, end or middle is therefore aligned again on its
 *    own; the split is kept when it matches more words.
 * 4. What differs inside an alignment becomes a hunk: printed tokens → edition
 *    tokens. A hunk that only inserts whole blocks of the page (a player, a box
 *    between two paragraphs) is the page's layout, not a change of wording.
 */
import { closes, opens, render, tokens, wordKey, type Token } from './text.ts';
import type { PageText } from './html.ts';

export interface SourceText {
  tokens: Token[];
  /** Sentences as [start, end) ranges of `tokens`. */
  sentences: [number, number][];
}

export interface SiteToken extends Token {
  /** Index of the block on its page. */
  block: number;
}

export interface SitePage {
  path: string;
  tokens: SiteToken[];
}

export type HunkKind = 'woorden' | 'hoofdletters' | 'interpunctie' | 'ontbreekt';

export interface Hunk {
  kind: HunkKind;
  /** Source token range [start, end). */
  source: [number, number];
  /** Page and its token range [start, end); no page when the sentence was not found. */
  page?: string;
  edition: [number, number];
  /** Printed and edition text of the hunk, with a few words of context. */
  printed: string;
  printedContext: string;
  editionText: string;
  editionContext: string;
}

export interface SentenceResult {
  /** The sentence as [start, end) of the source tokens. */
  range: [number, number];
  /** The pieces it was aligned as (usually one). */
  pieces: Piece[];
  /** Share of its words found, 0–1. */
  found: number;
}

export interface Piece {
  range: [number, number];
  page?: string;
  /** Edition token range the piece was aligned to. */
  edition: [number, number];
  /** Pairs [source index, edition index] of matched tokens. */
  matches: [number, number][];
  matchedWords: number;
  words: number;
}

/* ---------- the source ---------- */

const ENDS = new Set(['.', '!', '?', '…']);
const closer = (t: Token) => closes(t.text) || t.text === ')';

/** Cuts the extracted text into sentences (see the file comment). */
export function readSource(text: string): SourceText {
  // Layout blocks: a line that starts with a space starts a new one. Inside a
  // block, a heading line (short, no closing punctuation, followed by a capital)
  // is a block of its own, so it is not glued to the sentence after it.
  const lines = text.split(/\r?\n/).filter((line) => line.trim());
  const blocks: string[] = [];
  let headingBefore = false;
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    const previous = lines[i - 1]?.trim() ?? '';
    const next = lines[i + 1]?.trim() ?? '';
    const heading =
      trimmed.length <= 90 &&
      !/[.,;:!?’”…-]$/.test(trimmed) &&
      !/^[‘“'"]/.test(trimmed) &&
      /^[\p{Lu}\p{N}“‘•]/u.test(next) &&
      (blocks.length === 0 || /^\s/.test(line) || headingBefore || /[.!?’”:]$/.test(previous));
    if (/^\s/.test(line) || blocks.length === 0 || heading || headingBefore) blocks.push(line);
    else blocks[blocks.length - 1] += `\n${line}`;
    headingBefore = heading;
  });
  const all: Token[] = [];
  const sentences: [number, number][] = [];
  for (const block of blocks) {
    const list = tokens(block);
    let start = all.length;
    for (let i = 0; i < list.length; i++) {
      const token = list[i]!;
      const at = all.length;
      // A bullet is list layout: it starts a new sentence and is not compared.
      if (token.text === '•') {
        if (at > start) sentences.push([start, at]);
        start = at;
        continue;
      }
      all.push(token);
      if (!ENDS.has(token.text)) continue;
      let j = i + 1;
      while (j < list.length && closer(list[j]!)) j++;
      const next = list[j];
      if (!next || !(/^[\p{Lu}\p{N}]/u.test(next.text) || opens(next.text) || next.text === '•')) continue;
      // "1. Breng in kaart": a number at the start of a sentence is a step number, not a sentence.
      const previous = list[i - 1];
      if (previous && /^\d+$/.test(previous.text) && all.length - 2 === start) continue;
      for (let k = i + 1; k < j; k++) all.push(list[k]!);
      i = j - 1;
      sentences.push([start, all.length]);
      start = all.length;
    }
    if (all.length > start) sentences.push([start, all.length]);
  }
  // A sentence without a word (a lone bullet or mark) joins the next one.
  const merged: [number, number][] = [];
  let pending: number | undefined;
  for (const [s, e] of sentences) {
    const hasWord = all.slice(s, e).some((t) => t.word);
    if (!hasWord) {
      pending ??= s;
      continue;
    }
    merged.push([pending ?? s, e]);
    pending = undefined;
  }
  return { tokens: all, sentences: merged };
}

/* ---------- the site ---------- */

export function readPage(page: PageText): SitePage {
  const out: SiteToken[] = [];
  page.blocks.forEach((block, index) => {
    for (const token of tokens(block)) out.push({ ...token, block: index });
  });
  return { path: page.path, tokens: out };
}

const N = 3;

/** Word n-grams of every page: key → [page index, token index of the first word]. */
export class SiteIndex {
  readonly pages: SitePage[];
  private readonly grams = new Map<string, [number, number][]>();
  private readonly words: number[][] = [];

  constructor(pages: SitePage[]) {
    this.pages = pages;
    pages.forEach((page, p) => {
      const positions = page.tokens.flatMap((t, i) => (t.word ? [i] : []));
      this.words.push(positions);
      for (let n = 1; n <= N; n++) {
        for (let w = 0; w + n <= positions.length; w++) {
          const key = `${n}|${positions.slice(w, w + n).map((i) => wordKey(page.tokens[i]!)).join(' ')}`;
          let list = this.grams.get(key);
          if (!list) this.grams.set(key, (list = []));
          list.push([p, w]);
        }
      }
    });
  }

  /** Candidate places for a run of words: [page, token index where the run would start], best first. */
  candidates(words: Token[], limit = 4): [number, number][] {
    const n = Math.min(N, words.length);
    const votes = new Map<string, { page: number; diagonal: number; votes: number }>();
    for (let k = 0; k + n <= words.length; k++) {
      const key = `${n}|${words.slice(k, k + n).map(wordKey).join(' ')}`;
      const hits = this.grams.get(key);
      if (!hits || hits.length > 200) continue;
      for (const [page, w] of hits) {
        // Bucket diagonals so small insertions or deletions still vote together.
        const diagonal = Math.round((w - k) / 6);
        const id = `${page}:${diagonal}`;
        const entry = votes.get(id) ?? { page, diagonal: w - k, votes: 0 };
        entry.votes++;
        votes.set(id, entry);
      }
    }
    return [...votes.values()]
      .sort((a, b) => b.votes - a.votes)
      .slice(0, limit)
      .map(({ page, diagonal }) => {
        const positions = this.words[page]!;
        const w = Math.max(0, Math.min(positions.length - 1, diagonal));
        return [page, positions[w] ?? 0];
      });
  }
}

/* ---------- alignment ---------- */

// A matched word counts more the longer it is: "gelijkwaardigheid" is better
// evidence of the right place than "4" or "de".
const matchWord = (t: Token) => 1 + Math.min(t.text.length, 10) / 2;
const MATCH_MARK = 1;
const NEAR_WORD = 1; // same word in other case or accents: aligned, but still a difference
const MISMATCH = -2;
const GAP = -1;

function score(a: Token, b: Token): number {
  if (a.word !== b.word) return -Infinity;
  if (a.text === b.text) return a.word ? matchWord(a) : MATCH_MARK;
  if (a.word && wordKey(a) === wordKey(b)) return NEAR_WORD;
  return MISMATCH;
}

interface Fit {
  score: number;
  /** Edition range in window coordinates. */
  start: number;
  end: number;
  /** Operations: [source offset or -1, edition offset or -1, exact match]. */
  ops: [number, number, boolean][];
}

/**
 * Fits all of `a` into some stretch of `b` (free start and end in `b`):
 * a weighted longest common subsequence, with the trace of what matched.
 */
export function fit(a: readonly Token[], b: readonly Token[], blocked?: readonly boolean[]): Fit {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const D = new Float64Array((n + 1) * width);
  const from = new Uint8Array((n + 1) * width); // 1 diagonal, 2 up (source gap), 3 left (edition gap)
  for (let i = 1; i <= n; i++) {
    D[i * width] = D[(i - 1) * width]! + GAP;
    from[i * width] = 2;
  }
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = blocked?.[j - 1] ? -Infinity : score(a[i - 1]!, b[j - 1]!);
      let best = s === -Infinity ? -Infinity : D[(i - 1) * width + j - 1]! + s;
      let dir = 1;
      const up = D[(i - 1) * width + j]! + GAP;
      if (up > best) {
        best = up;
        dir = 2;
      }
      const left = D[i * width + j - 1]! + GAP;
      if (left > best) {
        best = left;
        dir = 3;
      }
      D[i * width + j] = best;
      from[i * width + j] = dir;
    }
  }
  let end = 0;
  for (let j = 1; j <= m; j++) if (D[n * width + j]! > D[n * width + end]!) end = j;
  const ops: [number, number, boolean][] = [];
  let i = n;
  let j = end;
  while (i > 0) {
    const dir = from[i * width + j]!;
    if (dir === 1) {
      ops.push([i - 1, j - 1, a[i - 1]!.text === b[j - 1]!.text]);
      i--;
      j--;
    } else if (dir === 2) {
      ops.push([i - 1, -1, false]);
      i--;
    } else {
      ops.push([-1, j - 1, false]);
      j--;
    }
  }
  ops.reverse();
  return { score: D[n * width + end]!, start: j, end, ops };
}

export interface AlignOptions {
  /** Longest run of unmatched words inside a piece before it is aligned on its own. */
  splitRun?: number;
  /** Page of the sentence before: preferred when two places match equally well. */
  near?: string | undefined;
  /** Tokens of the site another printed passage stands for ("path:index"): not matched again. */
  taken?: ReadonlySet<string> | undefined;
}

/** Aligns the source range [s, e) with its best place on the site. */
export function alignPiece(source: SourceText, index: SiteIndex, s: number, e: number, near?: string, taken?: ReadonlySet<string>): Piece {
  const list = source.tokens.slice(s, e);
  const words = list.filter((t) => t.word);
  let best: Piece = { range: [s, e], edition: [0, 0], matches: [], matchedWords: 0, words: words.length };
  let bestScore = -Infinity;
  if (words.length === 0) return best;
  // A sentence of a word or two (a label, "Belangrijk!") has no trigram to vote with:
  // try every place its words stand, not only the first few.
  // With places taken, look further: the first few candidates may be those places.
  for (const [p, at] of index.candidates(words, words.length < N ? 200 : taken ? 16 : 4)) {
    const page = index.pages[p]!;
    const margin = 12 + Math.ceil(list.length / 2);
    const from = Math.max(0, at - margin);
    const to = Math.min(page.tokens.length, at + list.length + margin);
    const blocked = taken ? Array.from({ length: to - from }, (_, j) => taken.has(`${page.path}:${from + j}`)) : undefined;
    const result = fit(list, page.tokens.slice(from, to), blocked);
    const matches: [number, number][] = [];
    let matchedWords = 0;
    for (const [x, y, exact] of result.ops) {
      if (x < 0 || y < 0 || !exact) continue;
      matches.push([s + x, from + y]);
      if (list[x]!.word) matchedWords++;
    }
    // On a tie, the page where the sentence before it stands wins, and a
    // block that is this passage, mark for mark, wins over one that holds more
    // (a heading over a quote of the same words with a full stop).
    const whole = matches.length > 0 && matches.length === page.tokens.filter((t) => t.block === page.tokens[matches[0]![1]]!.block).length;
    const total = result.score + (page.path === near ? 0.5 : 0) + (whole ? 0.25 : 0);
    if (total <= bestScore) continue;
    bestScore = total;
    best = { range: [s, e], page: page.path, edition: [from + result.start, from + result.end], matches, matchedWords, words: words.length };
  }
  return best;
}

/** Aligns [s, e), splitting off stretches that stay unmatched when that matches more words. */
function alignRange(source: SourceText, index: SiteIndex, s: number, e: number, depth: number, splitRun: number, near?: string, taken?: ReadonlySet<string>): Piece[] {
  const piece = alignPiece(source, index, s, e, near, taken);
  if (depth >= 4 || piece.matchedWords === piece.words) return [piece];
  // Runs of source tokens without a matched word.
  const matched = new Set(piece.matches.map(([x]) => x));
  const cuts: number[] = [];
  let runStart = s;
  let runWords = 0;
  for (let x = s; x <= e; x++) {
    const token = source.tokens[x];
    if (x === e || matched.has(x)) {
      const atEdge = runStart === s || x === e;
      if (runWords >= (atEdge ? 1 : splitRun) && !(runStart === s && x === e)) {
        if (runStart > s) cuts.push(runStart);
        if (x < e) cuts.push(x);
      }
      runStart = x + 1;
      runWords = 0;
    } else if (token!.word) {
      runWords++;
    }
  }
  const bounds = [...new Set([s, ...cuts, e])].sort((a, b) => a - b);
  if (bounds.length <= 2) return [piece];
  const pieces: Piece[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [from, to] = [bounds[k]!, bounds[k + 1]!];
    if (!source.tokens.slice(from, to).some((t) => t.word)) {
      // Marks between two pieces go with the piece before them.
      if (pieces.length) pieces[pieces.length - 1] = alignPiece(source, index, pieces[pieces.length - 1]!.range[0], to, near, taken);
      else bounds[k + 1] = from;
      continue;
    }
    pieces.push(...alignRange(source, index, from, to, depth + 1, splitRun, near, taken));
  }
  const total = pieces.reduce((sum, p) => sum + p.matchedWords, 0);
  if (total <= piece.matchedWords) return [piece];
  // A short piece on its own (a heading, a label) must be a whole block of the page:
  // a common word or two matching somewhere else is no evidence.
  const plausible = pieces.every((p) => p.words >= 4 || p.matchedWords === 0 || wholeBlock(index, p));
  return plausible ? pieces : [piece];
}

/** Whether every word of the page block where a piece matched is one of its matches. */
function wholeBlock(index: SiteIndex, piece: Piece): boolean {
  const page = index.pages.find((p) => p.path === piece.page);
  if (!page || piece.matches.length === 0) return false;
  const block = page.tokens[piece.matches[0]![1]]!.block;
  const matched = new Set(piece.matches.map(([, y]) => y));
  return page.tokens.every((t, i) => t.block !== block || !t.word || matched.has(i));
}

export function alignSentence(source: SourceText, index: SiteIndex, range: [number, number], options: AlignOptions = {}): SentenceResult {
  const pieces = alignRange(source, index, range[0], range[1], 0, options.splitRun ?? 4, options.near, options.taken);
  const words = pieces.reduce((sum, p) => sum + p.words, 0);
  const matched = pieces.reduce((sum, p) => sum + p.matchedWords, 0);
  return { range, pieces, found: words ? matched / words : 1 };
}

/* ---------- differences ---------- */

const CONTEXT = 4;

function around(list: readonly Token[], start: number, end: number, words = CONTEXT): [number, number] {
  let a = start;
  let seen = 0;
  while (a > 0 && seen < words) if (list[--a]!.word) seen++;
  let b = end;
  seen = 0;
  while (b < list.length && seen < words) if (list[b++]!.word) seen++;
  return [a, b];
}

function classify(printed: Token[], edition: Token[]): HunkKind {
  const pw = printed.filter((t) => t.word).map((t) => t.text);
  const ew = edition.filter((t) => t.word).map((t) => t.text);
  if (pw.join(' ') === ew.join(' ')) return 'interpunctie';
  if (pw.join(' ').toLowerCase() === ew.join(' ').toLowerCase()) return 'hoofdletters';
  return 'woorden';
}

/**
 * The differences inside one aligned piece, or the whole piece when it was not
 * found. `claimed` holds the tokens of the piece's page that some printed
 * passage matched: a mark the page adds right after the piece (a closing quote
 * after a sentence, a full stop after a heading), or at the start of its block
 * before it, that no printed passage matched is a difference of this piece.
 */
export interface Claimed {
  /** Tokens of the piece's page that some printed passage matched. */
  edition?: ReadonlySet<number> | undefined;
  /** Tokens of the source that matched somewhere on the site. */
  source?: ReadonlySet<number> | undefined;
}

export function hunks(source: SourceText, index: SiteIndex, piece: Piece, foundThreshold = 0.5, claimed: Claimed = {}): Hunk[] {
  const taken = (i: number) => claimed.edition?.has(i) ?? false;
  // A printed mark right after the piece that matched nothing: the next piece
  // reports what the page has in its place.
  const markAfter = (i: number) => i < source.tokens.length && !source.tokens[i]!.word && !(claimed.source?.has(i) ?? true);
  const [s, e] = piece.range;
  const page = index.pages.find((p) => p.path === piece.page);
  if (!page || piece.words === 0 || piece.matchedWords / piece.words < foundThreshold) {
    const printed = render(source.tokens.slice(s, e));
    return [{ kind: 'ontbreekt', source: [s, e], edition: [0, 0], printed, printedContext: printed, editionText: '', editionContext: '' }];
  }
  const out: Hunk[] = [];
  // Walk matched pairs; whatever lies between two consecutive pairs is a hunk.
  const anchors: [number, number][] = [[s - 1, -1], ...piece.matches, [e, -1]];
  const first = piece.matches[0]!;
  const last = piece.matches[piece.matches.length - 1]!;
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [x0, y0] = anchors[k]!;
    const [x1, y1] = anchors[k + 1]!;
    const ps = x0 + 1;
    const pe = x1;
    // Before the first and after the last match, the page shows what stands in
    // the same block in place of the unmatched printed tokens (a changed first
    // or last word), never more tokens than were printed.
    let es = k === 0 ? first[1] : y0 + 1;
    let ee = k === anchors.length - 2 ? last[1] + 1 : y1;
    // Only a word that looks like a printed one counts (Burgerinitiatievenen → Burgerinitiatieven).
    const stems = new Set(source.tokens.slice(ps, pe).filter((t) => t.word).map((t) => wordKey(t).slice(0, 4)));
    const alike = (t: SiteToken, block: number) => t.block === block && t.word && stems.has(wordKey(t).slice(0, 4));
    if (k === 0) {
      const block = page.tokens[first[1]]!.block;
      while (es > 0 && first[1] - es < pe - ps && alike(page.tokens[es - 1]!, block)) es--;
    }
    if (k === anchors.length - 2) {
      const block = page.tokens[last[1]]!.block;
      while (ee < page.tokens.length && ee - (last[1] + 1) < pe - ps && alike(page.tokens[ee]!, block)) ee++;
      // Marks the page adds after the piece, up to a word or the end of the block.
      if (!markAfter(e)) while (ee < page.tokens.length && page.tokens[ee]!.block === block && !page.tokens[ee]!.word && !taken(ee)) ee++;
    }
    if (k === 0) {
      // Marks the page adds before the piece: at the start of its block, or in
      // place of printed marks the piece starts with that matched nothing.
      const block = page.tokens[first[1]]!.block;
      let b = es;
      while (b > 0 && page.tokens[b - 1]!.block === block && !page.tokens[b - 1]!.word && !taken(b - 1)) b--;
      const replaces = pe > ps && source.tokens.slice(ps, pe).every((t) => !t.word);
      if (b === 0 || page.tokens[b - 1]!.block !== block || replaces) es = b;
    }
    if (pe <= ps && ee <= es) continue;
    const printedTokens = source.tokens.slice(ps, pe);
    const editionTokens = page.tokens.slice(es, ee);
    // Whole blocks of the page between two parts of the sentence: layout, not wording.
    if (printedTokens.length === 0 && editionTokens.length > 0) {
      const startsBlock = es === 0 || page.tokens[es - 1]!.block !== page.tokens[es]!.block;
      const endsBlock = ee >= page.tokens.length || page.tokens[ee - 1]!.block !== page.tokens[ee]!.block;
      if (startsBlock && endsBlock) continue;
    }
    const pc = around(source.tokens, ps, pe);
    const ec = around(page.tokens, es, ee);
    out.push({
      kind: classify(printedTokens, editionTokens),
      source: [ps, pe],
      page: page.path,
      edition: [es, ee],
      printed: render(printedTokens),
      printedContext: render(source.tokens.slice(pc[0], pc[1])),
      editionText: render(editionTokens),
      editionContext: render(page.tokens.slice(ec[0], ec[1])),
    });
  }
  return out;
}
