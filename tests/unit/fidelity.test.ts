/** The fidelity check's parts on small strings: normalising, alignment, differences, the record. */
import { describe, expect, it } from 'vitest';
import { tokens } from '../../tools/fidelity/text.ts';
import { mainText } from '../../tools/fidelity/html.ts';
import { fit, readSource } from '../../tools/fidelity/align.ts';
import { check, formatReport, suggestId, suggestKind, type Entry } from '../../tools/fidelity/check.ts';
import { fileOfPage } from '../../tools/fidelity/locate.ts';

const texts = (s: string) => tokens(s).map((t) => t.text);
const page = (path: string, ...blocks: string[]) => ({ path, blocks });

describe('tokens', () => {
  it('ignores layout: spaces, line breaks and soft hyphens', () => {
    expect(texts('‘Zo kan iets\n  groei\u00ADen.’ – zegt ze')).toEqual(texts('‘Zo  kan iets groeien.’\n– zegt ze'));
  });
  it('keeps every quotation mark and dash as printed: opening and closing, single and double, a space inside a quote', () => {
    expect(texts('doen. ‘Hij')).not.toEqual(texts('doen.’ Hij'));
    expect(texts('‘Zo kan het.’')).not.toEqual(texts('“Zo kan het.”'));
    expect(texts('Stolk, ‘ en ik')).not.toEqual(texts('Stolk, ‘en ik'));
    expect(texts('doen.‘ Hij')).not.toEqual(texts('doen. ‘Hij'));
    expect(texts('ABCD - Naar')).not.toEqual(texts('ABCD – Naar'));
  });
  it('keeps capitals and words', () => {
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
    expect(report.absent.map((s) => s.entry.id)).toEqual(['word-je']);
    // On the site, but standing for no difference: the record claims a change the site does not make.
    const unchanged = check({ source, pages: [...fixed, page('/c/', 'Maar dan word je onderdeel van iets anders.')], entries: [listed] });
    expect(unchanged.stale.map((s) => s.entry.id)).toEqual(['word-je']);
    // What to do, in the editor's words.
    expect(formatReport(unchanged)).toContain(
      '- word-je: “Maar dan wordt je onderdeel” → “Maar dan word je onderdeel”. Is de afwijking er niet meer, haal deze plaats dan weg; staat ze er wel, neem dan bij printed de tekst precies over zoals gedrukt en bij edition zoals op de pagina',
    );
  });

  it('sees punctuation, capitals and the kind of quotation mark', () => {
    const changed = [pages[0]!, page('/b/', 'Het kan ook anders, Vertelt hij. “We doen het samen”')];
    const report = check({ source, pages: changed, entries: [listed] });
    const kinds = report.findings.filter((f) => !f.entry).map((f) => [f.hunk.kind, f.hunk.printed, f.hunk.editionText]);
    expect(kinds).toEqual([
      ['hoofdletters', 'vertelt', 'Vertelt'],
      ['interpunctie', '‘', '“'],
      ['interpunctie', '.’', '”'],
    ]);
  });

  const unlisted = (report: ReturnType<typeof check>) => report.findings.filter((f) => !f.entry).map((f) => [f.hunk.page, f.hunk.kind, f.hunk.printed, f.hunk.editionText]);

  it('sees a closing quote added between two sentences, which makes narration speech', () => {
    const changed = [page('/a/', 'De kracht van verhalen', 'Elke buurt heeft inwoners die bereid zijn om initiatief te nemen.’ Maar dan word je onderdeel van regulier jongerenwerk.'), pages[1]!];
    expect(unlisted(check({ source, pages: changed, entries: [listed] }))).toEqual([['/a/', 'interpunctie', '', '’']]);
  });

  it('sees a full stop added after a heading, and a mark added at the start of a block', () => {
    const changed = [page('/a/', 'De kracht van verhalen.', 'Elke buurt heeft inwoners die bereid zijn om initiatief te nemen. Maar dan word je onderdeel van regulier jongerenwerk.'), page('/b/', '‘Het kan ook anders, vertelt hij. ‘We doen het samen.’')];
    expect(unlisted(check({ source, pages: changed, entries: [listed] }))).toEqual([
      ['/a/', 'interpunctie', '', '.'],
      ['/b/', 'interpunctie', '', '‘'],
    ]);
  });

  it('pairs a passage printed twice with two places on the site, not twice with the same one', () => {
    const twice = [source, ' Maar dan wordt je onderdeel van regulier jongerenwerk.'].join('\n');
    const site = [...pages, page('/c/', 'Maar dan wordt je onderdeel van regulier jongerenwerk.')];
    const report = check({ source: twice, pages: site, entries: [listed] });
    expect(unlisted(report)).toEqual([]);
    expect(report.findings.map((f) => f.hunk.page)).toEqual(['/a/']);
  });

  it('names an entry whose edition text is not on the site as often as the print has its printed text changed', () => {
    const twice = [source, ' Maar dan wordt je onderdeel van regulier jongerenwerk.'].join('\n');
    const entry = { ...listed, places: [{ printed: 'Maar dan wordt je onderdeel van regulier', edition: 'Maar dan word je onderdeel van regulier' }] };
    // Printed twice, changed once and kept once: the record is true.
    const kept = check({ source: twice, pages: [...pages, page('/c/', 'Maar dan wordt je onderdeel van regulier jongerenwerk.')], entries: [entry] });
    expect(kept.absent).toEqual([]);
    // Changed twice, but the record's text stands once.
    const report = check({ source: twice, pages: [...pages, page('/c/', 'Maar dan wordt u onderdeel van regulier jongerenwerk.')], entries: [entry] });
    expect(report.absent.map((a) => [a.entry.id, a.printedCount, a.editionCount])).toEqual([['word-je', 2, 1]]);
    expect(formatReport(report)).toContain('content/verbeteringen.yaml → word-je, veld “edition”: “Maar dan word je onderdeel van regulier” staat 1 keer op de site, maar de gedrukte tekst (“Maar dan wordt je onderdeel van regulier”) is op 2 plaatsen veranderd.');
    const nowhere = check({ source, pages, entries: [{ ...listed, places: [{ printed: 'Maar dan wordt je onderdeel', edition: 'Maar dan wordt je deel' }] }] });
    expect(nowhere.absent.map((a) => a.entry.id)).toEqual(['word-je']);
    expect(formatReport(nowhere)).toContain('content/verbeteringen.yaml → word-je, veld “edition”: “Maar dan wordt je deel” staat niet op de site');
  });

  it('reports a sentence the site does not carry', () => {
    const report = check({ source, pages: [pages[0]!], entries: [listed] });
    expect(report.coverage).toBeLessThan(1);
    expect(report.findings.filter((f) => !f.entry).map((f) => f.hunk.kind)).toContain('ontbreekt');
  });
});

describe('the lines an editor is offered for content/verbeteringen.yaml', () => {
  const hunk = (printed: string, editionText: string, kind: 'woorden' | 'interpunctie' | 'hoofdletters' = 'woorden') => ({ kind, printed, editionText });

  it('call a change of one or two letters within a word spelling, another word woordkeuze, marks interpunctie', () => {
    expect(suggestKind(hunk('wordt', 'word'))).toBe('spelling');
    expect(suggestKind(hunk('te voren', 'tevoren'))).toBe('spelling');
    expect(suggestKind(hunk('bepaald', 'bepaalt'))).toBe('spelling');
    expect(suggestKind(hunk('koffie', 'thee'))).toBe('woordkeuze');
    expect(suggestKind(hunk('de', 'het'))).toBe('woordkeuze');
    expect(suggestKind(hunk('', 'niet'))).toBe('woordkeuze');
    expect(suggestKind(hunk('’', '', 'interpunctie'))).toBe('interpunctie');
    expect(suggestKind(hunk('vertelt', 'Vertelt', 'hoofdletters'))).toBe('hoofdletters');
  });

  it('give a readable id from the printed words, unique in the file', () => {
    const source = tokens('groter is dan ze van te voren verwacht hadden');
    const at = source.findIndex((t) => t.text === 'te');
    const taken = new Set(['van-te-voren']);
    expect(suggestId(source, { source: [at, at + 2] }, new Set())).toBe('van-te-voren');
    expect(suggestId(source, { source: [at, at + 2] }, taken)).toBe('van-te-voren-2');
    expect(suggestId(source, { source: [at, at + 2] }, taken)).toBe('van-te-voren-3');
    // A mark added after a word: the words before it.
    const end = source.length;
    expect(suggestId(source, { source: [end, end] }, new Set())).toBe('voren-verwacht-hadden');
  });

  it('in the report: the kind, the id, the file and line, and where the same printed text still stands', () => {
    const source = ['De kracht van verhalen', 'Elke buurt heeft inwoners die bereid zijn om initiatief te nemen. Maar dan wordt je onderdeel van regulier jongerenwerk.', ' Maar dan wordt je onderdeel van regulier jongerenwerk.'].join('\n');
    const pages = [
      page('/verhalen/a/', 'De kracht van verhalen', 'Elke buurt heeft inwoners die bereid zijn om initiatief te nemen. Maar dan word je onderdeel van regulier jongerenwerk.'),
      page('/handreiking/b/', 'Maar dan wordt je onderdeel van regulier jongerenwerk.'),
    ];
    const report = check({ source, pages, entries: [] });
    const spots: Record<string, { file: string; line: number }[]> = {
      'Maar dan word je onderdeel van': [{ file: 'content/stories/a.mdx', line: 12 }],
      'Maar dan wordt je onderdeel van': [{ file: 'content/chapters/b.mdx', line: 18 }],
    };
    const locate = (text: string) => spots[Object.keys(spots).find((k) => text.includes(k)) ?? ''] ?? [];
    const text = formatReport(report, { locate, ids: ['maar-dan-wordt'] });
    expect(text).toContain('- /verhalen/a/ [woorden]: “wordt” → “word”, in content/stories/a.mdx (regel 12)');
    expect(text).toContain('Dezelfde tekst staat nog zoals gedrukt in content/chapters/b.mdx (regel 18). Verander hem daar ook als hij overal zo moet worden; moet alleen deze plek veranderen, laat de andere dan staan.');
    expect(text).toContain('- id: maar-dan-wordt-2\n  kind: spelling\n');
    expect(text).not.toMatch(/kind: woordkeuze|id: woorden-/);
  });

  it('know which content file is the text of which page', () => {
    expect(fileOfPage('content/stories/buurt-in-bloei.mdx', '/verhalen/buurt-in-bloei/')).toBe(true);
    expect(fileOfPage('content/chapters/valkuilen.mdx', '/handreiking/valkuilen/')).toBe(true);
    expect(fileOfPage('content/resources/buurtwijs.mdx', '/bronnen/')).toBe(true);
    expect(fileOfPage('content/pages/home.mdx', '/')).toBe(true);
    expect(fileOfPage('content/stories/buurt-in-bloei.mdx', '/handreiking/valkuilen/')).toBe(false);
  });
});
