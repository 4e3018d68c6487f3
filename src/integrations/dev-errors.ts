/**
 * `npm run dev` shows an editor's mistake in the browser in Dutch: when Astro
 * answers a page with its bare error response for a ContentError (a 500 whose
 * HTML is `<title>ContentError</title>` plus Vite's client, which then draws
 * the English overlay), this swaps in the page of lib/content-error-page.ts,
 * built from the error that src/build/per-build.ts left behind. Other errors
 * (bugs of ours) keep Astro's overlay with its stack trace.
 *
 * Astro also sends every error to the browser over Vite's HMR socket, where
 * Vite's client draws its English overlay on top of whatever page is shown:
 * for a content error that would cover the Dutch page. `quietContentErrors`
 * keeps those from the browser: the error of a page we answered in Dutch is
 * dropped, and one from a saved file (an MDX text that no longer compiles)
 * reloads the page instead, which then answers in Dutch. Code errors pass.
 *
 * In the terminal, a content error is printed once, in the wording of every
 * other message (lib/dev-log.ts), not once per request and once more in the
 * glob loader's own words; an MDX text that does not compile, as the Dutch line
 * with its file, not the compiler's English line and stack trace.
 */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import { contentErrorPage, type ShownError } from '../lib/content-error-page';
import { LAST_CONTENT_ERROR } from '../build/per-build';
import { checkMdxSyntax } from '../build/mdx-syntax-check';
import { ContentError } from '../lib/content-error';
import { DevLog } from '../lib/dev-log';

type Next = (error?: unknown) => void;

/**
 * An MDX text that does not compile fails the page before our code runs (Vite
 * compiles it when the page loads its content), as a plain Error: the same
 * syntax check as the middleware's names the file, the line and the tag.
 */
function mdxSyntaxShown(root: string): ShownError | undefined {
  try {
    checkMdxSyntax(root);
  } catch (error) {
    if (error instanceof ContentError) return { message: error.message, file: error.loc.file, line: error.loc.line };
  }
  return undefined;
}

/** The connect middleware: rewrites Astro's bare ContentError response; everything else passes untouched. */
export function rewriteContentErrors(root: string) {
  return (_req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const store = globalThis as Record<symbol, unknown>;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    let held: { status: number; chunks: unknown[] } | undefined;
    let syntax: ShownError | undefined;
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      if (status === 500 && !store[LAST_CONTENT_ERROR]) syntax = mdxSyntaxShown(root);
      if (status === 500 && (store[LAST_CONTENT_ERROR] || syntax)) {
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
      const shown = syntax ?? (store[LAST_CONTENT_ERROR] as ShownError);
      delete store[LAST_CONTENT_ERROR];
      const html = syntax || body.includes('<title>ContentError</title>') ? contentErrorPage(shown, resolve(root, shown.file)) : body;
      writeHead(held.status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) });
      return end(html);
    }) as ServerResponse['end'];
    next();
  };
}

interface ErrorPayload {
  type?: string;
  /** Set on the payloads Astro makes of an error it answered a request with (core/errors/dev/vite.js). */
  __isEnhancedAstroErrorPayload?: boolean;
  err?: { name?: string; id?: string; loc?: { file?: string | undefined } | undefined; message?: string };
}

/** Whether an error payload is an editor's mistake: a ContentError, or an error in a file in content/ or audio/. */
export function isContentError(err: ErrorPayload['err'], root: string): boolean {
  if (!err) return false;
  if (err.name === 'ContentError') return true;
  // An MDX text that does not compile: the compiler's rule in the message, wherever its stack points (Sätteri's compile.js).
  if (/\((?:mdx-[\w-]+|micromark-extension-mdx[\w-]*):[\w-]+\)/.test(err.message ?? '')) return true;
  const inContent = (file: string | undefined) =>
    !!file && ['content', 'audio'].some((folder) => resolve(root, file.replace(/^\/@fs/, '').split('?')[0]!).startsWith(resolve(root, folder) + sep));
  return inContent(err.loc?.file) || inContent(err.id);
}

type Send = (...args: unknown[]) => unknown;

/** Wraps the HMR socket's `send`: content errors never reach Vite's overlay (see above). */
export function quietContentErrors(send: Send, root: string): Send {
  return (...args: unknown[]) => {
    const payload = args[0] as ErrorPayload | undefined;
    if (payload?.type !== 'error' || !isContentError(payload.err, root)) return send(...args);
    // Astro's own payload for a page it answered with 500: that page is the Dutch one already.
    if (payload.__isEnhancedAstroErrorPayload) return undefined;
    // A saved file that no longer compiles, while a page is open: reload it, to the Dutch page.
    return send({ type: 'full-reload', path: '*' });
  };
}

type Write = typeof process.stdout.write;

/**
 * The terminal says a content error once, in the one wording (lib/dev-log.ts): both streams go through one DevLog.
 * An MDX syntax error is looked up in content/ as the Dutch page does, so its own page's request prints the Dutch line.
 */
function quietTerminal(root: string): void {
  // Once per process: the dev server runs the hook again when it restarts.
  const store = globalThis as Record<symbol, unknown>;
  const WRAPPED = Symbol.for('nji.dev-terminal');
  if (store[WRAPPED]) return;
  store[WRAPPED] = true;
  const log = new DevLog(() => mdxSyntaxShown(root));
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'string') return write(chunk, ...rest);
      const out = log.line(chunk);
      if (out === '') {
        // Left out: still call back, as a write would.
        const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
        done?.();
        return true;
      }
      return write(out, ...rest);
    }) as Write;
  }
}

export default function devErrors(): AstroIntegration {
  return {
    name: 'nji-dev-errors',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'dev') quietTerminal(fileURLToPath(config.root));
      },
      'astro:server:setup': ({ server }) => {
        const root = server.config.root;
        // First in the stack, so it wraps the response before Astro's own handler answers.
        server.middlewares.stack.unshift({ route: '', handle: rewriteContentErrors(root) });
        // Outermost around the HMR socket, over Astro's own wrapper (core/module-loader/vite.js), so it sees Vite's
        // errors before Astro turns them into its payload: wrapped on the first request, when Astro has set up its own.
        let wrapped = false;
        server.middlewares.stack.unshift({
          route: '',
          handle: (_req: IncomingMessage, _res: ServerResponse, next: Next) => {
            if (!wrapped) {
              const hot = server.environments.client.hot as unknown as { send: Send };
              hot.send = quietContentErrors(hot.send.bind(hot), root);
              wrapped = true;
            }
            next();
          },
        });
      },
    },
  };
}
