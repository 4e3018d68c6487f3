/**
 * The audio fragments as search records: quote, transcript and, for a stand-in, that it is one,
 * each linking to the fragment on its home page. Read and removed by the
 * search integration after the build.
 */
import type { APIRoute } from 'astro';
import { getPublication } from '../../build/content';
import type { FragmentRecord } from '../../integrations/search';
import { recordingWords, STAND_IN_SHORT } from '../../lib/recording';
import { sitePath } from '../../lib/paths';

export const GET: APIRoute = async () => {
  const { fragmentOrder } = await getPublication();
  const records: FragmentRecord[] = fragmentOrder.map((f) => ({
    // Pagefind adds the base path itself (baseUrl), like for the pages.
    url: `${sitePath(f.home)}#fragment-${f.id}`,
    title: f.quote,
    content: [f.quote, ...f.cues.map((c) => c.text)].join('\n'),
    initiative: f.story.data.initiative,
    story: f.story.data.title,
    ...(recordingWords(f.story.data.recordingKind).note ? { recording: STAND_IN_SHORT } : {}),
  }));
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json' } });
};
