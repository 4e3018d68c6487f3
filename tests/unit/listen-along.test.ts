/** The pure parts of listening across pages: which links the edition follows itself, the head tags that follow a page change, the queue's order, the kept position. */
import { describe, expect, it } from 'vitest';
import { headChanges, pageTag, type HeadTag } from '../../src/lib/player/head';
import { followsInside } from '../../src/lib/player/navigation';
import { RESTART_AFTER, previousAction, queueStart, queueStep } from '../../src/lib/player/queue';
import { parseResume, serializeResume, type Resume } from '../../src/lib/player/resume';

describe('which links the edition follows itself while something plays', () => {
  const here = 'https://nji.example/verhalen/jakob/';
  const inside = (href: string, extra: Partial<Parameters<typeof followsInside>[0]> = {}) => followsInside({ href, here, base: '/', ...extra });

  it('follows the edition’s pages: header, prev/next, table of contents, search result, role guide, listening page', () => {
    for (const href of ['/', '/handreiking/versterken-van-initiatieven/', '/handreiking/x/#kop', '/rol/', '/luisteren/', '/zoeken/?q=rol', '../', '/colofon/index.html']) {
      expect(inside(href), href).toBe(true);
    }
  });

  it('leaves other sites, downloads, files and places on the same page to the browser', () => {
    for (const href of [
      'https://www.nji.nl/',
      'http://nji.example/rol/',
      'mailto:info@nji.nl',
      '/audio/fragmenten/a.mp3',
      '/publicatie.pdf',
      '/wijzigingen/rss.xml',
      '/pagefind/pagefind.js',
      '/_astro/player.js',
      '#inhoud',
      '/verhalen/jakob/#fragment-x',
      'javascript:alert(1)',
    ]) {
      expect(inside(href), href).toBe(false);
    }
  });

  it('leaves a link with download or a target, or a press with a modifier key, to the browser', () => {
    expect(inside('/rol/', { elsewhere: true })).toBe(false);
    expect(inside('/rol/', { modified: true })).toBe(false);
  });

  it('follows only pages under the base path', () => {
    const base = '/publicaties/burgerinitiatieven/';
    const there = 'https://nji.example/publicaties/burgerinitiatieven/verhalen/jakob/';
    expect(followsInside({ href: '/publicaties/burgerinitiatieven/rol/', here: there, base })).toBe(true);
    expect(followsInside({ href: '/publicaties/andere/', here: there, base })).toBe(false);
    expect(followsInside({ href: '/publicaties/burgerinitiatieven/audio/a.mp3', here: there, base })).toBe(false);
  });
});

describe('the head tags that follow a page change', () => {
  const meta = (attrs: Record<string, string>): HeadTag => ({ tag: 'meta', attrs });
  const link = (attrs: Record<string, string>): HeadTag => ({ tag: 'link', attrs });
  const site = [
    meta({ charset: 'utf-8' }),
    meta({ 'http-equiv': 'content-security-policy', content: "default-src 'self'" }),
    meta({ name: 'viewport', content: 'width=device-width' }),
    meta({ name: 'theme-color', content: '#fff', media: '(prefers-color-scheme: light)' }),
    link({ rel: 'stylesheet', href: '/_astro/a.css' }),
    link({ rel: 'icon', href: '/favicon.svg' }),
    link({ rel: 'sitemap', href: '/sitemap-index.xml' }),
  ];
  const feed = link({ rel: 'alternate', type: 'application/rss+xml', title: 'Wijzigingen', href: '/wijzigingen/feed.xml' });
  const pageHead = (path: string, title: string) => [
    meta({ name: 'description', content: `Over ${title}` }),
    link({ rel: 'canonical', href: `https://www.nji.nl${path}` }),
    meta({ property: 'og:title', content: title }),
    meta({ property: 'og:url', content: `https://www.nji.nl${path}` }),
    meta({ property: 'og:site_name', content: 'Burgerinitiatieven en wijkteams' }),
    meta({ name: 'twitter:title', content: title }),
    meta({ name: 'twitter:card', content: 'summary_large_image' }),
    feed,
  ];
  /** The head after the changes, as the browser side applies them (remove by index, append). */
  const apply = (now: HeadTag[], next: HeadTag[]) => {
    const { remove, add } = headChanges(now, next);
    return [...now.filter((_, i) => !remove.includes(i)), ...add];
  };
  const pageTags = (head: HeadTag[]) => head.filter(pageTag).map((t) => JSON.stringify(t)).sort();

  it('counts the canonical address, description, robots, og:, twitter: and alternates as the page’s; the CSP, styles, icons, viewport and theme as the site’s', () => {
    expect(pageHead('/a/', 'A').every(pageTag)).toBe(true);
    expect(pageTag(meta({ name: 'robots', content: 'noindex' }))).toBe(true);
    expect(pageTag(meta({ name: 'Description', content: 'x' }))).toBe(true);
    expect(site.some(pageTag)).toBe(false);
    expect(pageTag({ tag: 'script', attrs: { type: 'application/ld+json' } })).toBe(false);
  });

  it('after a change the head has the new page’s tags and the site’s tags untouched', () => {
    const now = [...site, ...pageHead('/verhalen/a/', 'A')];
    const next = [...site, ...pageHead('/handreiking/b/', 'B'), link({ rel: 'alternate', type: 'application/rss+xml', title: 'Podcast', href: '/luisteren/podcast.xml' })];
    const after = apply(now, next);
    expect(pageTags(after)).toEqual(pageTags(next));
    expect(after.slice(0, site.length)).toEqual(site);
    // Only the page's own tags go: the site's are not touched.
    const { remove } = headChanges(now, next);
    expect(remove.every((i) => pageTag(now[i]!))).toBe(true);
  });

  it('a page without a canonical address or with noindex: the old canonical goes, robots comes, and back again', () => {
    const withRobots = [...site, meta({ name: 'description', content: 'Niet gevonden' }), meta({ name: 'robots', content: 'noindex' }), feed];
    const story = [...site, ...pageHead('/verhalen/a/', 'A')];
    const there = apply(story, withRobots);
    expect(pageTags(there)).toEqual(pageTags(withRobots));
    expect(pageTags(apply(there, story))).toEqual(pageTags(story));
  });

  it('the same page again gives the same tags, each once; two equal tags stay two', () => {
    const head = [...site, ...pageHead('/a/', 'A'), meta({ property: 'og:image', content: '/x.png' }), meta({ property: 'og:image', content: '/x.png' })];
    expect(pageTags(apply(head, head))).toEqual(pageTags(head));
    expect(pageTags(apply(head, [...site, ...pageHead('/a/', 'A')]))).toHaveLength(8);
  });
});

describe('the queue of "Alles afspelen"', () => {
  const q = ['a', 'b', 'c', 'd'];
  it('goes on in the page’s order and stops at the end', () => {
    expect(queueStep(q, 'a', new Set())).toBe('b');
    expect(queueStep(q, 'd', new Set())).toBeUndefined();
    expect(queueStep(q, undefined, new Set())).toBe('a');
  });
  it('passes over a fragment that cannot play, both ways', () => {
    expect(queueStep(q, 'a', new Set(['b', 'c']))).toBe('d');
    expect(queueStep(q, 'd', new Set(['c']), -1)).toBe('b');
    expect(queueStep(q, 'a', new Set(), -1)).toBeUndefined();
  });
  it('starts with what plays if it is in the queue, else the first that can play', () => {
    expect(queueStart(q, 'c', new Set())).toBe('c');
    expect(queueStart(q, 'x', new Set())).toBe('a');
    expect(queueStart(q, undefined, new Set(['a']))).toBe('b');
    expect(queueStart(q, undefined, new Set(q))).toBeUndefined();
  });
  it('knows nothing after an entry not in the queue', () => {
    expect(queueStep(q, 'x', new Set())).toBeUndefined();
  });

  it('"previous" starts the fragment again after its first 3 s, and goes back before', () => {
    expect(previousAction(0.5)).toBe('previous');
    expect(previousAction(RESTART_AFTER)).toBe('previous');
    expect(previousAction(RESTART_AFTER + 0.1)).toBe('restart');
    expect(previousAction(95)).toBe('restart');
  });
});

describe('where the listener stopped (local storage)', () => {
  const good: Resume = {
    src: '/audio/fragmenten/jakob-1.mp3',
    offset: 118.2,
    start: 120,
    end: 185,
    title: 'Ik wilde iets doen',
    artist: 'Jakob',
    note: '',
    home: '/verhalen/jakob/#fragment-jakob-1',
    at: 14,
  };

  it('reads back what it wrote', () => {
    expect(parseResume(serializeResume(good))).toEqual(good);
  });

  it('ignores nothing, broken JSON, other shapes and wrong types', () => {
    for (const raw of [null, undefined, '', '{', 'null', '42', '[]', '"x"', JSON.stringify({ ...good, at: '14' }), JSON.stringify({ ...good, title: 3 }), JSON.stringify({ src: good.src })]) {
      expect(parseResume(raw as string | null), String(raw)).toBeUndefined();
    }
  });

  it('ignores impossible times and addresses of other sites', () => {
    for (const bad of [
      { at: -1 },
      { at: 65 },
      { at: Number.NaN },
      { end: 100 },
      { offset: 130 },
      { src: 'https://elders.example/a.mp3' },
      { src: '//elders.example/a.mp3' },
      { home: 'javascript:alert(1)' },
      { title: '' },
    ]) {
      expect(parseResume(JSON.stringify({ ...good, ...bad })), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('keeps only the fields it knows', () => {
    expect(parseResume(JSON.stringify({ ...good, extra: '<script>' }))).toEqual(good);
  });
});
