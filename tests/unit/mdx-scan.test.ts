import { describe, expect, it } from 'vitest';
import { linkKind, linkProblem, scanMdx } from '../../src/build/mdx-scan';

const source = `---
title: "Voorbeeld"
---

## Eerste kop

Lees [de bronnen](/bronnen/#impact-in-de-wijk) of <a href="/colofon/">het colofon</a>, of [elders](https://www.nji.nl/).

![Twee mensen op een bankje](./foto.jpg)

<StoryBox story="buurt-in-bloei">

Binnen een kader: [een verhaal](/verhalen/buurt-in-bloei/) en ![](./leeg.png)

</StoryBox>

<img src="./zonder.png" />

\`\`\`
[geen link](/in-code/)
\`\`\`

## Lege kop

## Derde kop

### Onderkop

Tekst met een voetnoot[^1] en {accolades}. {/* een opmerking voor de redactie */}

## Laatste kop

[^1]: Een voetnoot met [een anker](#eerste-kop).
`;

describe('reading an MDX file', () => {
  const scan = scanMdx(source);

  it('finds the links with their lines, not those in code or the generated footnote links', () => {
    expect(scan.links).toEqual([
      { href: '/bronnen/#impact-in-de-wijk', line: 7 },
      { href: '/colofon/', line: 7 },
      { href: 'https://www.nji.nl/', line: 7 },
      { href: '/verhalen/buurt-in-bloei/', line: 13 },
      { href: '#eerste-kop', line: 33 },
    ]);
  });

  it('finds Markdown and HTML images with their alt text', () => {
    expect(scan.images).toEqual([
      { src: './foto.jpg', alt: 'Twee mensen op een bankje', line: 9 },
      { src: './leeg.png', alt: '', line: 13 },
      { src: './zonder.png', alt: undefined, line: 17 },
    ]);
  });

  it('finds text in braces, which MDX would run as code, but not comments', () => {
    expect(scan.expressions).toEqual([{ value: 'accolades', line: 29 }]);
  });

  it('finds headings with nothing under them', () => {
    expect(scan.emptySections).toEqual([
      { heading: 'Lege kop', depth: 2, line: 23 },
      { heading: 'Laatste kop', depth: 2, line: 31 },
    ]);
  });
});

describe('links an editor writes', () => {
  const pages = new Map([
    ['/publicaties/burgerinitiatieven/bronnen/', new Set(['impact-in-de-wijk'])],
    ['/publicaties/burgerinitiatieven/colofon/', new Set(['over-de-geluidsopnamen'])],
  ]);
  const context = { page: '/publicaties/burgerinitiatieven/colofon/', pages, base: '/publicaties/burgerinitiatieven/' };

  it('are sorted by kind', () => {
    expect(linkKind('https://www.nji.nl/')).toBe('external');
    expect(linkKind('mailto:info@nji.nl')).toBe('external');
    expect(linkKind('//cdn.example/x')).toBe('external');
    expect(linkKind('#kop')).toBe('anchor');
    expect(linkKind('/bronnen/')).toBe('page');
    expect(linkKind('../bronnen/')).toBe('relative');
  });

  it('resolve with and without the base path', () => {
    expect(linkProblem('/bronnen/#impact-in-de-wijk', context)).toBeUndefined();
    expect(linkProblem('/publicaties/burgerinitiatieven/bronnen/#impact-in-de-wijk', context)).toBeUndefined();
    expect(linkProblem('#over-de-geluidsopnamen', context)).toBeUndefined();
    expect(linkProblem('https://example.org/nergens', context)).toBeUndefined();
  });

  it('explain what is wrong when they lead nowhere', () => {
    expect(linkProblem('/nergens/', context)).toBe('de pagina /nergens/ bestaat niet.');
    expect(linkProblem('/bronne/', context)).toContain('Bedoel je /publicaties/burgerinitiatieven/bronnen/?');
    expect(linkProblem('/bronnen', context)).toContain('Bedoel je /publicaties/burgerinitiatieven/bronnen/?');
    expect(linkProblem('/bronnen/#impact', context)).toContain('heeft geen kop of anker #impact. Bestaande ankers: impact-in-de-wijk');
    expect(linkProblem('#nergens', context)).toContain('geen kop of anker #nergens');
    expect(linkProblem('bronnen/', context)).toContain('met / ervoor');
  });

  it('may point to a file that is not a page', () => {
    expect(linkProblem('/audio/buurt-in-bloei.mp3', { ...context, isFile: (p) => p.endsWith('.mp3') })).toBeUndefined();
    expect(linkProblem('/audio/buurt-in-bloei.mp3', context)).toContain('bestaat niet');
  });
});
