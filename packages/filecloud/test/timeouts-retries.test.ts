import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ProtocolError, RateLimitError, TimeoutError, TransportError } from '@fileclients/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileCloudAdminClient, createFileCloudClient } from '../src/index.js';
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

interface Seen {
  readonly path: string;
}

/** A one-off server on 127.0.0.1:0; `handler` gets the request number (0-based) and the body already read. */
async function serve(
  handler: (index: number, req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const s = createServer((req, res) => {
    const index = seen.length;
    seen.push({ path: new URL(req.url ?? '/', 'http://x').pathname });
    req.resume();
    req.on('end', () => handler(index, req, res));
  });
  server = s;
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, seen };
}

const LIST = sample('getfilelist.xml');
const OK_COMMAND = '<commands><command><type>x</type><result>1</result><message></message></command></commands>';

function xml(res: ServerResponse, body: string): void {
  res.writeHead(200, { 'content-type': 'text/xml', 'content-length': String(Buffer.byteLength(body)) }).end(body);
}

/** Headers and half the answer, then silence: the socket stays open until the client gives up. */
function stall(res: ServerResponse, body: string): void {
  res.writeHead(200, { 'content-type': 'text/xml', 'content-length': String(Buffer.byteLength(body)) });
  res.write(body.slice(0, Math.floor(body.length / 2)));
}

// Tiny backoff so retries are quick; no assertion depends on timing.
const FAST = { baseDelayMs: 1, maxDelayMs: 5 };

describe('timeouts', () => {
  it('fails a listing whose answer stalls mid-body with TimeoutError (idle timeout)', async () => {
    const { url, seen } = await serve((_i, _req, res) => stall(res, LIST));
    const error = await createFileCloudClient({ baseUrl: url, idleTimeoutMs: 150, retry: FAST })
      .list('/alice')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).operation).toBe('getfilelist');
    // A stall is not repeated: the server may still be working on it.
    expect(seen).toHaveLength(1);
  });

  it('fails a stalled answer with TimeoutError from the overall timeout when the idle timeout is off', async () => {
    const { url } = await serve((_i, _req, res) => stall(res, LIST));
    await expect(
      createFileCloudClient({ baseUrl: url, idleTimeoutMs: 0, timeoutMs: 200 }).list('/alice'),
    ).rejects.toBeInstanceOf(TimeoutError);
  });

  it('covers a mutation and an admin call too', async () => {
    const { url } = await serve((_i, _req, res) => stall(res, OK_COMMAND));
    await expect(
      createFileCloudClient({ baseUrl: url, idleTimeoutMs: 150 }).createFolder('/alice', 'x'),
    ).rejects.toBeInstanceOf(TimeoutError);
    await expect(createFileCloudAdminClient({ baseUrl: url, idleTimeoutMs: 150 }).searchUsers()).rejects.toBeInstanceOf(
      TimeoutError,
    );
  });

  it('fails a download whose body stalls with TimeoutError', async () => {
    const { url } = await serve((_i, _req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '1000' });
      res.write(Buffer.alloc(300, 7));
    });
    const stream = await createFileCloudClient({ baseUrl: url, idleTimeoutMs: 150 }).download('/alice/a.bin');
    await expect(new Response(stream).arrayBuffer()).rejects.toBeInstanceOf(TimeoutError);
  });
});

describe('retries', () => {
  it('retries a read after HTTP 429, honouring Retry-After, then succeeds', async () => {
    const { url, seen } = await serve((i, _req, res) => {
      if (i === 0) res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' }).end('slow down');
      else xml(res, LIST);
    });
    const lines: string[] = [];
    const page = await createFileCloudClient({ baseUrl: url, retry: FAST, logger: (l) => lines.push(l) }).list(
      '/alice',
    );
    expect(page.entries.length).toBeGreaterThan(0);
    expect(seen.map((s) => s.path)).toEqual(['/core/getfilelist', '/core/getfilelist']);
    // The wait came from Retry-After (1 s), not from the 1-5 ms backoff.
    expect(lines.some((l) => /retry 1\/3 of getfilelist in 1000 ms after HTTP 429/.test(l))).toBe(true);
  });

  it('gives RateLimitError with retryAfterMs when the retries run out', async () => {
    const { url, seen } = await serve((_i, _req, res) => {
      res.writeHead(429, { 'retry-after': '0', 'content-type': 'text/plain' }).end('slow down');
    });
    const error = await createFileCloudClient({ baseUrl: url, retry: { ...FAST, retries: 2 } })
      .stat('/alice/a.txt')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(0);
    expect((error as RateLimitError).status).toBe(429);
    expect(seen).toHaveLength(3);
  });

  it('gives RateLimitError at once, with retryAfterMs, when retries are disabled', async () => {
    const { url, seen } = await serve((_i, _req, res) => {
      res.writeHead(429, { 'retry-after': '7', 'content-type': 'text/plain' }).end('slow down');
    });
    const error = await createFileCloudClient({ baseUrl: url, retry: false })
      .list('/alice')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(7000);
    expect(seen).toHaveLength(1);
  });

  it('retries a read after a 503, a reset before the answer and a reset mid-answer', async () => {
    const { url, seen } = await serve((i, req, res) => {
      if (i === 0) res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
      else if (i === 1) req.socket.destroy();
      else if (i === 2) {
        stall(res, LIST);
        setTimeout(() => res.socket?.destroy(), 10);
      } else xml(res, LIST);
    });
    const page = await createFileCloudClient({ baseUrl: url, retry: FAST }).list('/alice');
    expect(page.entries.length).toBeGreaterThan(0);
    // Three failures, three retries: the budget is shared between core's retries and the broken-answer ones.
    expect(seen).toHaveLength(4);
  });

  it('retries a download GET after a 502', async () => {
    const { url, seen } = await serve((i, _req, res) => {
      if (i === 0) res.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway');
      else res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '3' }).end('abc');
    });
    const stream = await createFileCloudClient({ baseUrl: url, retry: FAST }).download('/alice/a.bin');
    expect(await new Response(stream).text()).toBe('abc');
    expect(seen).toHaveLength(2);
  });

  it('never retries a mutation: 503, 429, a reset and a broken answer are each sent once', async () => {
    const faults: ((req: IncomingMessage, res: ServerResponse) => void)[] = [
      (_req, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('busy'),
      (_req, res) => res.writeHead(429, { 'retry-after': '0', 'content-type': 'text/plain' }).end('slow'),
      (req) => req.socket.destroy(),
      (_req, res) => {
        stall(res, OK_COMMAND);
        setTimeout(() => res.socket?.destroy(), 10);
      },
    ];
    let current = faults[0];
    const { url, seen } = await serve((_i, req, res) => current?.(req, res));
    const client = createFileCloudClient({ baseUrl: url, retry: FAST });
    const mutations = [
      () => client.createFolder('/alice', 'docs'),
      () => client.rename('/alice/a.txt', 'b.txt'),
      () => client.delete('/alice/a.txt'),
      () => client.copy('/alice/a.txt', '/alice/docs'),
      () => client.move('/alice/a.txt', '/alice/docs/a.txt'),
      () => client.upload('/alice/a.txt', 'hello'),
      () => client.quickShare('/alice/a.txt'),
    ];
    for (const fault of faults) {
      current = fault;
      for (const mutation of mutations) {
        const before = seen.length;
        const error = await mutation().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(Error);
        const truncated = error instanceof ProtocolError && error.code === 'TRUNCATED';
        expect(error instanceof RateLimitError || error instanceof TransportError || truncated).toBe(true);
        expect(seen.length - before).toBe(1);
      }
    }
    const admin = createFileCloudAdminClient({ baseUrl: url, retry: FAST });
    current = faults[0];
    const before = seen.length;
    await expect(admin.deleteUser('dave')).rejects.toBeInstanceOf(TransportError);
    expect(seen.length - before).toBe(1);
  });
});
