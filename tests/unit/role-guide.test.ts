import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { checkRoleGuide, guideAnchors, type GuideData, type KnownHeadings } from '../../src/lib/role-guide';
import { checkLink, type KnownPages } from '../../src/lib/site-links';
import { missingSentence, plainText, sectionText } from '../../src/lib/passages';
import { searchFor, stateFromAddress } from '../../src/lib/role-guide-state';

const FILE = 'content/rolwijzer.yaml';

/** The chapter the questions stand in, as an editor writes it. */
const CHAPTER = `---
title: "Weten welke rol"
---

## Weten welke rol jouw wijkteam heeft

De rol die jouw wijkteam heeft, bepaalt de werkwijze.

**Versterken van de basis:**

2. Is er een behoefte vanuit inwoners, maar nog geen burgerinitiatief? Je werkt dan versterkend en hebt een stimulerende rol.
3. Is er al een lokaal burgerinitiatief? Je hebt dan een versterkende rol.

<Aside>

**Belangrijk!** Het is aan de lokale professionals om dat te *omarmen*.

</Aside>

## Initiëren van initiatieven

In deze publicatie gaan we niet verder in op het initiëren. Kijk dan eens bij projecten als [‘Impact in de Wijk’](/bronnen/#impact-in-de-wijk).
`;

/** A small guide in the shape of the publication's: two situations and “none of these”. */
function guide(): GuideData {
  return {
    title: 'Welke rol past bij jouw wijkteam?',
    label: 'Hulpmiddel bij deze digitale uitgave',
    intro: 'De volgende vragen kunnen helpen om je rol te verhelderen:',
    prompt: 'Welke situatie past bij jouw wijk?',
    note: 'De vragen en de rollen staan hier zoals in de publicatie.',
    source: 'Weten welke rol jouw wijkteam heeft',
    situations: [
      {
        id: 'behoefte',
        group: 'Versterken van de basis',
        question: 'Is er een behoefte vanuit inwoners, maar nog geen burgerinitiatief?',
        role: 'stimuleren',
        text: 'Je werkt dan versterkend en hebt een stimulerende rol.',
        quotes: [{ source: 'Initiëren van initiatieven', text: 'In deze publicatie gaan we niet verder in op het initiëren.\n\nKijk dan eens bij projecten als ‘Impact in de Wijk’.' }],
        links: [{ label: 'Stimuleren', href: '/handreiking/stimuleren/' }],
      },
      {
        id: 'bestaand',
        question: 'Is er al een lokaal burgerinitiatief?',
        role: 'versterken',
        text: 'Je hebt dan een versterkende rol.',
        links: [{ label: 'Buurt in Bloei', href: '/verhalen/buurt-in-bloei/#begin-klein' }],
      },
    ],
    none: { label: 'Geen van deze situaties', text: 'Zie ‘Weten wat er speelt’.', links: [{ label: 'Initiëren', href: '/handreiking/rol/#initiëren-van-initiatieven' }] },
  };
}

const PAGES: KnownPages = new Map([
  ['/handreiking/stimuleren/', new Set(['1-breng-in-kaart'])],
  ['/verhalen/buurt-in-bloei/', new Set(['begin-klein', 'fragment-begin-klein'])],
  ['/handreiking/rol/', new Set(['weten-welke-rol-jouw-wijkteam-heeft', 'initiëren-van-initiatieven'])],
]);

const HEADINGS: KnownHeadings = new Map([
  ['weten-welke-rol', [{ href: '/handreiking/rol/', text: sectionText(CHAPTER) }]],
  ['weten-welke-rol-jouw-wijkteam-heeft', [{ href: '/handreiking/rol/#weten-welke-rol-jouw-wijkteam-heeft', text: sectionText(CHAPTER, 'Weten welke rol jouw wijkteam heeft') }]],
  ['initieren-van-initiatieven', [{ href: '/handreiking/rol/#initiëren-van-initiatieven', text: sectionText(CHAPTER, 'Initiëren van initiatieven') }]],
]);

const OPTIONS = { file: FILE, root: 'rolwijzer', pages: PAGES, headings: HEADINGS };

/** The ContentError a broken guide throws. */
function errorOf(change: (g: GuideData) => void, options: Parameters<typeof checkRoleGuide>[1] = OPTIONS): ContentError {
  const g = guide();
  change(g);
  try {
    checkRoleGuide(g, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('the guide was accepted');
}

describe('checkRoleGuide accepts a sound guide', () => {
  it('numbers the situations as the publication lists them and links every passage to where it stands', () => {
    const checked = checkRoleGuide(guide(), OPTIONS);
    expect(checked.situations.map((s) => [s.id, s.number, s.role])).toEqual([
      ['behoefte', 1, 'stimuleren'],
      ['bestaand', 2, 'versterken'],
    ]);
    expect(checked.source).toEqual({ name: 'Weten welke rol jouw wijkteam heeft', href: '/handreiking/rol/#weten-welke-rol-jouw-wijkteam-heeft' });
    expect(checked.situations[0]!.source).toEqual(checked.source);
    expect(checked.situations[0]!.quotes[0]!.href).toBe('/handreiking/rol/#initiëren-van-initiatieven');
  });

  it('finds the source wherever the chapters put it', () => {
    const moved: KnownHeadings = new Map([...HEADINGS].map(([k, v]) => [k, v.map((h) => ({ ...h, href: h.href.replace('/rol/', '/weten-wat-er-speelt/') }))]));
    expect(checkRoleGuide(guide(), { ...OPTIONS, headings: moved }).source.href).toBe('/handreiking/weten-wat-er-speelt/#weten-welke-rol-jouw-wijkteam-heeft');
  });

  it('resolves links with the base path before looking them up', () => {
    const withBase: KnownPages = new Map([...PAGES].map(([path, anchors]) => [`/publicaties/bi${path}`, anchors]));
    expect(() => checkRoleGuide(guide(), { ...OPTIONS, pages: withBase, resolve: (p) => `/publicaties/bi${p}` })).not.toThrow();
    expect(() => checkRoleGuide(guide(), { ...OPTIONS, pages: withBase })).toThrow(/bestaat niet/);
  });
});

// A situation without text or links, and a guide without situations, are refused by the
// schema before checkRoleGuide runs: tests/unit/content-schema.test.ts.
describe('checkRoleGuide names the file, the field and the bad value', () => {
  it('a role that is not in figure 1', () => {
    const error = errorOf((g) => (g.situations[1]!.role = 'versterk'));
    expect(error.message).toContain(FILE);
    expect(error.field).toBe('rolwijzer → situatie “bestaand” → role');
    expect(error.message).toContain('rolwijzer → situatie “bestaand” → veld “role”: “versterk” is geen rol uit figuur 1. Bedoel je “versterken”?');
    expect(error.message).toContain('initieren, stimuleren, versterken');
  });

  it('two situations with the same id', () => {
    const error = errorOf((g) => (g.situations[1]!.id = 'behoefte'));
    expect(error.field).toBe('rolwijzer → situatie 2 → id');
    expect(error.message).toContain('“behoefte” is al in gebruik bij situatie 1.');
  });

  it('a situation with the id reserved for “none of these”', () => {
    const error = errorOf((g) => (g.situations[1]!.id = 'geen'));
    expect(error.field).toBe('rolwijzer → situatie “geen” → id');
    expect(error.message).toContain('Geen van deze situaties');
  });

  it('a link to a page that does not exist', () => {
    const error = errorOf((g) => (g.situations[0]!.links[0]!.href = '/handreiking/stimuleren-van-initiatieven/'));
    expect(error.field).toBe('rolwijzer → situatie “behoefte” → link “Stimuleren” → href');
    expect(error.message).toContain('/handreiking/stimuleren-van-initiatieven/');
    expect(error.message).toContain('bestaat niet');
  });

  it('a link to a heading that does not exist, also under “none of these”', () => {
    const error = errorOf((g) => (g.none.links[0]!.href = '/handreiking/rol/#initieren-van-initiatieven'));
    expect(error.field).toBe('rolwijzer → none → link “Initiëren” → href');
    expect(error.message).toContain('#initieren-van-initiatieven');
    expect(error.message).toContain('initiëren-van-initiatieven');
  });

  it('a link that is not a path on this site', () => {
    expect(errorOf((g) => (g.situations[1]!.links[0]!.href = 'https://www.nji.nl/')).field).toBe('rolwijzer → situatie “bestaand” → link “Buurt in Bloei” → href');
  });

  it('a source that is no heading on the site', () => {
    const error = errorOf((g) => (g.source = 'Welke rol heeft jouw wijkteam'));
    expect(error.field).toBe('rolwijzer → source');
    expect(error.message).toContain('“Welke rol heeft jouw wijkteam”');
    const quoted = errorOf((g) => (g.situations[0]!.quotes![0]!.source = 'Initiëren'));
    expect(quoted.field).toBe('rolwijzer → situatie “behoefte” → passage 1 → source');
  });

  it('a source that stands in two places', () => {
    const twice: KnownHeadings = new Map(HEADINGS);
    twice.set('initieren-van-initiatieven', [...HEADINGS.get('initieren-van-initiatieven')!, { href: '/handreiking/andere/#x', text: '' }]);
    expect(errorOf(() => {}, { ...OPTIONS, headings: twice }).field).toBe('rolwijzer → situatie “behoefte” → passage 1 → source');
  });

  it('a word changed in the role text: it is no longer the publication’s', () => {
    const error = errorOf((g) => (g.situations[0]!.text = 'Je werkt dan versterkend en hebt een stimulerende rol. Jouw rol: stimuleren.'));
    expect(error.field).toBe('rolwijzer → situatie “behoefte” → text');
    expect(error.message).toContain('“Jouw rol: stimuleren.”');
    expect(error.message).toContain('/handreiking/rol/#weten-welke-rol-jouw-wijkteam-heeft');
  });

  it('a question that is not the publication’s', () => {
    expect(errorOf((g) => (g.situations[1]!.question = 'Is er al een initiatief?')).field).toBe('rolwijzer → situatie “bestaand” → question');
  });

  it('a passage attributed to the wrong heading: sentences spliced from elsewhere', () => {
    const error = errorOf((g) => (g.situations[0]!.quotes![0]!.source = 'Weten welke rol jouw wijkteam heeft'));
    expect(error.field).toBe('rolwijzer → situatie “behoefte” → passage 1 → text');
    expect(error.message).toContain('In deze publicatie gaan we niet verder in op het initiëren.');
  });
});

describe('plain text of the publication', () => {
  it('drops markup and keeps the words', () => {
    expect(plainText('**Preventie:**\n\n1. Is er *echt* een [‘Impact in de Wijk’](/bronnen/#x)?\n<Aside>\n- een punt\n</Aside>')).toBe(
      'Preventie: Is er echt een ‘Impact in de Wijk’? een punt',
    );
  });

  it('takes a section to the next heading of its level', () => {
    const text = sectionText(CHAPTER, 'Weten welke rol jouw wijkteam heeft');
    expect(text).toContain('Is er al een lokaal burgerinitiatief? Je hebt dan een versterkende rol.');
    expect(text).toContain('Belangrijk! Het is aan de lokale professionals om dat te omarmen.');
    expect(text).not.toContain('niet verder in op het initiëren');
    expect(sectionText(CHAPTER, 'Bestaat niet')).toBe('');
  });

  it('names the first sentence that differs', () => {
    expect(missingSentence('Een. Twee?  Drie!', 'Een. Twee? Drie!')).toBeUndefined();
    expect(missingSentence('Een. Twee? Vier!', 'Een. Twee? Drie!')).toBe('Vier!');
  });
});

describe('checkLink', () => {
  it('accepts an anchor written encoded or not', () => {
    expect(checkLink('/handreiking/rol/#initiëren-van-initiatieven', PAGES)).toBeUndefined();
    expect(checkLink('/handreiking/rol/#initi%C3%ABren-van-initiatieven', PAGES)).toBeUndefined();
  });
  it('suggests a page with the same last part', () => {
    expect(checkLink('/verhaal/buurt-in-bloei/', PAGES)).toContain('/verhalen/buurt-in-bloei/');
  });
  it('suggests a page whose name begins the one written: /rolwijzer/ is /rol/', () => {
    const pages: KnownPages = new Map([['/rol/', new Set<string>()], ['/', new Set<string>()], ['/verhalen/buurt-in-bloei/', new Set<string>()]]);
    expect(checkLink('/rolwijzer/', pages)).toBe('de pagina /rolwijzer/ bestaat niet. Bedoel je /rol/?');
    expect(checkLink('/xy/', pages)).toBe('de pagina /xy/ bestaat niet.');
  });
});

describe('guideAnchors', () => {
  it('gives #situaties and #situatie-… ids, prefixed for a second instance', () => {
    expect(guideAnchors(guide())).toEqual(['situaties', 'situatie-behoefte', 'situatie-bestaand', 'situatie-geen']);
    expect(guideAnchors(guide(), 'rolwijzer-2-')[1]).toBe('rolwijzer-2-situatie-behoefte');
  });
});

describe('the state an address opens', () => {
  const SITUATIONS = [
    { id: 'collectief-vraagstuk', role: 'initieren' },
    { id: 'behoefte', role: 'stimuleren' },
    { id: 'bestaand-initiatief', role: 'versterken' },
  ];
  const state = (search: string, hash = '', prefix = '') => stateFromAddress(search, hash, SITUATIONS, prefix);

  it('?situatie= names a situation or “none of these”', () => {
    expect(state('?situatie=behoefte')).toBe('behoefte');
    expect(state('?bron=nieuwsbrief&situatie=geen')).toBe('geen');
    expect(state('')).toBe('');
  });

  it.each([
    ['ja,ja', 'collectief-vraagstuk'],
    ['ja,nee,ja', 'behoefte'],
    ['ja,nee,nee,ja', 'bestaand-initiatief'],
    ['ja,nee,nee,nee', 'geen'],
    ['JA, nee ,ja', 'behoefte'],
    ['nee', ''],
    ['ja', ''],
    ['ja,nee', ''],
    ['ja,nee,nee', ''],
    ['ja,misschien,ja', ''],
    ['ja,ja,ja', ''],
    ['', ''],
    ['%E0%A4%A', ''],
    ['constructor', ''],
    ['__proto__', ''],
  ])('an old link ?antwoorden=%s opens “%s”', (answers, expected) => {
    expect(state(`?antwoorden=${answers}`)).toBe(expected);
  });

  it('anything else opens the start', () => {
    for (const search of ['?situatie=', '?situatie=stimuleren', '?situatie=toString', '?situatie=%ZZ', '?situatie=behoefte,geen']) {
      expect(state(search), search).toBe('');
    }
  });

  it('?situatie= wins over an old ?antwoorden=', () => {
    expect(state('?antwoorden=ja,ja&situatie=behoefte')).toBe('behoefte');
  });

  it('an anchor of the list opens its situation; old outcome anchors where they name one', () => {
    expect(state('', '#situatie-bestaand-initiatief')).toBe('bestaand-initiatief');
    expect(state('', '#uitkomst-stimuleren')).toBe('behoefte');
    expect(state('', '#uitkomst-weten-wat-er-speelt')).toBe('geen');
    expect(state('', '#uitkomst-andere-partij')).toBe('');
    expect(state('', '#vraag-behoefte')).toBe('');
    expect(state('', '#situatie-onbekend')).toBe('');
    expect(state('', '#%E0%A4%A')).toBe('');
    expect(state('', '#rolwijzer-2-situatie-behoefte', 'rolwijzer-2-')).toBe('behoefte');
    expect(state('', '#situatie-behoefte', 'rolwijzer-2-')).toBe('');
  });

  it('the old answers follow the roles, not the ids', () => {
    expect(stateFromAddress('?antwoorden=ja,nee,ja', '', [{ id: 'vraag-twee', role: 'stimuleren' }])).toBe('vraag-twee');
  });
});

describe('the address for a state', () => {
  it('sets ?situatie=, drops the old ?antwoorden= and keeps the rest', () => {
    expect(searchFor('behoefte', '')).toBe('?situatie=behoefte');
    expect(searchFor('geen', '?bron=nieuwsbrief&antwoorden=ja,nee')).toBe('?bron=nieuwsbrief&situatie=geen');
    expect(searchFor('', '?situatie=behoefte')).toBe('');
    expect(searchFor('', '?antwoorden=nee&bron=x')).toBe('?bron=x');
  });
});
