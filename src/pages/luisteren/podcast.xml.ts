/** The podcast feed of the fragments (src/build/podcast), linked from /luisteren/. */
import type { APIRoute } from 'astro';
import { podcastFeed } from '../../build/podcast';

export const GET: APIRoute = async ({ site }) =>
  new Response(await podcastFeed(site), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
