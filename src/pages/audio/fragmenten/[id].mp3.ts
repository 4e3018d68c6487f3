/** Each fragment's clip: exactly its stretch of the recording (src/build/clips). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getClips } from '../../../build/clips';

export const getStaticPaths = (async () =>
  [...(await getClips()).values()].map((clip) => ({ params: { id: clip.fragment.id }, props: { bytes: clip.mp3 } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ bytes: Uint8Array<ArrayBuffer> }> = ({ props }) =>
  new Response(props.bytes, { headers: { 'Content-Type': 'audio/mpeg' } });
