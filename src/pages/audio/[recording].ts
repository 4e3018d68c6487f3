/** Each story's whole recording, with its ID3 tag in place of its own (src/build/audio-tags). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecordingFiles } from '../../build/audio-tags';

export const getStaticPaths = (async () =>
  [...(await getRecordingFiles())].map(([file, bytes]) => ({ params: { recording: file }, props: { bytes } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ bytes: Uint8Array<ArrayBuffer> }> = ({ props }) =>
  new Response(props.bytes, { headers: { 'Content-Type': 'audio/mpeg' } });
