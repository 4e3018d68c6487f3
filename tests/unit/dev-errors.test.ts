/**
 * `npm run dev` shows an editor's mistake as a Dutch page naming the content
 * file, the line, the field and what to do, with a link that opens the file
 * (src/integrations/dev-errors.ts, lib/content-error-page.ts): Astro's bare
 * error response, answered through the middleware with a fake response.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isContentError, quietContentErrors, rewriteContentErrors } from '../../src/integrations/dev-errors';
import { LAST_CONTENT_ERROR, locate } from '../../src/build/per-build';
import { ContentError, itemField } from '../../src/lib/content-error';
import { contentErrorPage } from '../../src/lib/content-error-page';

const store = globalThis as Record<symbol, unknown>;
afterEach(() => delete store[LAST_CONTENT_ERROR]);

/** A response that records what reaches the browser. */
function fakeResponse() {
  const sent = { status: 0, headers: {} as Record<string, unknown>, body: '' };
  const res = {
    writeHead(status: number, headers: Record<string, unknown> = {}) {
      sent.status = status;
      sent.headers = headers;
      return res;
    },
    write(chunk: string) {
      sent.body += chunk;
      return true;
    },
    end(chunk?: string) {
      if (chunk) sent.body += chunk;
      return res;
    },
  };
  return { res, sent };
}

/** Astro's answer to a page that threw `name` (vite-plugin-astro-server/response.js, writeHtmlResponse). */
function astroAnswers(name: string) {
  const { res, sent } = fakeResponse();
  rewriteContentErrors('/project')({} as IncomingMessage, res as unknown as ServerResponse, () => {});
  const html = `<title>${name}</title><script type="module" src="/@vite/client"></script>`;
  res.writeHead(500, { 'Content-Type': 'text/html', 'Content-Length': html.length });
  res.write(html);
  res.end();
  return sent;
}

describe('the dev server’s page for a content error', () => {
  it('replaces Astro’s English overlay with the Dutch message, the file, the line and a link that opens the file', () => {
    const error = new ContentError('content/stories/buurt-in-bloei.mdx:23', itemField('fragment', 'begin-klein', 0, 'end'), '7:00 ligt niet na start 7:27.');
    expect(() => locate(error)).toThrow(error);
    const sent = astroAnswers('ContentError');
    expect(sent.status).toBe(500);
    expect(sent.body).toContain('<html lang="nl">');
    expect(sent.body).toContain('In <span class="where">content/stories/buurt-in-bloei.mdx, regel 23</span>');
    expect(sent.body).toContain('<strong>content/stories/buurt-in-bloei.mdx:23 → fragment “begin-klein” → veld “end”</strong>: 7:00 ligt niet na start 7:27.');
    expect(sent.body).toContain('href="/__open-in-editor?file=%2Fproject%2Fcontent%2Fstories%2Fbuurt-in-bloei.mdx%3A23"');
    expect(sent.body).not.toMatch(/An error occurred|node_modules|\bsrc\//);
    expect(sent.headers['Content-Length']).toBe(Buffer.byteLength(sent.body));
  });

  it('leaves every other response alone: a bug of ours keeps Astro’s overlay', () => {
    expect(astroAnswers('TypeError').body).toBe('<title>TypeError</title><script type="module" src="/@vite/client"></script>');
    store[LAST_CONTENT_ERROR] = { message: 'x', file: 'content/x.mdx', line: 0 };
    expect(astroAnswers('TypeError').body).toContain('<title>TypeError</title>');
  });

  it('escapes what the editor wrote', () => {
    const page = contentErrorPage({ message: 'content/a.mdx → veld “link”: “<script>”: bestaat niet.', file: 'content/a.mdx', line: 0 }, '/p/content/a.mdx');
    expect(page).toContain('“&lt;script&gt;”');
    expect(page).not.toContain('regel');
  });
});

describe('the HMR socket: content errors never reach Vite’s English overlay, code errors do', () => {
  const root = '/project';
  const sent: unknown[] = [];
  const send = quietContentErrors((payload) => sent.push(payload), root);
  afterEach(() => sent.splice(0));

  it('knows a content error: ours, a file in content/ or audio/, an MDX text that does not compile', () => {
    expect(isContentError({ name: 'ContentError' }, root)).toBe(true);
    expect(isContentError({ name: 'Error', id: '/project/content/chapters/valkuilen.mdx' }, root)).toBe(true);
    expect(isContentError({ name: 'Error', loc: { file: '/project/audio/x.vtt' } }, root)).toBe(true);
    // Sätteri's error points into its own code; its rule names it.
    const mdx = '20:1: Expected a closing tag for <code>&lt;Aside&gt;</code> (20:1) (mdx-jsx:unexpected-character)';
    expect(isContentError({ name: 'Error', message: mdx, loc: { file: '/project/node_modules/satteri/dist/compile.js' } }, root)).toBe(true);
    expect(isContentError({ name: 'TypeError', message: 'x is undefined', loc: { file: '/project/src/components/Story.astro' } }, root)).toBe(false);
  });

  it('drops Astro’s payload for a page answered in Dutch, reloads for a saved file, passes code errors', () => {
    send({ type: 'error', __isEnhancedAstroErrorPayload: true, err: { name: 'ContentError', message: 'content/x.mdx → veld “order”: …' } });
    expect(sent).toEqual([]);
    send({ type: 'error', err: { name: 'Error', id: '/project/content/chapters/valkuilen.mdx', message: 'x' } });
    expect(sent).toEqual([{ type: 'full-reload', path: '*' }]);
    const code = { type: 'error', __isEnhancedAstroErrorPayload: true, err: { name: 'TypeError', message: 'x', loc: { file: '/project/src/pages/index.astro' } } };
    send(code);
    send({ type: 'update', updates: [] });
    expect(sent.slice(1)).toEqual([code, { type: 'update', updates: [] }]);
  });
});
