/**
 * A fragment's times from its quote (src/lib/publication/quote-times.ts), on
 * plain data through buildStretches: a fragment without times gets them from
 * the transcript, one whose quote moved gets the times to write, a quote that
 * is not in the transcript is named.
 */
import { describe, expect, it } from 'vitest';
import { buildStretches } from '../../../src/lib/publication/stretches';
import { ContentError } from '../../../src/lib/content-error';
import { audio, cue, storiesWith } from './data';

/** The Buurt in Bloei recording after a new interview: its quote now sits at 0:41–1:03, over two cues. */
function newRecording() {
  const manifest = audio();
  manifest['buurt-in-bloei.mp3']!.cues = [
    cue(0.5, 20, 'Welkom bij dit gesprek over de buurt.'),
    cue(20.4, 40.2, 'We beginnen bij het begin.'),
    cue(41, 52.3, '‘Begin klein,'),
    cue(52.3, 63, 'en doe waar je zin in hebt!’ Dat zeg ik altijd.'),
    cue(64, 90, 'Dan komt de rest vanzelf.'),
    cue(90.5, 130.25, 'Tot slot nog dit.'),
  ];
  manifest['buurt-in-bloei.mp3']!.duration = 140;
  manifest['open-leercentrum.mp3']!.cues = [cue(5, 12, 'Superblij.'), cue(12, 300, 'Daarna.')];
  return manifest;
}

const notes = (list: ReturnType<typeof storiesWith>) => buildStretches(list, newRecording()).warnings;

/** The stories with Buurt in Bloei's one fragment, its quote as printed, changed for one case. */
const withQuote = (change: (fragment: ReturnType<typeof storiesWith>[number]['data']['fragments'][number], list: ReturnType<typeof storiesWith>) => void) =>
  storiesWith((s) => {
    s[0]!.data.fragments.splice(1);
    s[0]!.data.fragments[0]!.quote = 'Begin klein en doe waar je zin in hebt!';
    change(s[0]!.data.fragments[0]!, s);
  });

describe('a fragment whose quote moved in a new recording', () => {
  it('gets the quote’s place and the times to write, on cue boundaries, keeping its length', () => {
    const list = withQuote((f) => {
      f.start = '0:20.4';
      f.end = '1:30';
    });
    expect(notes(list)).toEqual([
      {
        file: 'content/stories/buurt-in-bloei.mdx',
        field: 'fragment “begin-klein” → start',
        detail:
          'het citaat staat in de opname van 0:41 tot 1:03, maar het fragment begint op 0:20.4, bij “We beginnen bij het begin.”. ' +
          'Zet start: "0:41" en end: "2:10.3" (dan blijft het fragment ongeveer even lang). Zie de redactiehandleiding, 5.5.',
      },
    ]);
  });

  it('proposes only start when the end still fits', () => {
    const list = withQuote((f) => {
      f.start = '0:40';
      f.end = '1:03';
    });
    // 0:40 lies inside “We beginnen bij het begin.” (to 0:40.2): that sentence is heard first.
    expect(notes(list).map((n) => n.detail)).toEqual([
      'het citaat staat in de opname van 0:41 tot 1:03, maar het fragment begint op 0:40, bij “We beginnen bij het begin.”. Zet start: "0:41". Zie de redactiehandleiding, 5.5.',
    ]);
  });

  it('says nothing when the fragment opens with the quote and plays all of it', () => {
    const list = withQuote((f) => {
      f.start = '0:40.5';
      f.end = '1:30';
    });
    expect(notes(list)).toEqual([]);
  });

  it('names a fragment that stops before its quote is over', () => {
    const list = withQuote((f) => {
      f.start = '0:41';
      f.end = '0:52.3';
    });
    expect(notes(list)).toMatchObject([{ field: 'fragment “begin-klein” → end', detail: expect.stringContaining('Zet end: "1:03" of later.') }]);
  });
});

describe('a fragment without times', () => {
  it('plays its quote: the build uses the proposal and says which times it used', () => {
    const list = withQuote((f, s) => {
      delete f.start;
      delete f.end;
      s[1]!.data.fragments[0]!.start = '0:05';
      delete s[1]!.data.fragments[0]!.end;
    });
    const { fragments, warnings } = buildStretches(list, newRecording());
    expect(fragments.get('begin-klein')).toMatchObject({ start: '0:41', end: '1:03', from: 41, to: 63, proposed: ['start', 'end'] });
    expect(fragments.get('superblij')).toMatchObject({ start: '0:05', end: '0:12', proposed: ['end'] });
    expect(warnings.map((w) => `${w.field}: ${w.detail}`)).toEqual([
      'fragment “begin-klein”: het fragment heeft nog geen start en end. Het citaat staat in de opname van 0:41 tot 1:03; de build gebruikt start: "0:41", end: "1:03". ' +
        'Zet deze tijden in het verhaal als ze kloppen; voor een langer fragment een latere end (zie de redactiehandleiding, 5.5).',
      'fragment “superblij” → end: het fragment heeft nog geen end. Het citaat staat in de opname van 0:05 tot 0:12; de build gebruikt end: "0:12". ' +
        'Zet deze tijd in het verhaal als ze klopt; voor een langer fragment een latere end (zie de redactiehandleiding, 5.5).',
    ]);
  });

  it('stops the build when the quote is not in the transcript, naming the field', () => {
    const list = storiesWith((s) => {
      s[0]!.data.fragments[0]!.quote = 'Dit zei niemand in de opname.';
      delete s[0]!.data.fragments[0]!.start;
    });
    expect(() => buildStretches(list, newRecording())).toThrow(ContentError);
    expect(() => buildStretches(list, newRecording())).toThrow(
      /fragment “begin-klein” → veld “start”|dit veld ontbreekt, en het citaat “Dit zei niemand in de opname\.” staat niet in het transcript audio\/buurt-in-bloei\.vtt/,
    );
  });
});

it('names a quote that is not in the transcript', () => {
  const list = storiesWith((s) => {
    s[0]!.data.fragments[0]!.quote = 'Dit zei niemand in de opname.';
    s[0]!.data.fragments[0]!.start = '0:41';
    s[0]!.data.fragments[0]!.end = '1:03';
    s[0]!.data.fragments.splice(1);
  });
  expect(notes(list)).toEqual([
    {
      file: 'content/stories/buurt-in-bloei.mdx',
      field: 'fragment “begin-klein” → quote',
      detail:
        'het citaat staat niet in het transcript audio/buurt-in-bloei.vtt, dus de build kan niet nagaan of het fragment ermee begint. ' +
        'Kijk of het citaat klopt met wat er gezegd wordt, en zoek de plek in het transcript op (zie de redactiehandleiding, 5.5).',
    },
  ]);
});

it('says when the transcript has the quote with other words in between', () => {
  const list = withQuote((f) => {
    f.quote = 'Begin klein en doe waar je zin in hebt!';
    f.start = '0:20.4';
    f.end = '1:30';
  });
  const manifest = newRecording();
  manifest['buurt-in-bloei.mp3']!.cues[3] = cue(52.3, 63, 'en doe gewoon waar je zin in hebt! Dat zeg ik altijd.');
  expect(buildStretches(list, manifest).warnings[0]!.detail).toContain(
    'Het staat er niet woord voor woord (met andere woorden ertussen): “‘Begin klein, en doe gewoon waar je zin in hebt! Dat zeg ik altijd.”.',
  );
});
