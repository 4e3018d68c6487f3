/**
 * The favicon, drawn from the one drawing of the arches and the one table of
 * colours (lib/arches `faviconSvg`, lib/colours): prerendered into dist/ as
 * favicon.svg, a static file like any other, the same bytes for the same table.
 */
import type { APIRoute } from 'astro';
import { faviconSvg } from '../lib/arches';

export const GET: APIRoute = () => new Response(faviconSvg(), { headers: { 'content-type': 'image/svg+xml' } });
