/**
 * A static file server for the built site, as a static host or CDN serves it:
 * directory indexes, the 404 page, content types and HTTP Range requests (the
 * audio player seeks with them). Optionally mounts the site under a base path,
 * and can be told to fail chosen paths, to test how the site copes.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { sendFile } from '../../src/build/serve-file.ts';

export interface StaticServer {
  origin: string;
  /** Every request seen, for tests that count what a page fetched. */
  requests: { path: string; range?: string; bytes: number }[];
  /** Paths (after the base) that answer 404 although the file exists. */
  broken: Set<string>;
  close(): Promise<void>;
}

/** An empty page on the site's origin, whatever the base path, that is not counted in `requests`. */
export const BLANK_PATH = '/__leeg__';

/** A script the server puts first in every page's <head>, served from the site's origin (so the page's CSP allows it). */
export interface HeadScript {
  /** Its path after the base, e.g. "/__watch.js". */
  path: string;
  source: string;
}

/**
 * `compress` gzips text as hosts do (the benchmark uses it, so Lighthouse sees
 * real transfer sizes); the tests leave it off, so byte counts match the files.
 * `headScript` (the three-engine tests, tests/support/engines.ts): a script
 * that runs before anything of the page, where a driver cannot add one.
 */
export async function serveStatic(
  root: string,
  base = '/',
  { compress = false, headScript }: { compress?: boolean; headScript?: HeadScript } = {},
): Promise<StaticServer> {
  const dir = resolve(root);
  const prefix = base.replace(/\/+$/, '');
  const requests: StaticServer['requests'] = [];
  const broken = new Set<string>();

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === BLANK_PATH) {
      // Not one of the site's requests: the page pool's resting page (./page-pool).
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end('<!doctype html><html lang="nl"><title>leeg</title></html>');
      return;
    }
    const record: StaticServer['requests'][number] = { path: url.pathname, bytes: 0 };
    if (req.headers.range) record.range = req.headers.range;
    requests.push(record);
    const write = res.write.bind(res);
    res.write = ((chunk: Buffer | string, ...rest: unknown[]) => {
      record.bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof res.write;

    let path = decodeURIComponent(url.pathname);
    if (prefix) {
      if (path !== prefix && !path.startsWith(`${prefix}/`)) return notFound();
      path = path.slice(prefix.length) || '/';
    }
    if (broken.has(path)) return notFound();
    if (headScript && path === headScript.path) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(headScript.source);
      return;
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound();
    if (headScript && file.endsWith('.html')) return sendPage(file, 200);
    sendFile(req, res, file, { headers: { 'cache-control': 'no-cache' }, compress });

    function sendPage(page: string, status: number): void {
      const tag = `<script src="${prefix}${headScript!.path}"></script>`;
      const text = readFileSync(page, 'utf8');
      // After the charset (which must come early), before everything else.
      const html = /<meta charset="utf-8">/i.test(text) ? text.replace(/<meta charset="utf-8">/i, (m) => m + tag) : text.replace(/<head>/i, (m) => m + tag);
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : html);
    }

    function notFound(): void {
      const page = join(dir, '404.html');
      if (existsSync(page) && headScript) sendPage(page, 404);
      else if (existsSync(page)) sendFile(req, res, page, { status: 404, compress });
      else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not found');
      }
    }
  });

  // Node closes an idle kept-alive connection after 5 s. A client that sends on it at that moment gets
  // ECONNRESET: seen once beside two CPU hogs, in route.fetch() of the sweep without JavaScript
  // (withoutScripts), as a page that never loaded. Idle connections stay open longer than any test waits.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 121_000;
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    broken,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
