import { afterEach, describe, expect, it } from 'vitest';
import {
  AbortError,
  backoffDelay,
  createHttpClient,
  type FetchLike,
  isTransportError,
  ProtocolError,
  parseRetryAfter,
  resolveRetryPolicy,
  TimeoutError,
  TransportError,
} from '../src/index.js';
import { createNodeHttpFetch } from '../src/node/index.js';
import { uploadBody } from '../src/upload/index.js';
import { readRequest, rejectionOf, startServer, type TestServer } from './helpers.js';

const ctx = { provider: 'filecloud', operation: 'getfilelist' } as const;
const fast = { baseDelayMs: 1, maxDelayMs: 2 };

/** A scripted fetch: answers in order and records what it was sent. */
function scripted(...answers: Array<() => Response | Promise<Response>>) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetch: FetchLike = async (input, init) => {
    calls.push({ url: String(input instanceof Request ? input.url : input), init });
    const answer = answers[calls.length - 1];
    if (answer === undefined) throw new Error('unexpected extra call');
    return answer();
  };
  return { fetch, calls };
}

describe('the init fetch gets', () => {
  it("passes the caller's other RequestInit fields on to fetch, and none of core's own", async () => {
    const { fetch, calls } = scripted(() => new Response('ok'));
    const client = createHttpClient({ provider: 'filecloud', fetch });
    await client.request(ctx, 'http://example.test/a', {
      method: 'POST',
      body: 'x=1',
      cache: 'no-store',
      credentials: 'omit',
      keepalive: true,
      referrerPolicy: 'no-referrer',
      timeoutMs: 5_000,
      idleTimeoutMs: 1_000,
      retry: false,
      maxRedirects: 2,
      session: false,
    });
    const init = calls[0]?.init as Record<string, unknown>;
    expect(init).toMatchObject({
      method: 'POST',
      body: 'x=1',
      cache: 'no-store',
      credentials: 'omit',
      keepalive: true,
      referrerPolicy: 'no-referrer',
      redirect: 'manual',
    });
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(init.headers).toBeInstanceOf(Headers);
    for (const own of ['timeoutMs', 'idleTimeoutMs', 'retry', 'maxRedirects', 'session'])
      expect(init).not.toHaveProperty(own);
  });
});

describe('request headers', () => {
  it("sends the client's default headers, and the call's own win over them", async () => {
    const { fetch, calls } = scripted(() => new Response('ok'));
    const client = createHttpClient({
      provider: 'filecloud',
      fetch,
      headers: { 'x-requested-with': 'XMLHttpRequest', accept: 'application/xml' },
    });
    await client.request(ctx, 'https://h/list', { headers: { Accept: 'text/plain', 'x-extra': '1' } });
    const sent = new Headers(calls[0]?.init?.headers);
    expect(sent.get('x-requested-with')).toBe('XMLHttpRequest');
    expect(sent.get('accept')).toBe('text/plain');
    expect(sent.get('x-extra')).toBe('1');
  });
});

describe('idle timeout', () => {
  it('restarts on every chunk: a slow but steady upload longer than the idle timeout completes', async () => {
    let received = 0;
    const fetch: FetchLike = async (_input, init) => {
      // Reads the request body as a transport would: each chunk pulled counts as progress.
      const body = init?.body;
      if (!(body instanceof ReadableStream)) throw new Error('expected a streamed body');
      const reader = body.getReader();
      for (let next = await reader.read(); !next.done; next = await reader.read()) received += next.value.byteLength;
      return new Response('stored');
    };
    async function* trickle(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < 6; i++) {
        await new Promise((resolve) => setTimeout(resolve, 40));
        yield new Uint8Array(10);
      }
    }
    const client = createHttpClient({ provider: 'filecloud', fetch, idleTimeoutMs: 150, retry: false });
    const response = await client.request(ctx, 'https://h/upload', {
      method: 'POST',
      body: uploadBody({ source: trickle() }),
    });
    expect(await response.text()).toBe('stored');
    expect(received).toBe(60);
  });
});

describe('retry policy', () => {
  it('parses Retry-After as seconds and as an HTTP-date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('uses full jitter under an exponential ceiling', () => {
    const policy = resolveRetryPolicy({ baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.999 }, () => false);
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(policy, n))).toEqual([99, 199, 399, 799, 999, 999]);
    const zero = resolveRetryPolicy({ random: () => 0 }, () => false);
    expect(backoffDelay(zero, 3)).toBe(0);
    expect(resolveRetryPolicy(false, () => true).retries).toBe(0);
  });

  it('retries an idempotent request on 503 and honours Retry-After', async () => {
    const { fetch, calls } = scripted(
      () => new Response('busy', { status: 503, headers: { 'retry-after': '0' } }),
      () => new Response('busy', { status: 429 }),
      () => new Response('ok'),
    );
    const client = createHttpClient({ provider: 'filecloud', fetch, retry: fast });
    const response = await client.request(ctx, 'https://h/list');
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(3);
  });

  it('does not wait for a Retry-After beyond the cap: returns the 429', async () => {
    const { fetch, calls } = scripted(() => new Response('', { status: 429, headers: { 'retry-after': '3600' } }));
    const client = createHttpClient({ provider: 'filecloud', fetch, retry: { ...fast, maxRetryAfterMs: 1000 } });
    expect((await client.request(ctx, 'https://h/list')).status).toBe(429);
    expect(calls).toHaveLength(1);
  });

  it('does not retry a POST unless the caller marks it safe', async () => {
    const failing = () => new Response('', { status: 502 });
    const once = scripted(failing, failing);
    const client = createHttpClient({ provider: 'filecloud', fetch: once.fetch, retry: fast });
    expect((await client.request(ctx, 'https://h/x', { method: 'POST', body: 'a=1' })).status).toBe(502);
    expect(once.calls).toHaveLength(1);

    const marked = scripted(failing, () => new Response('ok'));
    const safe = createHttpClient({ provider: 'filecloud', fetch: marked.fetch, retry: fast });
    const response = await safe.request({ ...ctx, idempotent: true }, 'https://h/x', { method: 'POST', body: 'a=1' });
    expect(response.status).toBe(200);
    expect(marked.calls.map((c) => c.init?.body)).toEqual(['a=1', 'a=1']);
  });

  it('a backoff wait longer than the idle timeout is not taken for a stall', async () => {
    const { fetch, calls } = scripted(
      () => new Response('', { status: 503 }),
      () => new Response('ok'),
    );
    const client = createHttpClient({
      provider: 'filecloud',
      fetch,
      idleTimeoutMs: 30,
      retry: { baseDelayMs: 120, maxDelayMs: 120, random: () => 0.99 },
    });
    expect((await client.request(ctx, 'https://h/list')).status).toBe(200);
    expect(calls).toHaveLength(2);
  });

  it('can be disabled', async () => {
    const { fetch, calls } = scripted(() => new Response('', { status: 503 }));
    const client = createHttpClient({ provider: 'filecloud', fetch, retry: false });
    expect((await client.request(ctx, 'https://h/list')).status).toBe(503);
    expect(calls).toHaveLength(1);
  });

  it('retries network failures as TransportError and gives up with one', async () => {
    const reset = () =>
      Promise.reject(
        new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) }),
      );
    const { fetch, calls } = scripted(reset, reset, reset);
    const client = createHttpClient({ provider: 'filecloud', fetch, retry: { ...fast, retries: 2 } });
    const error = await rejectionOf(client.request(ctx, 'https://h/list'));
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).message).toContain('ECONNRESET');
    expect(calls).toHaveLength(3);
  });

  it('refuses to retry a streamed upload without a body factory, with a clear error', async () => {
    const { fetch, calls } = scripted(
      () => new Response('', { status: 503 }),
      () => new Response('ok'),
    );
    const client = createHttpClient({ provider: 'filecloud', fetch, retry: fast });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([1, 2, 3]));
        controller.close();
      },
    });
    const error = await rejectionOf(
      client.request({ ...ctx, operation: 'upload', idempotent: true }, 'https://h/up', {
        method: 'PUT',
        body: uploadBody({ source: stream, size: 3 }),
      }),
    );
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).code).toBe('BODY_NOT_REPLAYABLE');
    expect((error as TransportError).message).toMatch(/one-shot stream.*source factory/);
    expect(calls).toHaveLength(1);

    // A raw stream body (not wrapped in uploadBody) is refused the same way.
    const raw = scripted(() => new Response('', { status: 503 }));
    const rawClient = createHttpClient({ provider: 'filecloud', fetch: raw.fetch, retry: fast });
    const rawError = await rejectionOf(
      rawClient.request(ctx, 'https://h/up', { method: 'PUT', body: new Blob(['abc']).stream() }),
    );
    expect((rawError as TransportError).code).toBe('BODY_NOT_REPLAYABLE');
  });

  it('retries a streamed upload that has a body factory, with a fresh stream each time', async () => {
    const server = await startServer(async (req, res) => {
      const body = await readRequest(req);
      hits.push(body.toString());
      res.statusCode = hits.length === 1 ? 503 : 200;
      res.end();
    });
    const hits: string[] = [];
    try {
      const client = createHttpClient({ provider: 'filecloud', retry: fast });
      let opened = 0;
      const response = await client.request({ ...ctx, idempotent: true }, `${server.url}/up`, {
        method: 'PUT',
        body: uploadBody({
          source: () => {
            opened++;
            return new Blob(['hello ', 'world']).stream();
          },
          size: 11,
        }),
      });
      expect(response.status).toBe(200);
      expect(opened).toBe(2);
      expect(hits).toEqual(['hello world', 'hello world']);
    } finally {
      await server.close();
    }
  });
});

describe('timeouts, aborts and network errors', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  // A server that accepts and never answers: only our deadline can end the call.
  const silent = () => startServer(() => new Promise<void>(() => undefined));

  for (const [name, fetchImpl] of [
    ['global fetch', undefined],
    ['node:http transport', createNodeHttpFetch()],
  ] as const) {
    describe(name, () => {
      it('an overall timeout gives TimeoutError promptly', async () => {
        server = await silent();
        const client = createHttpClient({ provider: 'filecloud', ...(fetchImpl ? { fetch: fetchImpl } : {}) });
        const started = Date.now();
        const error = await rejectionOf(client.request(ctx, `${server.url}/slow`, { timeoutMs: 100 }));
        expect(error).toBeInstanceOf(TimeoutError);
        expect((error as TimeoutError).message).toContain('filecloud getfilelist: timed out after 100 ms');
        expect(Date.now() - started).toBeLessThan(5000);
      });

      it('an idle timeout while waiting for headers gives TimeoutError', async () => {
        server = await silent();
        const client = createHttpClient({
          provider: 'filecloud',
          idleTimeoutMs: 100,
          ...(fetchImpl ? { fetch: fetchImpl } : {}),
        });
        const error = await rejectionOf(client.request(ctx, `${server.url}/slow`));
        expect(error).toBeInstanceOf(TimeoutError);
        expect((error as TimeoutError).message).toContain('no progress');
      });

      it("the caller's AbortSignal gives AbortError promptly, also during a retry wait", async () => {
        server = await silent();
        const client = createHttpClient({ provider: 'filecloud', ...(fetchImpl ? { fetch: fetchImpl } : {}) });
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 50);
        const error = await rejectionOf(client.request(ctx, `${server.url}/slow`, { signal: controller.signal }));
        expect(error).toBeInstanceOf(AbortError);

        const { fetch } = scripted(() => new Response('', { status: 503, headers: { 'retry-after': '30' } }));
        const waiting = createHttpClient({ provider: 'filecloud', fetch });
        const second = new AbortController();
        setTimeout(() => second.abort(), 50);
        const started = Date.now();
        expect(await rejectionOf(waiting.request(ctx, 'https://h/x', { signal: second.signal }))).toBeInstanceOf(
          AbortError,
        );
        expect(Date.now() - started).toBeLessThan(5000);
      });

      it('an abort during a streamed upload gives AbortError and stops reading the source', async () => {
        server = await startServer(async (req, res) => {
          await readRequest(req);
          res.end();
        });
        const client = createHttpClient({ provider: 'filecloud', ...(fetchImpl ? { fetch: fetchImpl } : {}) });
        let pulled = 0;
        const endless = (async function* () {
          for (;;) {
            pulled++;
            await new Promise((resolve) => setTimeout(resolve, 5));
            yield new Uint8Array(1024);
          }
        })();
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 100);
        const error = await rejectionOf(
          client.request({ ...ctx, operation: 'upload' }, `${server.url}/up`, {
            method: 'POST',
            body: uploadBody({ source: endless }),
            signal: controller.signal,
          }),
        );
        expect(error).toBeInstanceOf(AbortError);
        const after = pulled;
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(pulled - after).toBeLessThanOrEqual(1);
      });

      it('an already-aborted signal fails without sending', async () => {
        const { fetch, calls } = scripted();
        const client = createHttpClient({ provider: 'filecloud', fetch });
        const error = await rejectionOf(client.request(ctx, 'https://h/x', { signal: AbortSignal.abort() }));
        expect(error).toBeInstanceOf(AbortError);
        expect(calls.length).toBeLessThanOrEqual(1);
      });

      it('a refused connection is a TransportError', async () => {
        const closed = await startServer(() => undefined);
        const url = closed.url;
        await closed.close();
        const client = createHttpClient({
          provider: 'filecloud',
          retry: false,
          ...(fetchImpl ? { fetch: fetchImpl } : {}),
        });
        const error = await rejectionOf(client.request(ctx, `${url}/x`));
        expect(isTransportError(error)).toBe(true);
        expect((error as TransportError).message).toContain('ECONNREFUSED');
      });
    });
  }

  it('a redirect answered to a streamed upload is a ProtocolError, not a buffered replay', async () => {
    server = await startServer(async (req, res) => {
      await readRequest(req);
      res.writeHead(307, { location: '/elsewhere' });
      res.end();
    });
    const client = createHttpClient({ provider: 'filecloud', retry: false });
    const error = await rejectionOf(
      client.request(ctx, `${server.url}/up`, {
        method: 'PUT',
        body: uploadBody({ source: new Blob(['x'.repeat(1000)]).stream(), size: 1000 }),
      }),
    );
    expect(error).toBeInstanceOf(ProtocolError);
  });

  // redirect: 'error' is for APIs that never redirect: the 3xx ends the call at once, typed, and is not retried even
  // for a read (a retry would meet the same redirect).
  for (const [name, fetchImpl] of [
    ['global fetch', undefined],
    ['node:http transport', createNodeHttpFetch()],
  ] as const) {
    it(`redirect 'error': a 3xx is a ProtocolError, not followed and not retried (${name})`, async () => {
      let hits = 0;
      server = await startServer(async (req, res) => {
        hits++;
        await readRequest(req);
        res.writeHead(302, { location: '/login' });
        res.end();
      });
      const client = createHttpClient({
        provider: 'filecloud',
        retry: fast,
        ...(fetchImpl ? { fetch: fetchImpl } : {}),
      });
      const error = await rejectionOf(
        client.request({ ...ctx, idempotent: true }, `${server.url}/api`, {
          method: 'POST',
          body: 'a=1',
          redirect: 'error',
        }),
      );
      expect(error).toBeInstanceOf(ProtocolError);
      expect((error as ProtocolError).message).toContain('redirect');
      expect(hits).toBe(1);
    });
  }

  it("redirect 'error': a fetch of the caller's that returns the 3xx anyway meets the same error, with the status", async () => {
    const fetch: FetchLike = async () => new Response(null, { status: 307, headers: { location: '/x' } });
    const client = createHttpClient({ provider: 'filecloud', fetch, retry: fast });
    const error = await rejectionOf(
      client.request({ ...ctx, idempotent: true }, 'http://api.test/a', { method: 'GET', redirect: 'error' }),
    );
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as ProtocolError).status).toBe(307);
  });
});
