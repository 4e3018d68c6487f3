/** Plain data for the publication steps: two stories with their recordings, as the build would hand them over. */
import type { AudioManifest, FragmentFields } from '../../../src/lib/publication/stretch';

export const cue = (start: number, end: number, text: string) => ({ start, end, text });

export function audio(): AudioManifest {
  return {
    'buurt-in-bloei.mp3': {
      file: 'buurt-in-bloei.mp3',
      duration: 600,
      transcript: 'buurt-in-bloei.vtt',
      cues: [cue(0, 100, 'begin'), cue(440, 460, 'klein beginnen'), cue(500, 600, 'einde')],
    },
    'open-leercentrum.mp3': {
      file: 'open-leercentrum.mp3',
      duration: 300,
      transcript: 'open-leercentrum.vtt',
      cues: [cue(0, 300, 'alles')],
    },
  };
}

export interface TestStory {
  id: string;
  filePath: string;
  data: { order: number; title: string; recording: string; recordingKind: 'voorlopig' | 'interview'; fragments: FragmentFields[] };
}

export function stories(): TestStory[] {
  return [
    {
      id: 'buurt-in-bloei',
      filePath: 'content/stories/buurt-in-bloei.mdx',
      data: {
        order: 1,
        title: 'Buurt in Bloei',
        recording: 'buurt-in-bloei.mp3',
        recordingKind: 'voorlopig',
        fragments: [
          { id: 'begin-klein', quote: 'Begin klein.', start: '7:27', end: '9:04' },
          { id: 'einde', quote: 'Tot slot.', start: '9:10', end: '10:00' },
        ],
      },
    },
    {
      id: 'open-leercentrum',
      filePath: 'content/stories/open-leercentrum.mdx',
      data: {
        order: 2,
        title: 'Open Leercentrum',
        recording: 'open-leercentrum.mp3',
        recordingKind: 'voorlopig',
        fragments: [{ id: 'superblij', quote: 'Superblij.', start: '0:10', end: '0:40' }],
      },
    },
  ];
}

/** A story changed for one case. */
export function storiesWith(change: (list: TestStory[]) => void): TestStory[] {
  const list = stories();
  change(list);
  return list;
}
