import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { cardFile, cardSvg, cardText, wrapText } from '../../src/lib/social-card';
import { escapeXml } from '../../src/lib/html';
import { pngTexts, withPngText } from '../../src/build/png-text';

const publication = { title: 'Burgerinitiatieven en wijkteams', publisher: 'Nederlands Jeugdinstituut' };

describe('the card of a page', () => {
  it('lives at og/<path>.png, with or without the base path', () => {
    expect(cardFile('/')).toBe('og/index.png');
    expect(cardFile('/verhalen/buurt-in-bloei/')).toBe('og/verhalen/buurt-in-bloei.png');
    expect(cardFile('/404.html')).toBe('og/404.png');
    expect(cardFile('/404')).toBe('og/404.png');
    expect(cardFile('/publicaties/burgerinitiatieven/bronnen/', '/publicaties/burgerinitiatieven/')).toBe('og/bronnen.png');
    expect(cardFile('/publicaties/burgerinitiatieven/', '/publicaties/burgerinitiatieven/')).toBe('og/index.png');
  });

  it('wraps text at spaces and ends a text that does not fit with …', () => {
    expect(wrapText('Als je meedoet, gaat het beter.', 16, 3)).toEqual(['Als je meedoet,', 'gaat het beter.']);
    const cut = wrapText('een twee drie vier vijf zes zeven acht negen tien', 10, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]).toMatch(/…$/);
    expect(cut.every((line) => [...line].length <= 10)).toBe(true);
    expect(wrapText('Gemeenschapsvormingsprojecten', 10, 4).every((line) => [...line].length <= 10)).toBe(true);
  });

  it('is an SVG of 1200×630 with the texts escaped', () => {
    const svg = cardSvg({ title: 'Wonen & <werken>', headline: 'Zeg "ja"', initiative: 'A & B', colour: 'groen' }, publication);
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    expect(svg).toContain('Wonen &amp; &lt;werken&gt;');
    expect(svg).toContain('>Zeg &quot;ja&quot;<');
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('#2d6a2f');
    expect(escapeXml(`'`)).toBe('&apos;');
  });

  it('makes a long word fit by a smaller size, not by cutting it', () => {
    const svg = cardSvg({ title: 'Burgerinitiatieven en wijkteams' }, publication);
    expect(svg).toContain('>Burgerinitiatieven<');
    expect(svg).not.toMatch(/-<\/tspan>/);
  });

  it('shows the initiative only when it is not already the title', () => {
    const story = cardSvg({ title: 'Buurt in Bloei', initiative: 'Buurt in Bloei', headline: 'Als je meedoet, gaat het beter.', colour: 'groen' }, publication);
    expect(story.match(/Buurt in Bloei/g)).toHaveLength(1);
  });
});

describe('the words on a card', () => {
  it('are read from the SVG as drawn, one line per text block', () => {
    const svg = cardSvg({ title: 'Luisteren', kicker: 'Voorlopige opnamen · computerstem' }, publication);
    expect(cardText(svg)).toBe('Burgerinitiatieven en wijkteams\nNederlands Jeugdinstituut\nVOORLOPIGE OPNAMEN · COMPUTERSTEM\nLuisteren');
    const story = cardSvg({ title: 'Buurt in Bloei', headline: 'Als je meedoet, gaat het beter.', colour: 'groen' }, publication);
    expect(cardText(story)).toBe('Burgerinitiatieven en wijkteams\nNederlands Jeugdinstituut\nBuurt in Bloei\nAls je meedoet, gaat het beter.');
  });

  it('show a story’s headline as a heading, not as a quotation: no quote marks, upright', () => {
    const headline = 'Om hulp te krijgen, hoef je niet per se een probleem te hebben.';
    const svg = cardSvg({ title: 'Het Open Leercentrum en MB Coach', headline, initiative: 'Open Leercentrum en MB Coach', colour: 'blauw' }, publication);
    const block = [...svg.matchAll(/<text\b([^>]*)>([\s\S]*?)<\/text>/g)].find((m) => m[2]!.includes('Om hulp'))!;
    expect(block, 'the headline is on the card').toBeDefined();
    expect(cardText(svg)).toContain(headline);
    expect(cardText(svg)).not.toMatch(/[“”‘’„"«»]/);
    expect(block[1]).not.toMatch(/italic|oblique/);
  });

  it('ride along in the PNG as its Description, which a PNG reader still decodes', async () => {
    const png = await sharp({ create: { width: 4, height: 2, channels: 3, background: '#4a2a78' } }).png().toBuffer();
    expect(pngTexts(png)).toEqual({});
    const tagged = withPngText(png, 'Description', 'Luisteren · voorlopige opnamen “computerstem”');
    expect(pngTexts(tagged)).toEqual({ Description: 'Luisteren · voorlopige opnamen “computerstem”' });
    // The tagged file still decodes (the chunk CRC was also checked with Python zlib by hand).
    const meta = await sharp(tagged).metadata();
    expect([meta.width, meta.height]).toEqual([4, 2]);
    await expect(sharp(tagged).raw().toBuffer()).resolves.toHaveLength(4 * 2 * 3);
  });
});
