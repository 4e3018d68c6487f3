/**
 * The audio fragments as search records: quote, who speaks and the transcript,
 * each linking to the fragment on its home page. Read and removed by the
 * search integration after the build.
 */
import type { APIRoute } from 'astro';
import { getPublication } from '../../lib/content';
import type { FragmentRecord } from '../../integrations/search';

export const GET: APIRoute = async () => {
  const { fragmentOrder } = await getPublication();
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  const records: FragmentRecord[] = fragmentOrder.map((f) => ({
    // Pagefind adds the base path itself (baseUrl), like for the pages.
    url: `${f.home.slice(base.length)}#fragment-${f.id}`,
    title: f.quote,
    content: [f.quote, ...f.cues.map((c) => c.text)].join('\n'),
    initiative: f.story.data.initiative,
    story: f.story.data.title,
  }));
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json' } });
};
