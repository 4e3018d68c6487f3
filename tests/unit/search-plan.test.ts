/**
 * The query plan (lib/search/plan) on plain data: a small engine that behaves
 * like Pagefind where the plan depends on it (a word matches the start of an
 * indexed word; a word no indexed word starts with falls back to the longest
 * indexed word it starts with; scores from word counts, the title counting
 * five times), so each test says which queries were sent for what a reader
 * typed and what came back in which order.
 */
import { describe, expect, it } from 'vitest';
import { combine, compoundQueries, mergeByScore, plan, searchableText, statusText, type Engine, type Hit } from '../../src/lib/search/plan';
import { buildVocabulary } from '../../src/lib/search/vocabulary';
import { words } from '../../src/lib/search/words';

interface Doc {
  id: string;
  title: string;
  content: string;
}
interface FakeHit extends Hit {
  doc: Doc;
}

function fakeEngine(docs: Doc[]) {
  const sent: string[] = [];
  let vocabularyFetches = 0;
  const indexed = [...new Set(docs.flatMap((d) => words(`${d.title} ${d.content}`)))];
  const engine: Engine<FakeHit> & { sent: string[]; vocabularyFetches: () => number } = {
    sent,
    vocabularyFetches: () => vocabularyFetches,
    async search(query) {
      sent.push(query);
      const terms = query.split(' ').map((t) => (indexed.some((w) => w.startsWith(t)) ? t : ([...indexed].filter((w) => t.startsWith(w)).sort((a, b) => b.length - a.length)[0] ?? t)));
      const hits: FakeHit[] = [];
      for (const doc of docs) {
        const count = (t: string) => words(doc.content).filter((w) => w.startsWith(t)).length + 5 * words(doc.title).filter((w) => w.startsWith(t)).length;
        const counts = terms.map(count);
        if (counts.every((c) => c > 0)) hits.push({ id: doc.id, score: counts.reduce((a, b) => a + b, 0), doc });
      }
      return hits.sort((a, b) => b.score - a.score);
    },
    text: async (hit) => searchableText({ meta: { title: hit.doc.title }, content: hit.doc.content }),
    vocabulary: async () => {
      vocabularyFetches++;
      return buildVocabulary(docs.map((d) => `${d.title}\n${d.content}`));
    },
  };
  return engine;
}

const DOCS: Doc[] = [
  { id: 'rol', title: 'De rol van de wijkprofessional', content: 'De wijkprofessional kiest een rol. Een rol past bij het wijkteam.' },
  { id: 'samen', title: 'Samenwerken', content: 'Professionals en bewoners hebben elk een rol. Eén professional in het buurtteam.' },
  { id: 'olc', title: 'Open Leercentrum', content: 'Met vrijwilligers en de vrijwilligersacademie. Het werk van Samira.' },
  { id: 'basis', title: 'Sterke basis', content: 'Vrijwilligers doen mee.' },
  { id: 'werk', title: 'Werk', content: 'Werk en inkomen.' },
  { id: 'zorg', title: 'Zorg', content: 'Individuele zorg en ondersteuning.' },
  { id: 'valkuilen', title: 'Valkuilen', content: 'Welke valkuilen zijn er? Een wijkteam begint klein.' },
  { id: 'kracht', title: 'De kracht van verhalen', content: 'Een verhaal over de wijk en het team van de buurt; een wijkteam.' },
];
const ids = (o: { ranked: { hit: Hit }[] } | null) => o?.ranked.map((r) => r.hit.id);

describe('the query plan', () => {
  it('one known word: one query, and the vocabulary is not fetched (the first query loads nothing more)', async () => {
    const engine = fakeEngine(DOCS);
    const outcome = await plan('Valkuilen', engine);
    expect(engine.sent).toEqual(['valkuilen']);
    expect(engine.vocabularyFetches()).toBe(0);
    expect(ids(outcome)).toEqual(['valkuilen']);
    expect(outcome).toMatchObject({ searched: ['valkuilen'] });
  });

  it('drops stop words: a question searches what it is about', async () => {
    const engine = fakeEngine(DOCS);
    await plan('welke valkuilen zijn er', engine);
    expect(engine.sent[0]).toBe('valkuilen');
  });

  it('looks for a word inside the compounds the publication has, and ranks all by score: “rol van de professional”', async () => {
    const engine = fakeEngine(DOCS);
    const outcome = await plan('rol van de professional', engine);
    expect(engine.sent).toContain('rol professional');
    expect(engine.sent).toContain('rol wijkprofessional');
    expect(ids(outcome)?.[0]).toBe('rol');
    expect(ids(outcome)).toContain('samen');
    // The compound is highlighted too.
    expect(outcome?.searched).toEqual(['rol', 'professional', 'wijkprofessional']);
    expect(statusText(outcome!, 'rol van de professional', false)).toBe('2 resultaten voor ‘rol van de professional’');
  });

  it('splits a compound the publication does not have into words it has, when one page has every part: “vrijwilligerswerk”', async () => {
    const engine = fakeEngine(DOCS);
    const outcome = await plan('vrijwilligerswerk', engine);
    expect(engine.sent).toContain('vrijwilligers werk');
    expect(outcome).toMatchObject({ instead: 'vrijwilligers werk', searched: ['vrijwilligers', 'werk'] });
    expect(ids(outcome)).toEqual(['olc']);
    expect(statusText(outcome!, 'vrijwilligerswerk', false)).toBe('Geen resultaten voor ‘vrijwilligerswerk’. Wel 1 resultaat voor ‘vrijwilligers werk’.');
  });

  it('finds nothing, and offers nothing, for a compound whose parts no page has together: “mantelzorg”', async () => {
    const docs = [...DOCS, { id: 'jas', title: 'Jas', content: 'Een mantel.' }];
    const outcome = await plan('mantelzorg', fakeEngine(docs));
    expect(ids(outcome)).toEqual([]);
    expect(outcome?.instead).toBeUndefined();
    expect(outcome?.offer).toBeUndefined();
  });

  it('a word one letter off: the corrected query at once, said so', async () => {
    const outcome = await plan('valkuillen', fakeEngine(DOCS));
    expect(outcome).toMatchObject({ instead: 'valkuilen' });
    expect(ids(outcome)).toEqual(['valkuilen']);
  });

  it('two words the publication writes as one: the joined word’s results first, then the others', async () => {
    const outcome = await plan('wijk team', fakeEngine(DOCS));
    expect(outcome?.also).toBe('wijkteam');
    // "wijkteam" is on three pages; "wijk" and "team" apart only on the last of them.
    expect(ids(outcome)).toEqual(['rol', 'valkuilen', 'kracht']);
    expect(statusText(outcome!, 'wijk team', false)).toBe('3 resultaten voor ‘wijk team’, eerst die voor ‘wijkteam’');
  });

  it('few pages with every word: each word alone too, those pages after', async () => {
    const outcome = await plan('samira academie buurtteam', fakeEngine(DOCS));
    expect(outcome?.ranked.map((r) => [r.hit.id, r.partial])).toEqual([
      ['olc', true],
      ['samen', true],
    ]);
    expect(statusText(outcome!, 'samira academie buurtteam', true)).toBe('Geen resultaten met alle woorden voor ‘samira academie buurtteam’ (met filter); 2 resultaten met een deel ervan.');
  });

  it('stops when a newer search replaced this one', async () => {
    const engine = fakeEngine(DOCS);
    expect(await plan('rol professional', engine, () => false)).toBeNull();
    expect(await plan('rol', { ...engine, search: async () => null })).toBeNull();
  });

  it('says when nothing is found', async () => {
    const outcome = await plan('zwembad', fakeEngine(DOCS));
    expect(statusText(outcome!, 'zwembad', false)).toBe('Geen resultaten voor ‘zwembad’. Probeer een ander woord.');
  });
});

describe('combining results', () => {
  const hit = (id: string, score: number) => ({ id, score });
  it('puts full matches first, then pages with more of the words', () => {
    const ranked = combine([hit('a', 1)], [[hit('b', 5), hit('a', 1)], [hit('c', 9), hit('b', 2)]], 2);
    expect(ranked.map((r) => [r.hit.id, r.matched, r.partial])).toEqual([
      ['a', 2, false],
      ['b', 2, true],
      ['c', 1, true],
    ]);
  });
  it('merges the queries for one thing by best score, each page once, ties in the order given', () => {
    expect(mergeByScore([[hit('a', 3), hit('b', 1)], [hit('c', 9), hit('b', 4), hit('d', 3)]]).map((h) => h.id)).toEqual(['c', 'b', 'a', 'd']);
  });
  it('replaces one word at a time by its compounds, at most four queries, none for one word', () => {
    const vocabulary = ['wijkteam', 'buurtteam', 'wijk', 'buurt', 'team', 'rol', 'eigenkracht', 'eigen', 'kracht', 'samenkracht', 'samen'];
    expect(compoundQueries(['rol', 'team'], vocabulary)).toEqual([
      ['rol', 'wijkteam'],
      ['rol', 'buurtteam'],
    ]);
    expect(compoundQueries(['team', 'kracht'], vocabulary)).toHaveLength(4);
    expect(compoundQueries(['team'], vocabulary)).toEqual([]);
  });
});
