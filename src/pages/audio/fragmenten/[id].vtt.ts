/** Each fragment's transcript, in the clip's time (src/build/clips). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getClips } from '../../../build/clips';

export const getStaticPaths = (async () =>
  [...(await getClips()).values()].map((clip) => ({ params: { id: clip.fragment.id }, props: { vtt: clip.vtt } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ vtt: string }> = ({ props }) =>
  new Response(props.vtt, { headers: { 'Content-Type': 'text/vtt; charset=utf-8' } });
