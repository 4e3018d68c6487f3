/**
 * Sends one file over HTTP as a static host does: content type, length, and
 * byte ranges (media players seek with `Range` requests), and on request gzip
 * for text, as hosts and CDNs send it. Used by the dev server's audio route,
 * the tests' static server and the benchmark.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CONTENT_TYPES: Record<string, string> = {
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
  '.woff2': 'font/woff2',
};

/** Parses a `Range: bytes=a-b` header against a file size; null when absent or unsatisfiable. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'invalid' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (!match[1] && !match[2])) return 'invalid';
  let start: number;
  let end: number;
  if (!match[1]) {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  }
  if (start > end || start >= size) return 'invalid';
  return { start, end };
}

/** Types a host compresses: text, and SVG, JSON and XML. Audio, images and fonts are compressed already. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|image\/svg\+xml|application\/(json|xml))/.test(contentType);
}

export function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  {
    status = 200,
    headers = {},
    compress = false,
  }: { status?: number; headers?: Record<string, string>; compress?: boolean } = {},
): void {
  const size = statSync(file).size;
  const base = {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'accept-ranges': 'bytes',
    ...headers,
  };
  const range = status === 200 ? parseRange(req.headers.range, size) : null;
  if (range === 'invalid') {
    res.writeHead(416, { 'content-range': `bytes */${size}` });
    res.end();
    return;
  }
  if (range) {
    res.writeHead(206, {
      ...base,
      'content-range': `bytes ${range.start}-${range.end}/${size}`,
      'content-length': String(range.end - range.start + 1),
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file, range).pipe(res);
    return;
  }
  if (compress && isCompressible(base['content-type']) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    const body = gzipSync(readFileSync(file));
    res.writeHead(status, { ...base, 'content-encoding': 'gzip', vary: 'Accept-Encoding', 'content-length': String(body.length) });
    if (req.method !== 'HEAD') res.write(body);
    res.end();
    return;
  }
  res.writeHead(status, { ...base, 'content-length': String(size) });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}
