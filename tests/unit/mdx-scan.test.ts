import { describe, expect, it } from 'vitest';
import { scanMdx } from '../../src/build/mdx-scan';
import { linkKind, linkProblem } from '../../src/build/mdx-links';

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

describe('components placed in a text', () => {
  it('lists each with its string props and line, as the regex did before', () => {
    const body = [
      '---',
      'title: x',
      '---',
      'Tekst met <em>html</em>.',
      '',
      '<StoryBox story="buurt-in-bloei">',
      '',
      '<AudioFragment id="begin-klein" />',
      '',
      '</StoryBox>',
      '',
      "<AudioFragment  id='zo-min-mogelijk'/>",
      '',
      '<PullQuote cite="iemand">Citaat</PullQuote>',
    ].join('\n');
    expect(scanMdx(body).components).toEqual([
      { name: 'StoryBox', props: { story: 'buurt-in-bloei' }, line: 6 },
      { name: 'AudioFragment', props: { id: 'begin-klein' }, line: 8 },
      { name: 'AudioFragment', props: { id: 'zo-min-mogelijk' }, line: 12 },
      { name: 'PullQuote', props: { cite: 'iemand' }, line: 14 },
    ]);
  });

  it('does not take a <StoryBox> or <AudioFragment> inside code as a placement', () => {
    const body = [
      'Zo plaats je een kader:',
      '',
      '```mdx',
      '<StoryBox story="bestaat-niet">',
      '<AudioFragment id="ook-niet" />',
      '</StoryBox>',
      '```',
      '',
      'Of inline: `<AudioFragment id="inline" />`.',
    ].join('\n');
    expect(scanMdx(body).components).toEqual([]);
  });

  it('leaves out props that are expressions or bare names', () => {
    const [component] = scanMdx('<AudioFragment id="a" start={3} open />\n').components;
    expect(component?.props).toEqual({ id: 'a' });
  });
});

describe('headings', () => {
  it('lists every heading with its depth and line', () => {
    expect(scanMdx(source).headings.map((h) => [h.heading, h.depth, h.line])).toEqual([
      ['Eerste kop', 2, 5],
      ['Lege kop', 2, 23],
      ['Derde kop', 2, 25],
      ['Onderkop', 3, 27],
      ['Laatste kop', 2, 31],
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
    expect(linkProblem('/bronnen/#impact', context)).toBe('de pagina /bronnen/ heeft geen kop of anker #impact. Bedoel je #impact-in-de-wijk?');
    expect(linkProblem('/bronnen/#impact-in-de-wjik', context)).toBe('de pagina /bronnen/ heeft geen kop of anker #impact-in-de-wjik. Bedoel je #impact-in-de-wijk?');
    expect(linkProblem('/bronnen/#subsidie', context)).toBe('de pagina /bronnen/ heeft geen kop of anker #subsidie. Bestaande ankers: impact-in-de-wijk.');
    expect(linkProblem('/colfoon/', context)).toBe('de pagina /colfoon/ bestaat niet. Bedoel je /publicaties/burgerinitiatieven/colofon/?');
    expect(linkProblem('#nergens', context)).toContain('geen kop of anker #nergens');
    expect(linkProblem('bronnen/', context)).toContain('met / ervoor');
  });

  it('may point to a file that is not a page', () => {
    expect(linkProblem('/audio/buurt-in-bloei.mp3', { ...context, isFile: (p) => p.endsWith('.mp3') })).toBeUndefined();
    expect(linkProblem('/audio/buurt-in-bloei.mp3', context)).toContain('bestaat niet');
  });
});
