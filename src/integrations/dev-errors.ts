/**
 * `npm run dev` shows an editor's mistake in the browser in Dutch: when Astro
 * answers a page with its bare error response for a ContentError (a 500 whose
 * HTML is `<title>ContentError</title>` plus Vite's client, which then draws
 * the English overlay), this swaps in the page of lib/content-error-page.ts,
 * built from the error that src/build/per-build.ts left behind. Other errors
 * (bugs of ours) keep Astro's overlay with its stack trace.
 */
import { resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import { contentErrorPage, type ShownError } from '../lib/content-error-page';
import { LAST_CONTENT_ERROR } from '../build/per-build';

type Next = (error?: unknown) => void;

/** The connect middleware: rewrites Astro's bare ContentError response; everything else passes untouched. */
export function rewriteContentErrors(root: string) {
  return (_req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const store = globalThis as Record<symbol, unknown>;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    let held: { status: number; chunks: unknown[] } | undefined;
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      if (status === 500 && store[LAST_CONTENT_ERROR]) {
        held = { status, chunks: [] };
        return res;
      }
      return writeHead(status, ...rest);
    }) as ServerResponse['writeHead'];
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (!held) return write(chunk, ...rest);
      held.chunks.push(chunk);
      return true;
    }) as ServerResponse['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (!held) return end(chunk, ...rest);
      if (chunk !== undefined && typeof chunk !== 'function') held.chunks.push(chunk);
      const body = held.chunks.map((c) => (typeof c === 'string' ? c : Buffer.from(c as Uint8Array).toString('utf8'))).join('');
      const shown = store[LAST_CONTENT_ERROR] as ShownError;
      delete store[LAST_CONTENT_ERROR];
      const html = body.includes('<title>ContentError</title>') ? contentErrorPage(shown, resolve(root, shown.file)) : body;
      writeHead(held.status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) });
      return end(html);
    }) as ServerResponse['end'];
    next();
  };
}

export default function devErrors(): AstroIntegration {
  return {
    name: 'nji-dev-errors',
    hooks: {
      'astro:server:setup': ({ server }) => {
        // First in the stack, so it wraps the response before Astro's own handler answers.
        server.middlewares.stack.unshift({ route: '', handle: rewriteContentErrors(server.config.root) });
      },
    },
  };
}
