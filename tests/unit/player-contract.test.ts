/**
 * The player's contract (src/lib/player/contract.ts) is the one home of the
 * names the player's markup, element, playback code, "alles afspelen" and the
 * eager script share: nothing in src/browser spells them again, the styles of
 * FragmentPlayer.astro use only names the markup gives, and no test reads
 * the playback code's internals, only the element's public interface.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA, FLAG, FRAGMENT_SELECTOR, PART, PLAY_ALL_TAG, PLAYER_EVENT, PLAYER_TAG, dataAttributes } from '../../src/lib/player/contract';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
/** The string literals of a file (quoted with ' or "; template literals only when they hold no `${`). */
const literals = (text: string) =>
  [...withoutComments(text).matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`$]*)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');

/** What the contract names: a literal that is one of these, outside the contract, is a second home. */
function contractNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const [key, value] of Object.entries(PART)) names.set(`.${value}`, `part('${key}')`);
  for (const [key, value] of Object.entries(FLAG)) names.set(value, `FLAG.${key}`);
  for (const [key, value] of Object.entries(PLAYER_EVENT)) names.set(value, `PLAYER_EVENT.${key}`);
  names.set(PLAYER_TAG, 'PLAYER_TAG');
  names.set(PLAY_ALL_TAG, 'PLAY_ALL_TAG');
  names.set('[data-action]', 'ACTION_SELECTOR');
  return names;
}

describe('the player’s contract', () => {
  it('nothing in src/browser spells a class, event, tag or data-* name of the player again', () => {
    const names = contractNames();
    const browser = files('src/browser', /\.ts$/);
    expect(browser.length).toBeGreaterThan(10);
    const twice = browser.flatMap((file) => {
      const text = read(file);
      const found = literals(text)
        .filter((literal) => names.has(literal))
        .map((literal) => `${file}: '${literal}' (use ${names.get(literal)})`);
      // dataset['start'] where the contract has DATA.start (a player's data, not another element's).
      const player = /player|play-all/.test(file);
      for (const m of withoutComments(text).matchAll(/dataset\[\s*'([a-z]+)'\s*\]/g)) {
        if (player && (m[1] as string) in DATA) found.push(`${file}: dataset['${m[1]}'] (use DATA.${m[1]})`);
      }
      return found;
    });
    expect(twice).toEqual([]);
  });

  it('the styles of FragmentPlayer.astro name only classes its markup gives or the contract sets', () => {
    const text = read('src/components/FragmentPlayer.astro');
    const style = /<style>([\s\S]*?)<\/style>/.exec(text)?.[1] ?? '';
    const markup = text.slice(text.indexOf('---', 3) + 3, text.indexOf('<style>'));
    const given = new Set<string>([...Object.values(PART), ...Object.values(FLAG), 'player']);
    for (const m of markup.matchAll(/class="([^"{}]+)"/g)) for (const name of (m[1] as string).split(/\s+/)) given.add(name);
    for (const m of markup.matchAll(/class:list=\{\[([^\]]*)\]\}/g)) for (const q of (m[1] as string).matchAll(/'([^']+)'/g)) given.add(q[1] as string);
    // Outside the component: the site's helpers, and the transcript's buttons the element makes (:global).
    const global = new Set(['no-print', 'visually-hidden']);
    const styled = new Set([...withoutComments(style).replace(/:global\([^)]*\)/g, '').matchAll(/\.([a-z][a-z-]*)/g)].map((m) => m[1] as string));
    expect(styled.size).toBeGreaterThan(20);
    expect([...styled].filter((name) => !given.has(name) && !global.has(name))).toEqual([]);
    // The markup takes the contract's names from the contract.
    for (const [key, value] of Object.entries(PART)) {
      if (key === 'playAllStatus') continue;
      expect(markup, `class="${value}" in FragmentPlayer.astro: use PART.${key}`).not.toMatch(new RegExp(`class="(?:[^"]* )?${value}(?: [^"]*)?"`));
      expect(markup, `PART.${key} is not in the markup`).toMatch(new RegExp(`PART\\.${key}\\b`));
    }
    expect(markup).toContain(`<${PLAYER_TAG}`);
  });

  it('"alles afspelen" (on /luisteren/ and a story page) has the parts its code finds; it finds the fragments, not a whole recording', () => {
    const text = read('src/components/PlayAll.astro');
    expect(text).toContain(`<${PLAY_ALL_TAG}`);
    expect(text).toContain(`class="${PART.playAllStatus}"`);
    for (const page of ['src/pages/luisteren.astro', 'src/components/Story.astro']) expect(read(page), page).toContain('<PlayAll');
    expect(FRAGMENT_SELECTOR).toBe(`${PLAYER_TAG}:not([data-${DATA.whole}])`);
    expect(read('src/components/FragmentPlayer.astro')).toMatch(/\bwhole: stretch\.whole \?/);
  });

  it('data attributes come out as the element reads them', () => {
    expect(dataAttributes({ start: 12, end: 30.5, share: '/verhalen/x/#fragment-y' })).toEqual({
      'data-start': 12,
      'data-end': 30.5,
      'data-share': '/verhalen/x/#fragment-y',
    });
    // The element reads dataset.start for data-start: a name with a capital or a dash would not match.
    for (const value of Object.values(DATA)) expect(value).toMatch(/^[a-z]+$/);
  });

  it('no test reads the playback code’s internals (the controller, its media, a library’s private fields)', () => {
    const tests = [...files('tests/e2e', /\.ts$/), ...files('tests/engines', /\.ts$/), ...files('tests/support', /\.ts$/)];
    const bad = tests.flatMap((file) =>
      [...withoutComments(read(file)).matchAll(/\.(controller|media|_howls|_sounds|_node)\b/g)].map((m) => `${relative(ROOT, join(ROOT, file))}: .${m[1]}`),
    );
    expect(bad).toEqual([]);
  });
});
