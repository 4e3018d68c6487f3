import { describe, expect, it } from 'vitest';
import { assets, baseDir, href, routes, siteBase, sitePath, withBase, withoutBase } from '../../src/lib/paths';

const BASE = '/publicaties/burgerinitiatieven/';

describe('the base path', () => {
  it('is normalised to one slash at the end, however it is written', () => {
    expect(baseDir('/')).toBe('/');
    expect(baseDir('')).toBe('/');
    expect(baseDir('/publicaties/burgerinitiatieven')).toBe(BASE);
    expect(baseDir(BASE)).toBe(BASE);
    expect(baseDir('/publicaties/burgerinitiatieven//')).toBe(BASE);
  });

  it('goes before site-absolute links only', () => {
    expect(withBase('/bronnen/#impact-in-de-wijk', BASE)).toBe('/publicaties/burgerinitiatieven/bronnen/#impact-in-de-wijk');
    expect(withBase('#sectie', BASE)).toBe('#sectie');
    expect(withBase('https://www.nji.nl/', BASE)).toBe('https://www.nji.nl/');
    expect(withBase('//cdn.example/x', BASE)).toBe('//cdn.example/x');
    expect(withBase('/bronnen/', '/')).toBe('/bronnen/');
    // Written with or without its slash at the end, the base gives the same link.
    expect(withBase('/bronnen/', '/publicaties/burgerinitiatieven')).toBe('/publicaties/burgerinitiatieven/bronnen/');
  });

  it('is not added twice to a path that already carries it', () => {
    expect(withBase('/publicaties/burgerinitiatieven/bronnen/', BASE)).toBe('/publicaties/burgerinitiatieven/bronnen/');
    expect(withBase('/publicaties/burgerinitiatieven/', BASE)).toBe(BASE);
    expect(withBase('/publicaties/burgerinitiatieven', BASE)).toBe('/publicaties/burgerinitiatieven');
    // A path that merely starts with the same letters does not carry it.
    expect(withBase('/publicaties/burgerinitiatieven-oud/', BASE)).toBe('/publicaties/burgerinitiatieven/publicaties/burgerinitiatieven-oud/');
  });

  it('comes off again: withoutBase undoes withBase', () => {
    for (const path of ['/', '/bronnen/', '/verhalen/buurt-in-bloei/#interview-kop', '/audio/a.mp3']) {
      expect(withoutBase(withBase(path, BASE), BASE)).toBe(path);
      expect(withoutBase(withBase(path, '/'), '/')).toBe(path);
    }
    expect(withoutBase('/publicaties/burgerinitiatieven', BASE)).toBe('/');
    expect(withoutBase('/elders/', BASE)).toBe('/elders/');
  });
});

describe("this build's addresses (base '/' in the unit tests)", () => {
  it('has routes, assets and the base', () => {
    expect(siteBase()).toBe('/');
    expect(href('/bronnen/')).toBe('/bronnen/');
    expect(sitePath('/bronnen/')).toBe('/bronnen/');
    expect(routes.story('buurt-in-bloei')).toBe('/verhalen/buurt-in-bloei/');
    expect(routes.roleGuide()).toBe('/rol/');
    expect(routes.feed()).toBe('/wijzigingen/feed.xml');
    expect(assets.pagefind()).toBe('/pagefind/');
    expect(assets.audio('a.mp3')).toBe('/audio/a.mp3');
    expect(assets.favicon()).toBe('/favicon.svg');
    expect(assets.sitemap()).toBe('/sitemap-index.xml');
  });
});
