/**
 * A static file server for the built site, as a static host or CDN serves it:
 * directory indexes, the 404 page, correct types and HTTP Range requests (the
 * audio player seeks with them). Optionally mounts the site under a base path.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.mp3': 'audio/mpeg',
  '.vtt': 'text/vtt; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  origin: string;
  /** Every request path seen, for tests that count what a page fetched. */
  requests: { path: string; range?: string }[];
  close(): Promise<void>;
}

export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const dir = resolve(root);
  const prefix = base.replace(/\/+$/, '');
  const requests: StaticServer['requests'] = [];

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const range = req.headers.range;
    requests.push(range ? { path: url.pathname, range } : { path: url.pathname });
    let path = decodeURIComponent(url.pathname);
    if (prefix) {
      if (path !== prefix && !path.startsWith(`${prefix}/`)) return notFound();
      path = path.slice(prefix.length) || '/';
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
    return send(file, 200);

    function notFound(): void {
      const page = join(dir, '404.html');
      if (existsSync(page)) return send(page, 404);
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }

    function send(f: string, status: number): void {
      const size = statSync(f).size;
      const headers: Record<string, string | number> = {
        'content-type': TYPES[extname(f)] ?? 'application/octet-stream',
        'accept-ranges': 'bytes',
        'cache-control': 'no-cache',
      };
      const match = status === 200 && range ? /^bytes=(\d*)-(\d*)$/.exec(range) : null;
      if (match) {
        let start = match[1] ? Number(match[1]) : size - Number(match[2]);
        let end = match[1] && match[2] ? Number(match[2]) : size - 1;
        if (!match[1] && !match[2]) [start, end] = [0, size - 1];
        end = Math.min(end, size - 1);
        if (start > end || start >= size) {
          res.writeHead(416, { 'content-range': `bytes */${size}` });
          res.end();
          return;
        }
        res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
        if (req.method === 'HEAD') res.end();
        else createReadStream(f, { start, end }).pipe(res);
        return;
      }
      res.writeHead(status, { ...headers, 'content-length': size });
      if (req.method === 'HEAD') res.end();
      else createReadStream(f).pipe(res);
    }
  });

  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
