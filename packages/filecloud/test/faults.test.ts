import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AuthError, ProtocolError, QuotaError, TransportError } from '@fileclients/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileCloudClient } from '../src/index.js';
import { sample } from './fixtures.js';

let server: Server | undefined;
afterEach(async () => {
  const s = server;
  server = undefined;
  if (s) {
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
});

/** A one-off server on 127.0.0.1:0 whose behaviour is the test's. */
async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const s = createServer(handler);
  server = s;
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

describe('faults', () => {
  it('maps HTTP 5xx to TransportError and 401 to AuthError', async () => {
    const statuses = [503, 401];
    const url = await serve((_req, res) => {
      res.writeHead(statuses.shift() ?? 500, { 'content-type': 'text/plain' }).end('busy');
    });
    // Without retries, so the 503 is seen (with them, the 401 after it would be).
    const client = createFileCloudClient({ baseUrl: url, retry: false });
    const first = await client.list('/alice').catch((e: unknown) => e);
    expect(first).toBeInstanceOf(TransportError);
    expect((first as TransportError).status).toBe(503);
    await expect(client.list('/alice')).rejects.toBeInstanceOf(AuthError);
  });

  it('maps HTTP 413 on an upload slice to QuotaError', async () => {
    const url = await serve((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(413, { 'content-type': 'text/plain' }).end('too large'));
    });
    await expect(createFileCloudClient({ baseUrl: url }).upload('/alice/a.bin', 'x')).rejects.toBeInstanceOf(
      QuotaError,
    );
  });

  it('gives a typed error, not a hang, when the connection closes mid-answer', async () => {
    const xml = sample('getfilelist.xml');
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml', 'content-length': String(xml.length) });
      res.write(xml.slice(0, 200));
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const error = await createFileCloudClient({ baseUrl: url })
      .list('/alice')
      .catch((e: unknown) => e);
    // Closed in order before its Content-Length: a truncated answer, as for every provider (core's readText).
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error).toMatchObject({ code: 'TRUNCATED', operation: 'getfilelist' });
  });

  it('fails a download whose connection resets mid-body, without a silent short file', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '1000' });
      res.write(Buffer.alloc(300, 1));
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const stream = await createFileCloudClient({ baseUrl: url }).download('/alice/a.bin');
    await expect(new Response(stream).arrayBuffer()).rejects.toBeInstanceOf(TransportError);
  });

  it('refuses a non-XML answer to a command', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    await expect(createFileCloudClient({ baseUrl: url }).list('/alice')).rejects.toBeInstanceOf(ProtocolError);
  });
});

describe('abort', () => {
  it('turns an aborted upload and download into AbortError', async () => {
    const { AbortError } = await import('@fileclients/core');
    const url = await serve((req, res) => {
      req.resume();
      // never answers: only the abort ends the call
      req.on('end', () => undefined);
      res.on('close', () => undefined);
    });
    const client = createFileCloudClient({ baseUrl: url });
    const done = new AbortController();
    done.abort();
    await expect(client.upload('/alice/a.txt', 'x', { signal: done.signal })).rejects.toBeInstanceOf(AbortError);
    const later = new AbortController();
    const pending = client.download('/alice/a.txt', { signal: later.signal });
    setTimeout(() => later.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });
});
