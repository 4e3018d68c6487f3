import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/publication-order';
import { checkLink, checkRoleGuide, guideAnchors, guidePaths, type GuideData, type KnownPages } from '../../src/lib/role-guide';

const FILE = 'content/rolwijzer.yaml';

/** A small guide in the shape of the publication's: a prior question, then two more. */
function guide(): GuideData {
  return {
    title: 'Welke rol past bij jouw wijkteam?',
    intro: 'De volgende vragen kunnen helpen om je rol te verhelderen.',
    questions: [
      {
        id: 'taak',
        text: 'Valt gemeenschapsvorming binnen het takenpakket van jouw wijkteam?',
        answers: [
          { label: 'Ja', next: 'bestaand' },
          { label: 'Nee, een andere partij', value: 'nee', next: 'andere-partij' },
        ],
      },
      {
        id: 'bestaand',
        text: 'Is er al een lokaal burgerinitiatief?',
        answers: [
          { label: 'Ja', next: 'versterken' },
          { label: 'Nee', next: 'stimuleren' },
        ],
      },
    ],
    outcomes: [
      { id: 'versterken', role: 'versterken', title: 'Jouw rol: versterken', text: 'Je hebt dan een versterkende rol.', links: [{ label: 'Versterken', href: '/handreiking/versterken/' }] },
      { id: 'stimuleren', role: 'stimuleren', title: 'Jouw rol: stimuleren', text: 'Je hebt een stimulerende rol.', links: [{ label: 'Buurt in Bloei', href: '/verhalen/buurt-in-bloei/#begin-klein' }] },
      { id: 'andere-partij', title: 'Een andere partij', text: 'Wees je bewust van de visie van jouw gemeente.', links: [{ label: 'Initiëren', href: '/handreiking/rol/#initiëren-van-initiatieven' }] },
    ],
  };
}

const PAGES: KnownPages = new Map([
  ['/handreiking/versterken/', new Set(['1-weet-wat-de-ontstaansgrond-is'])],
  ['/verhalen/buurt-in-bloei/', new Set(['begin-klein', 'fragment-begin-klein'])],
  ['/handreiking/rol/', new Set(['initiëren-van-initiatieven'])],
]);

/** The ContentError a broken guide throws. */
function errorOf(change: (g: GuideData) => void, pages: KnownPages | undefined = PAGES): ContentError {
  const g = guide();
  change(g);
  try {
    checkRoleGuide(g, pages ? { file: FILE, root: 'rolwijzer', pages } : { file: FILE, root: 'rolwijzer' });
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('the guide was accepted');
}

describe('checkRoleGuide accepts a sound guide', () => {
  it('starts at the first question and fills in answer values from the labels', () => {
    const checked = checkRoleGuide(guide(), { file: FILE, pages: PAGES });
    expect(checked.start).toBe('taak');
    expect(checked.questions[0]!.answers.map((a) => a.value)).toEqual(['ja', 'nee']);
  });

  it('resolves links with the base path before looking them up', () => {
    const withBase: KnownPages = new Map([...PAGES].map(([path, anchors]) => [`/publicaties/bi${path}`, anchors]));
    expect(() => checkRoleGuide(guide(), { file: FILE, pages: withBase, resolve: (p) => `/publicaties/bi${p}` })).not.toThrow();
    expect(() => checkRoleGuide(guide(), { file: FILE, pages: withBase })).toThrow(/bestaat niet/);
  });
});

describe('checkRoleGuide names the file, the field and the bad value', () => {
  it('an answer that leads to an unknown id', () => {
    const error = errorOf((g) => (g.questions[1]!.answers[0]!.next = 'versterk'));
    expect(error.message).toContain(FILE);
    expect(error.field).toBe('rolwijzer.questions[1].answers[0].next');
    expect(error.message).toContain('“versterk”');
    expect(error.message).toContain('versterken');
  });

  it('a loop back to an earlier question', () => {
    const error = errorOf((g) => (g.questions[1]!.answers[1]!.next = 'taak'));
    expect(error.field).toBe('rolwijzer.questions[1].answers[1].next');
    expect(error.message).toContain('taak → bestaand → taak');
  });

  it('an answer that leads to its own question', () => {
    const error = errorOf((g) => (g.questions[0]!.answers[0]!.next = 'taak'));
    expect(error.field).toBe('rolwijzer.questions[0].answers[0].next');
  });

  it('a question without answers: a dead end', () => {
    const error = errorOf((g) => (g.questions[1]!.answers = []));
    expect(error.field).toBe('rolwijzer.questions[1].answers');
    expect(error.message).toContain('“bestaand”');
  });

  it('an outcome no answer reaches', () => {
    const error = errorOf((g) => (g.questions[0]!.answers[1]!.next = 'stimuleren'));
    expect(error.field).toBe('rolwijzer.outcomes[2].id');
    expect(error.message).toContain('“andere-partij”');
  });

  it('two steps with the same id', () => {
    const error = errorOf((g) => (g.outcomes[1]!.id = 'bestaand'));
    expect(error.field).toBe('rolwijzer.outcomes[1].id');
    expect(error.message).toContain('questions[1].id');
  });

  it('two answers with the same value in one question', () => {
    const error = errorOf((g) => (g.questions[1]!.answers[1]!.value = 'ja'));
    expect(error.field).toBe('rolwijzer.questions[1].answers[1].value');
  });

  it('a link to a page that does not exist', () => {
    const error = errorOf((g) => (g.outcomes[0]!.links[0]!.href = '/handreiking/versterken-van-initiatieven/'));
    expect(error.field).toBe('rolwijzer.outcomes[0].links[0].href');
    expect(error.message).toContain('/handreiking/versterken-van-initiatieven/');
    expect(error.message).toContain('bestaat niet');
  });

  it('a link to a heading that does not exist', () => {
    const error = errorOf((g) => (g.outcomes[1]!.links[0]!.href = '/verhalen/buurt-in-bloei/#begin-groot'));
    expect(error.field).toBe('rolwijzer.outcomes[1].links[0].href');
    expect(error.message).toContain('#begin-groot');
    expect(error.message).toContain('begin-klein');
  });

  it('a link that is not a path on this site', () => {
    const error = errorOf((g) => (g.outcomes[1]!.links[0]!.href = 'https://www.nji.nl/'));
    expect(error.field).toBe('rolwijzer.outcomes[1].links[0].href');
  });

  it('no questions at all', () => {
    expect(errorOf((g) => (g.questions = [])).field).toBe('rolwijzer.questions');
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
});

describe('guidePaths', () => {
  it('enumerates every way through, each ending in its outcome', () => {
    const checked = checkRoleGuide(guide(), { file: FILE });
    expect(guidePaths(checked)).toEqual([
      { answers: ['ja', 'ja'], questions: ['taak', 'bestaand'], outcome: 'versterken' },
      { answers: ['ja', 'nee'], questions: ['taak', 'bestaand'], outcome: 'stimuleren' },
      { answers: ['nee'], questions: ['taak'], outcome: 'andere-partij' },
    ]);
  });
});

describe('guideAnchors', () => {
  it('gives #vraag-… and #uitkomst-… ids, prefixed for a second instance', () => {
    expect(guideAnchors(guide())).toEqual(['vraag-taak', 'vraag-bestaand', 'uitkomst-versterken', 'uitkomst-stimuleren', 'uitkomst-andere-partij']);
    expect(guideAnchors(guide(), 'rolwijzer-2-')[0]).toBe('rolwijzer-2-vraag-taak');
  });
});
