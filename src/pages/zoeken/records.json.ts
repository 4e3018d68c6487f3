/**
 * Search records the site's pages cannot give one by one: every audio fragment
 * (quote, transcript and, for a stand-in, that it is one, linking to the
 * fragment on its home page) and every resource of the list on /bronnen/ (its
 * title and description, linking to it in the list), so each is a result of
 * its own; /luisteren/, whose players are no page text (lib/search/listening); and the role guide
 * on /rol/ (its title, intro and the publication's questions) as one record,
 * so its questions are no sub-results. Editors' keywords (trefwoorden) go along as weighted metadata.
 * Read and removed by the search integration after the build.
 */
import type { APIRoute } from 'astro';
import { getPublication } from '../../build/content';
import { getRoleGuide } from '../../build/role-guide-data';
import type { SearchRecord } from '../../integrations/search';
import { keywordMeta } from '../../lib/search/keywords';
import { LISTENING_KEYWORDS, LISTENING_OFFERS } from '../../lib/search/listening';
import { routes, sitePath } from '../../lib/paths';
import { listeningWords, recordingWords, STAND_IN_SHORT } from '../../lib/recording';
import { pageText, resultTypes } from '../../lib/text/nl';

/** The description's text: markdown links and emphasis as their words. */
const plain = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .trim();

export const GET: APIRoute = async () => {
  const { fragmentOrder, resources, stories } = await getPublication();
  // Site paths without the base: Pagefind adds it itself (baseUrl), like for the pages.
  const fragments: SearchRecord[] = fragmentOrder.map((f) => ({
    url: `${sitePath(f.home)}#fragment-${f.id}`,
    // A stand-in's transcript is the story's own text read aloud, indexed on the story page already:
    // only a real interview's words are the fragment's own.
    content: (recordingWords(f.story.data.recordingKind).note ? [f.quote] : [f.quote, ...f.cues.map((c) => c.text)]).join('\n'),
    meta: {
      title: f.quote,
      verhaal: f.story.data.title,
      ...(recordingWords(f.story.data.recordingKind).note ? { opname: STAND_IN_SHORT } : {}),
      ...keywordMeta(f.trefwoorden),
    },
    filters: { type: [resultTypes.fragment], initiatief: [f.story.data.initiative] },
  }));
  const sources: SearchRecord[] = resources.map((r) => ({
    url: `${sitePath(routes.resources())}#${r.id}`,
    content: `${r.data.title}\n${plain(r.body ?? '')}`,
    meta: { title: r.data.title, ...keywordMeta(r.data.trefwoorden) },
    filters: { type: [resultTypes.resource] },
  }));
  const listening: SearchRecord = {
    url: sitePath(routes.listen()),
    content: [
      // /luisteren/: its description, what it offers (the podcast, downloads), the fragments' quotes and initiatives.
      listeningWords(stories.map((s) => s.data.recordingKind)).description,
      ...LISTENING_OFFERS,
      ...fragmentOrder.map((f) => `${f.quote} ${f.story.data.initiative}`),
    ].join('\n'),
    meta: { title: pageText.listenHeading, ...keywordMeta(LISTENING_KEYWORDS) },
    filters: {},
  };
  const guide = await getRoleGuide();
  const roleGuide: SearchRecord = {
    url: sitePath(routes.roleGuide()),
    content: [guide.title, guide.intro, ...guide.situations.map((s) => s.question)].join('\n'),
    meta: { title: guide.title },
    filters: {},
  };
  return new Response(JSON.stringify([...fragments, ...sources, listening, roleGuide]), { headers: { 'content-type': 'application/json' } });
};
