/**
 * An editor's mistake fails the build with one message that names the file
 * and the field. Each case builds a copy of the project with one mistake.
 * A failed build leaves no pages behind to publish by accident.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { makeFixture, type Fixture } from '../support/fixture';
import { ROOT } from '../support/paths';

let fixture: Fixture | undefined;
afterEach(() => fixture?.dispose());

function buildWith(change: (f: Fixture) => void) {
  fixture = makeFixture();
  change(fixture);
  const result = fixture.build();
  expect(result.status, result.output).not.toBe(0);
  expect(existsSync(join(fixture.dir, 'dist', 'index.html')), 'a failed build left a site in dist/').toBe(false);
  return result.output;
}

/** A small real photo, for the cases about images. */
const photo = () => sharp({ create: { width: 800, height: 500, channels: 3, background: '#2d6a2f' } }).png().toBuffer();

describe('bad front matter fails the build', () => {
  it('a story without a title', () => {
    const output = buildWith((f) =>
      f.edit('content/stories/buurt-in-bloei.mdx', (t) => t.replace(/^title: .*\n/m, '')),
    );
    expect(output).toContain('content/stories/buurt-in-bloei.mdx');
    expect(output).toMatch(/title/);
  });

  it('a resource with an unknown group', () => {
    const output = buildWith((f) =>
      f.edit('content/resources/impact-in-de-wijk.mdx', (t) => t.replace(/^group: .*$/m, 'group: "Losse tips"')),
    );
    expect(output).toContain('content/resources/impact-in-de-wijk.mdx');
    expect(output).toMatch(/group/);
    expect(output).toContain('Werkmethodieken');
  });

  it('a number written as a word (wrong type)', () => {
    const output = buildWith((f) =>
      f.edit('content/chapters/valkuilen.mdx', (t) => t.replace(/^order: .*$/m, 'order: "acht"')),
    );
    expect(output).toContain('content/chapters/valkuilen.mdx');
    expect(output).toContain('order: verwacht een heel getal zonder aanhalingstekens, bijvoorbeeld order: 3, maar er staat "acht"');
  });

  it('a misspelt or unknown field, such as slug', () => {
    const output = buildWith((f) =>
      f.edit('content/chapters/valkuilen.mdx', (t) => t.replace(/^order: (.*)$/m, 'order: $1\nslug: gelijk')),
    );
    expect(output).toContain('content/chapters/valkuilen.mdx');
    expect(output).toMatch(/slug: onbekend veld\. Kijk de spelling na; velden die hier horen: title, order, description/);
  });

  it('two files that give the same address (duplicate slug)', () => {
    const output = buildWith((f) =>
      f.write(
        'content/chapters/Valkuilen.mdx',
        f.read('content/chapters/valkuilen.mdx').replace(/^order: .*$/m, 'order: 9'),
      ),
    );
    expect(output).toContain(
      'content/chapters/Valkuilen.mdx → veld “bestandsnaam”: “Valkuilen.mdx” geeft hetzelfde adres /handreiking/valkuilen/ als content/chapters/valkuilen.mdx',
    );
  });

  it('an image without its description (imageAlt)', async () => {
    const png = await photo();
    const output = buildWith((f) => {
      f.write('content/stories/buurt-in-bloei.png', png);
      f.edit('content/stories/buurt-in-bloei.mdx', (t) => t.replace(/^colour: (.*)$/m, 'colour: $1\nimage: ./buurt-in-bloei.png'));
    });
    expect(output).toContain('content/stories/buurt-in-bloei.mdx');
    expect(output).toContain('imageAlt: dit veld ontbreekt: bij een afbeelding (image) hoort een beschrijving');
  });

  it('a change listed in content/updates for a page that does not exist', () => {
    const output = buildWith((f) =>
      f.write(
        'content/updates/2026-12-01-nieuwe-bron.mdx',
        '---\ntitle: "Een nieuwe bron"\ndate: 2026-12-01\npages:\n  - "/bronnen/#een-bron-die-er-niet-is"\n---\n\nEen bron toegevoegd.\n',
      ),
    );
    expect(output).toContain(
      'content/updates/2026-12-01-nieuwe-bron.mdx → veld “pages[0]”: “/bronnen/#een-bron-die-er-niet-is”: de pagina /bronnen/ heeft geen kop of anker #een-bron-die-er-niet-is.',
    );
  });

  it('a description longer than search engines show (160 characters)', () => {
    const lead = /^lead: "(.*)"$/m.exec(readFileSync(join(ROOT, 'content/stories/open-leercentrum.mdx'), 'utf8'))![1]!;
    const output = buildWith((f) =>
      f.edit('content/stories/open-leercentrum.mdx', (t) => t.replace(/^description: .*$/m, `description: "${lead}"`)),
    );
    expect(output).toContain('stories → open-leercentrum');
    expect(output).toContain(
      `description: de beschrijving is ${lead.length} tekens lang; zoekmachines en sociale media tonen er ongeveer 160 en kappen de rest af. Kies één of twee hele zinnen uit de tekst van samen hoogstens 160 tekens.`,
    );
  });

  it('two chapters with the same order', () => {
    const output = buildWith((f) =>
      f.edit('content/chapters/valkuilen.mdx', (t) => t.replace(/^order: .*$/m, 'order: 6')),
    );
    expect(output).toMatch(/content\/chapters\/(versterken-van-initiatieven|valkuilen)\.mdx → veld “order”/);
    expect(output).toContain('valkuilen.mdx');
    expect(output).toContain('versterken-van-initiatieven.mdx');
  });

});

describe('bad references in MDX fail the build', () => {
  it('a story box for a story that does not exist', () => {
    const output = buildWith((f) =>
      f.edit('content/chapters/valkuilen.mdx', (t) => t.replace('story="jongeren-maken-de-stad"', 'story="jongeren-maken-stad"')),
    );
    expect(output).toMatch(/content\/chapters\/valkuilen\.mdx:\d+ → veld “story”/);
    expect(output).toContain('jongeren-maken-stad');
  });

  it('a link to a page that does not exist', () => {
    const output = buildWith((f) => f.edit('content/pages/home.mdx', (t) => t.replace('](/luisteren/)', '](/luister/)')));
    expect(output).toContain('content/pages/home.mdx:8 → veld “link”: “/luister/”: de pagina /luister/ bestaat niet. Bedoel je /luisteren/?');
  });

  it('a link to a heading or anchor that does not exist', () => {
    const output = buildWith((f) =>
      f.edit('content/chapters/de-rol-van-de-wijkprofessional.mdx', (t) => t.replace('/bronnen/#impact-in-de-wijk', '/bronnen/#impact')),
    );
    expect(output).toMatch(
      /content\/chapters\/de-rol-van-de-wijkprofessional\.mdx:\d+ → veld “link”: “\/bronnen\/#impact”: de pagina \/bronnen\/ heeft geen kop of anker #impact\. Bestaande ankers: .*impact-in-de-wijk/,
    );
  });

  it('a Markdown image without alt text', async () => {
    const png = await photo();
    const output = buildWith((f) => {
      f.write('content/chapters/bankje.png', png);
      f.edit('content/chapters/valkuilen.mdx', (t) => `${t}\n![](./bankje.png)\n`);
    });
    expect(output).toMatch(/content\/chapters\/valkuilen\.mdx:\d+ → veld “alt”: de afbeelding “\.\/bankje\.png” heeft geen alt-tekst/);
  });

  it('an <img> without alt text', () => {
    const output = buildWith((f) => f.edit('content/chapters/valkuilen.mdx', (t) => `${t}\n<img src="/favicon.svg" />\n`));
    expect(output).toMatch(/content\/chapters\/valkuilen\.mdx:\d+ → veld “alt”: de afbeelding “\/favicon\.svg” heeft geen alt-tekst/);
  });

  it('text in braces, which MDX would run as code', () => {
    const output = buildWith((f) => f.edit('content/chapters/valkuilen.mdx', (t) => `${t}\nDit kost {ongeveer} niets.\n`));
    expect(output).toMatch(/content\/chapters\/valkuilen\.mdx:\d+ → veld “tekst”: “\{ongeveer\}”: tekst tussen accolades/);
  });

  it('a placed fragment that no story defines', () => {
    const output = buildWith((f) =>
      f.edit('content/chapters/stimuleren-van-initiatieven.mdx', (t) => t.replace('id="begin-klein"', 'id="begin-groot"')),
    );
    expect(output).toMatch(/content\/chapters\/stimuleren-van-initiatieven\.mdx:\d+ → veld “id”/);
    expect(output).toContain('begin-groot');
  });
});

describe('bad audio input fails the build', () => {
  const story = 'content/stories/buurt-in-bloei.mdx';

  it('a recording that is not in audio/', () => {
    const output = buildWith((f) => f.edit(story, (t) => t.replace('recording: "buurt-in-bloei.mp3"', 'recording: "interview-wilma.mp3"')));
    expect(output).toContain(`${story} → veld “recording”`);
    expect(output).toContain('interview-wilma.mp3');
  });

  it('a recording without its transcript', () => {
    const output = buildWith((f) => f.remove('audio/buurt-in-bloei.vtt'));
    expect(output).toContain(`${story} → veld “recording”`);
    expect(output).toContain('audio/buurt-in-bloei.vtt');
  });

  it('a transcript that is not valid WebVTT', () => {
    const output = buildWith((f) =>
      f.edit('audio/buurt-in-bloei.vtt', (t) => t.replace(/00:00:03\.156 --> /, '00:00:03,156 --> ')),
    );
    expect(output).toMatch(/audio\/buurt-in-bloei\.vtt:\d+ → veld “WebVTT”/);
    expect(output).toContain('00:00:03,156');
  });

  it('a fragment whose end is not after its start', () => {
    const output = buildWith((f) => f.edit(story, (t) => t.replace('end: "9:04"', 'end: "7:27"')));
    expect(output).toMatch(/buurt-in-bloei\.mdx → veld “fragments\[\d\]\.end”/);
    expect(output).toContain('7:27');
  });

  it('a fragment that ends after the recording', () => {
    const output = buildWith((f) => f.edit(story, (t) => t.replace('end: "9:04"', 'end: "12:00"')));
    expect(output).toMatch(/buurt-in-bloei\.mdx → veld “fragments\[\d\]\.end”: 12:00 ligt na het einde van de opname/);
  });

  it('a time in the wrong format', () => {
    const output = buildWith((f) => f.edit(story, (t) => t.replace('start: "7:27"', 'start: "7.27"')));
    expect(output).toContain(story);
    expect(output).toMatch(/fragments\.\d\.start/);
    expect(output).toContain('m:ss');
  });

  it('two fragments that overlap in one recording', () => {
    const output = buildWith((f) => f.edit(story, (t) => t.replace('start: "7:27"', 'start: "7:00"')));
    expect(output).toMatch(/buurt-in-bloei\.mdx → veld “fragments\[\d\]”: .*overlapt met/);
  });

  it('the same fragment id twice', () => {
    const output = buildWith((f) =>
      f.edit('content/stories/open-leercentrum.mdx', (t) => t.replace('- id: superblij', '- id: begin-klein')),
    );
    expect(output).toMatch(/→ veld “fragments\[\d\]\.id”: “begin-klein” is al in gebruik/);
  });

  it('a defined fragment that is placed nowhere', () => {
    const output = buildWith((f) => {
      for (const file of [story, 'content/chapters/stimuleren-van-initiatieven.mdx']) {
        f.edit(file, (t) => t.replace(/<AudioFragment id="begin-klein" \/>/g, ''));
      }
    });
    expect(output).toMatch(/buurt-in-bloei\.mdx → veld “fragments\[\d\]\.id”: fragment “begin-klein” wordt nergens geplaatst/);
  });
});
