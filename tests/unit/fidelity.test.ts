/** The fidelity check's parts on small strings: normalising, alignment, differences, the record. */
import { describe, expect, it } from 'vitest';
import { tokens } from '../../tools/fidelity/text.ts';
import { mainText } from '../../tools/fidelity/html.ts';
import { fit, readSource } from '../../tools/fidelity/align.ts';
import { check, type Entry } from '../../tools/fidelity/check.ts';

const texts = (s: string) => tokens(s).map((t) => t.text);
const page = (path: string, ...blocks: string[]) => ({ path, blocks });

describe('tokens', () => {
  it('ignores layout: spaces, line breaks, soft hyphens, quote style and dash kind', () => {
    expect(texts('‘Zo kan iets\n  groei\u00ADen.’ – zegt ze')).toEqual(texts('"Zo kan iets groeien." - zegt ze'));
  });
  it('keeps opening and closing quotes apart, and capitals and words', () => {
    expect(texts('doen. ‘Hij')).not.toEqual(texts('doen.’ Hij'));
    expect(texts('Maken de Stad')).not.toEqual(texts('Maken De Stad'));
    expect(texts("collega’s en zo'n pop-up")).toEqual(["collega's", 'en', "zo'n", 'pop-up']);
  });
});

describe('fit', () => {
  it('finds a sentence inside longer text and marks what differs', () => {
    const a = tokens('Maar dan wordt je onderdeel van regulier jongerenwerk');
    const b = tokens('Jakob zegt: ‘Maar dan word je onderdeel van regulier jongerenwerk en dan verlies je');
    const result = fit(a, b);
    const unmatched = result.ops.filter(([x, , exact]) => x >= 0 && !exact).map(([x]) => a[x]!.text);
    expect(unmatched).toEqual(['wordt']);
    expect(b.slice(result.start, result.end).map((t) => t.text).join(' ')).toBe('Maar dan word je onderdeel van regulier jongerenwerk');
  });
});

describe('readSource', () => {
  it('cuts sentences, keeps step numbers, and takes a heading line apart', () => {
    const source = readSource('Weten wat er speelt\nAls wijkprofessional moet je weten wat er speelt. Dat kan door\n met inwoners te praten.\n1. Breng in kaart wat nodig is\nGa in gesprek.');
    const sentences = source.sentences.map(([s, e]) => source.tokens.slice(s, e).map((t) => t.text).join(' '));
    expect(sentences).toEqual([
      'Weten wat er speelt',
      'Als wijkprofessional moet je weten wat er speelt .',
      'Dat kan door',
      'met inwoners te praten .',
      '1 . Breng in kaart wat nodig is',
      'Ga in gesprek .',
    ]);
  });
});

describe('mainText', () => {
  it('reads the visible text of <main> only, with list numbers, without chrome', () => {
    const html = `<header><p>Kop van de site</p></header><main>
      <nav><a href="/">Vorige</a></nav><h1>Titel</h1>
      <p>Een <strong>zin</strong> met wijkteam<sup><a href="#fn">1</a></sup>.<span class="visually-hidden"> verborgen</span></p>
      <script>var x = "<p>geen tekst</p>";</script><svg><text>label</text></svg>
      <div hidden>verstopt</div><button>Afspelen</button>
      <details class="transcript"><summary>Uitgeschreven tekst</summary><p>transcript</p></details>
      <ol start="2"><li>Tweede stap</li><li>Derde stap</li></ol>
      <ul><li><a href="/x/">Alleen een link</a></li></ul>
      <section data-fidelity="ignore"><p>Gedrukte tekst in het colofon</p></section>
    </main><footer>Voet</footer>`;
    expect(mainText(html)).toEqual(['Titel', 'Een zin met wijkteam1.', 'Uitgeschreven tekst', '2. Tweede stap', '3. Derde stap']);
  });
});

describe('check', () => {
  const source = [
    'De kracht van verhalen',
    'Elke buurt heeft inwoners die bereid zijn om initiatief te nemen. Maar dan wordt je onderdeel van regulier jongerenwerk.',
    ' Het kan ook anders, vertelt hij. ‘We doen het samen.’',
  ].join('\n');
  const pages = [
    page('/a/', 'De kracht van verhalen', 'Elke buurt heeft inwoners die bereid zijn om initiatief te nemen. Maar dan word je onderdeel van regulier jongerenwerk.'),
    page('/b/', 'Het kan ook anders, vertelt hij. ‘We doen het samen.’'),
  ];
  const listed: Entry = { id: 'word-je', kind: 'spelling', places: [{ printed: 'Maar dan wordt je onderdeel', edition: 'Maar dan word je onderdeel' }] };

  it('reports an unlisted change of a word, with its page', () => {
    const report = check({ source, pages, entries: [] });
    expect(report.coverage).toBe(1);
    const unlisted = report.findings.filter((f) => !f.entry);
    expect(unlisted.map((f) => [f.hunk.page, f.hunk.kind, f.hunk.printed, f.hunk.editionText])).toEqual([['/a/', 'woorden', 'wordt', 'word']]);
  });

  it('accepts a change that is on the record, and counts it by kind', () => {
    const report = check({ source, pages, entries: [listed] });
    expect(report.findings.every((f) => f.entry)).toBe(true);
    expect(report.counts).toEqual({ spelling: 1 });
    expect(report.stale).toEqual([]);
  });

  it('reports a record that matches nothing on the site', () => {
    const fixed = [pages[0]!, page('/b/', 'Het kan ook anders, vertelt hij. ‘We doen het samen.’')];
    fixed[0] = page('/a/', 'De kracht van verhalen', 'Elke buurt heeft inwoners die bereid zijn om initiatief te nemen. Maar dan wordt je onderdeel van regulier jongerenwerk.');
    const report = check({ source, pages: fixed, entries: [listed] });
    expect(report.stale.map((s) => s.entry.id)).toEqual(['word-je']);
  });

  it('sees punctuation and capitals, not quote style', () => {
    const changed = [pages[0]!, page('/b/', 'Het kan ook anders, Vertelt hij. “We doen het samen”')];
    const report = check({ source, pages: changed, entries: [listed] });
    const kinds = report.findings.filter((f) => !f.entry).map((f) => [f.hunk.kind, f.hunk.printed, f.hunk.editionText]);
    expect(kinds).toEqual([
      ['hoofdletters', 'vertelt', 'Vertelt'],
      ['interpunctie', '.', ''],
    ]);
  });

  it('reports a sentence the site does not carry', () => {
    const report = check({ source, pages: [pages[0]!], entries: [listed] });
    expect(report.coverage).toBeLessThan(1);
    expect(report.findings.filter((f) => !f.entry).map((f) => f.hunk.kind)).toContain('ontbreekt');
  });
});
