/** The podcast's cover art, 3000×3000 (src/build/podcast-cover). */
import type { APIRoute } from 'astro';
import { getPodcastCover } from '../../build/podcast-cover';

export const GET: APIRoute = async () => new Response(await getPodcastCover(), { headers: { 'Content-Type': 'image/jpeg' } });
