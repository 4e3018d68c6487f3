import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCompressible, parseRange, sendFile } from '../../src/build/serve-file';

it('parses byte ranges as media players send them', () => {
  expect(parseRange(undefined, 100)).toBeNull();
  expect(parseRange('bytes=0-', 100)).toEqual({ start: 0, end: 99 });
  expect(parseRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
  expect(parseRange('bytes=90-200', 100)).toEqual({ start: 90, end: 99 });
  expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
  expect(parseRange('bytes=100-', 100)).toBe('invalid');
  expect(parseRange('bytes=20-10', 100)).toBe('invalid');
  expect(parseRange('bytes=-', 100)).toBe('invalid');
  expect(parseRange('items=0-5', 100)).toBe('invalid');
});

describe('compression, as a host sends it', () => {
  let server: Server;
  let origin = '';
  const dir = mkdtempSync(join(tmpdir(), 'serve-file-'));
  const page = '<!doctype html><title>t</title>' + '<p>Buurt in Bloei</p>'.repeat(200);
  writeFileSync(join(dir, 'page.html'), page);
  writeFileSync(join(dir, 'clip.mp3'), Buffer.alloc(4096, 7));

  beforeAll(async () => {
    server = createServer((req, res) => sendFile(req, res, join(dir, req.url!.slice(1)), { compress: true }));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  const get = (path: string, headers: Record<string, string>) =>
    new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((ok, fail) => {
      request(origin + path, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', fail).end();
    });

  it('gzips text when the browser accepts it, and the text survives', async () => {
    const res = await get('/page.html', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(page.length / 4);
    expect(gunzipSync(res.body).toString()).toBe(page);
  });

  it('sends text as it is to a client that does not ask for gzip', async () => {
    const res = await get('/page.html', {});
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(page);
  });

  it('never compresses audio, so byte ranges keep meaning bytes of the file', async () => {
    const whole = await get('/clip.mp3', { 'accept-encoding': 'gzip' });
    expect(whole.headers['content-encoding']).toBeUndefined();
    expect(whole.body.length).toBe(4096);
    const part = await get('/clip.mp3', { 'accept-encoding': 'gzip', range: 'bytes=10-19' });
    expect(part.headers['content-range']).toBe('bytes 10-19/4096');
    expect(part.body.length).toBe(10);
  });

  it('knows which types a host compresses', () => {
    expect(isCompressible('text/html; charset=utf-8')).toBe(true);
    expect(isCompressible('image/svg+xml')).toBe(true);
    expect(isCompressible('application/json')).toBe(true);
    expect(isCompressible('audio/mpeg')).toBe(false);
    expect(isCompressible('application/wasm')).toBe(false);
    expect(isCompressible('image/png')).toBe(false);
  });
});
