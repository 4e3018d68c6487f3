/**
 * Reads a built site for everything it says about its recordings: players,
 * pages, transcripts, social cards and search records. Returns what is wrong
 * for the kinds the story files give (`recordingKind`), so the same check
 * runs on dist/ and on a fixture where a recording was switched.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtPages, pageHtml } from './site';
import { pngTexts } from '../../src/build/png-text';
import { STAND_IN_NOTE } from '../../src/lib/recording';

export interface StoryRecording {
  story: string;
  kind: string;
  recording: string;
  people: string[];
  fragments: string[];
}

/** What each story file in `root`/content/stories says about its recording. */
export function storyRecordings(root: string): StoryRecording[] {
  const dir = join(root, 'content/stories');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))![1]!) as {
        recordingKind: string;
        recording: string;
        people: { name: string }[];
        fragments: { id: string }[];
      };
      return {
        story: f.replace(/\.mdx$/, ''),
        kind: data.recordingKind,
        recording: data.recording,
        people: data.people.map((p) => p.name),
        fragments: data.fragments.map((fr) => fr.id),
      };
    });
}

const decode = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const attr = (attrs: string, name: string) => {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
  return value === undefined ? undefined : decode(value);
};
/** What a reader sees or hears read out: text without scripts, styles and tags. */
const textOf = (html: string) =>
  decode(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
/** The page's own description and title, as search engines and social sites show them. */
const metaText = (html: string) =>
  [...html.matchAll(/<meta\s[^>]*(?:name|property)="(?:description|og:title|og:description|twitter:title|twitter:description|og:image:alt)"[^>]*>/g)]
    .map((m) => attr(m[0], 'content') ?? '')
    .join(' ');
const INTERVIEW = /interview/i;

function files(dir: string, ending: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, ending) : name.endsWith(ending) ? [p] : [];
  });
}

export interface Findings {
  problems: string[];
  /** Players seen, per kind, so a test can tell the check looked at something. */
  players: Record<string, number>;
  cards: number;
  records: number;
}

export function recordingFindings(dist: string, stories: StoryRecording[]): Findings {
  const problems: string[] = [];
  const players: Record<string, number> = {};
  const byFile = new Map(stories.map((s) => [s.recording, s]));
  const allStandIn = stories.every((s) => s.kind === 'voorlopig');
  const standIns = stories.filter((s) => s.kind === 'voorlopig');

  for (const path of builtPages(dist)) {
    const html = pageHtml(path, dist);
    const body = /<body\b[\s\S]*<\/body>/.exec(html)?.[0] ?? html;
    // Every <audio> is inside a player, so a label next to every player is next to every play button.
    const audios = (body.match(/<audio\b/g) ?? []).length;
    const found = [...body.matchAll(/<fragment-player\b([^>]*)>([\s\S]*?)<\/fragment-player>/g)];
    if (audios !== found.length) problems.push(`${path}: ${audios} <audio>, ${found.length} players`);
    for (const [, attrs, inner] of found) {
      const id = attr(attrs!, 'id');
      const where = `${path}#${id}`;
      // A fragment plays its own clip (audio/fragmenten/<fragment>.mp3), the whole recording its file.
      const src = attr(attrs!, 'data-src')!;
      const file = src.split('/').at(-1)!;
      const clip = /\/audio\/fragmenten\/([^/]+)\.mp3$/.exec(src)?.[1];
      const story = clip ? stories.find((s) => s.fragments.includes(clip)) : byFile.get(file);
      if (!story) {
        problems.push(`${where}: plays ${file}, which no story names`);
        continue;
      }
      players[story.kind] = (players[story.kind] ?? 0) + 1;
      const note = /<\/figure><p class="recording-note" id="([^"]+)"[^>]*>([^<]*)<\/p><noscript><div class="native/.exec(inner!);
      // What the caption says of who speaks; its link's hidden name repeats the quote, which may name anyone (“Dit was de reactie van Samira …”).
      const who = textOf((/<figcaption class="who"[^>]*>([\s\S]*?)<\/figcaption>/.exec(inner!)?.[1] ?? '').replace(/<span class="visually-hidden"[^>]*>[\s\S]*?<\/span>/g, ''));
      const artist = attr(attrs!, 'data-artist') ?? '';
      const cueTexts = [...inner!.matchAll(/<span class="cue-text"[^>]*>([^<]*)<\/span>/g)].map((m) => decode(m[1]!));
      if (story.kind === 'voorlopig') {
        if (!note || decode(note[2]!) !== STAND_IN_NOTE) problems.push(`${where}: no stand-in note between the quote and the play button`);
        else if (attr(attrs!, 'aria-describedby') !== note[1]) problems.push(`${where}: the player is not described by its note`);
        if (!/voorlopige opname/.test(artist)) problems.push(`${where}: Media Session artist “${artist}” does not say stand-in`);
        for (const name of story.people) {
          if (who.includes(name)) problems.push(`${where}: names ${name} under the quote`);
          const first = name.split(' ')[0]!;
          if (cueTexts.some((t) => t.startsWith(`${name}:`) || t.startsWith(`${first}:`))) problems.push(`${where}: a cue names ${first} as speaker`);
        }
        const said = `${textOf(inner!)} ${attr(attrs!, 'data-title')} ${artist}`;
        if (INTERVIEW.test(said)) problems.push(`${where}: calls a stand-in an interview: ${said.match(/.{0,40}interview.{0,40}/i)![0]}`);
      } else {
        if (/recording-note/.test(inner!)) problems.push(`${where}: a real interview carries the stand-in note`);
        if (/voorlopig|computerstem/i.test(`${who} ${artist}`)) problems.push(`${where}: a real interview is labelled as stand-in`);
      }
    }
    const words = `${textOf(body)} ${metaText(html)}`;
    if (allStandIn && INTERVIEW.test(words)) {
      problems.push(`${path}: says “${words.match(/.{0,50}interview.{0,50}/i)![0]}” while every recording is a stand-in`);
    }
    const own = stories.find((s) => path === `/verhalen/${s.story}/`);
    if (own?.kind === 'voorlopig' && INTERVIEW.test(words)) problems.push(`${path}: calls its stand-in an interview`);
    if (path === '/luisteren/' && standIns.length > 0 && !/voorlopige opname/i.test(metaText(html))) {
      problems.push(`${path}: its description does not say the recordings are stand-ins`);
    }
  }

  // Transcripts: a stand-in's names no speaker.
  for (const story of standIns) {
    const vtt = join(dist, 'audio', story.recording.replace(/\.mp3$/, '.vtt'));
    if (!existsSync(vtt)) problems.push(`${vtt}: missing`);
    else if (/<v[\s.]/.test(readFileSync(vtt, 'utf8'))) problems.push(`${vtt}: names a speaker in a stand-in transcript`);
  }

  // Social cards: the words each card shows (its PNG Description).
  const cardFiles = files(join(dist, 'og'), '.png');
  for (const card of cardFiles) {
    const text = pngTexts(readFileSync(card))['Description'];
    if (text === undefined) problems.push(`${card}: no Description with the card's words`);
    else if (allStandIn && INTERVIEW.test(text)) problems.push(`${card}: card says “${text}”`);
  }
  const listening = join(dist, 'og/luisteren.png');
  if (existsSync(listening)) {
    const text = pngTexts(readFileSync(listening))['Description'] ?? '';
    if (standIns.length > 0 && !/VOORLOPIGE OPNAMEN/.test(text)) problems.push(`og/luisteren.png: “${text}” does not say stand-in`);
    if (standIns.length === 0 && /VOORLOPIG/.test(text)) problems.push(`og/luisteren.png: “${text}” still says stand-in`);
  }

  // Search records: one per fragment, from Pagefind's fragment files.
  let records = 0;
  for (const file of files(join(dist, 'pagefind/fragment'), '.pf_fragment')) {
    const raw = gunzipSync(readFileSync(file)).toString('utf8');
    const record = JSON.parse(raw.slice(raw.indexOf('{'))) as {
      url: string;
      content: string;
      meta: Record<string, string>;
      filters: Record<string, string[]>;
    };
    if (!record.filters['type']?.includes('Fragment')) continue;
    records++;
    const fragment = /#fragment-(.+)$/.exec(record.url)?.[1];
    const story = stories.find((s) => s.fragments.includes(fragment ?? ''));
    if (!story) {
      problems.push(`search record ${record.url}: no story defines this fragment`);
      continue;
    }
    const said = `${record.meta['title']} ${record.meta['opname'] ?? ''} ${record.content}`;
    if (story.kind === 'voorlopig') {
      if (record.meta['opname'] !== 'voorlopige opname') problems.push(`search record ${record.url}: does not say stand-in`);
      if (INTERVIEW.test(said)) problems.push(`search record ${record.url}: calls a stand-in an interview`);
    } else if (record.meta['opname']) {
      problems.push(`search record ${record.url}: a real interview says “${record.meta['opname']}”`);
    }
  }
  return { problems, players, cards: cardFiles.length, records };
}
