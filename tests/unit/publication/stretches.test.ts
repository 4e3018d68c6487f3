/**
 * Recordings and fragments (src/lib/publication/stretches): the rules on audio
 * input that used to need a full fixture build each, with the same messages.
 */
import { describe, expect, it } from 'vitest';
import { buildStretches } from '../../../src/lib/publication/stretches';
import { audio, cue, stories, storiesWith } from './data';

const STORY = 'content/stories/buurt-in-bloei.mdx';
const fails = (list = stories(), manifest = audio()) => () => buildStretches(list, manifest);

describe('one type for fragments and whole recordings', () => {
  const { wholes, fragments } = buildStretches(stories(), audio());

  it('the whole recording is the stretch from 0 to its duration, with every cue', () => {
    const whole = wholes.get('buurt-in-bloei')!;
    expect(whole).toMatchObject({ whole: true, id: 'buurt-in-bloei', from: 0, to: 600, seconds: 600, home: '/verhalen/buurt-in-bloei/' });
    expect(whole.src).toBe('/audio/buurt-in-bloei.mp3');
    expect(whole.transcriptSrc).toBe('/audio/buurt-in-bloei.vtt');
    expect(whole.cues).toHaveLength(3);
  });

  it('a fragment is a stretch of it with the editor’s fields and the cues inside', () => {
    expect(fragments.get('begin-klein')).toMatchObject({
      whole: false,
      id: 'begin-klein',
      quote: 'Begin klein.',
      from: 447,
      to: 544,
      seconds: 97,
      // It plays its own clip, which starts at its start in the recording.
      src: '/audio/fragmenten/begin-klein.mp3',
      transcriptSrc: '/audio/fragmenten/begin-klein.vtt',
      offset: 447,
      downloadName: 'buurt-in-bloei-begin-klein.mp3',
      home: '/verhalen/buurt-in-bloei/',
      cues: [cue(440, 460, 'klein beginnen'), cue(500, 600, 'einde')],
    });
    expect([...fragments.keys()]).toEqual(['begin-klein', 'einde', 'superblij']);
  });
});

describe('bad audio input stops the build', () => {
  it('a recording that is not in audio/', () => {
    const list = storiesWith((s) => (s[0]!.data.recording = 'interview-wilma.mp3'));
    expect(fails(list)).toThrow(`${STORY} → veld “recording”: “interview-wilma.mp3” staat niet in de map audio/. Opnamen in audio/: buurt-in-bloei.mp3, open-leercentrum.mp3.`);
  });

  it('a misspelt recording: "Bedoel je …?"', () => {
    const list = storiesWith((s) => (s[0]!.data.recording = 'buurt-in-blei.mp3'));
    expect(fails(list)).toThrow('“buurt-in-blei.mp3” staat niet in de map audio/. Bedoel je “buurt-in-bloei.mp3”? Opnamen in audio/:');
  });

  it('a recording without its transcript', () => {
    const manifest = audio();
    manifest['buurt-in-bloei.mp3']!.transcript = null;
    expect(fails(stories(), manifest)).toThrow(
      `${STORY} → veld “recording”: bij “buurt-in-bloei.mp3” hoort een transcript audio/buurt-in-bloei.vtt, maar dat bestand ontbreekt.`,
    );
  });

  it('a stand-in whose transcript names a speaker', () => {
    const manifest = audio();
    manifest['buurt-in-bloei.mp3']!.cues[0] = { ...cue(0, 100, 'begin'), speaker: 'Wilma' };
    expect(fails(stories(), manifest)).toThrow(/buurt-in-bloei\.mdx → veld “recordingKind”: het transcript bij buurt-in-bloei\.mp3 noemt een spreker \(<v Wilma>\)/);
  });

  it('a fragment whose end is not after its start', () => {
    const list = storiesWith((s) => (s[0]!.data.fragments[0]!.end = '7:27'));
    expect(fails(list)).toThrow(`${STORY} → fragment “begin-klein” → veld “end”: 7:27 ligt niet na start 7:27. Het einde moet later zijn dan het begin.`);
  });

  it('a fragment that ends after the recording', () => {
    const list = storiesWith((s) => (s[0]!.data.fragments[1]!.end = '12:00'));
    expect(fails(list)).toThrow(/buurt-in-bloei\.mdx → fragment “einde” → veld “end”: 12:00 ligt na het einde van de opname/);
    expect(fails(list)).toThrow('die 10:00 duurt. Het laatste moment dat je kunt gebruiken is "10:00".');
  });

  it('a fragment may end up to 0.05 s after the measured duration', () => {
    const manifest = audio();
    manifest['buurt-in-bloei.mp3']!.duration = 599.96;
    expect(fails(stories(), manifest)).not.toThrow();
  });

  it('two fragments that overlap in one recording', () => {
    const list = storiesWith((s) => (s[0]!.data.fragments[1]!.start = '9:00'));
    expect(fails(list)).toThrow(/buurt-in-bloei\.mdx → fragment “einde”: .*overlapt met/);
    expect(fails(list)).toThrow('“einde” (9:00–10:00) overlapt met “begin-klein” (7:27–9:04) in dezelfde opname.');
  });

  it('the same fragment id twice', () => {
    const list = storiesWith((s) => (s[1]!.data.fragments[0]!.id = 'begin-klein'));
    expect(fails(list)).toThrow(
      'content/stories/open-leercentrum.mdx → fragment “begin-klein” → veld “id”: “begin-klein” is al in gebruik in content/stories/buurt-in-bloei.mdx. Elk fragment heeft een eigen id.',
    );
    expect(fails(list)).toThrow(/→ fragment “begin-klein” → veld “id”: “begin-klein” is al in gebruik/);
  });
});
