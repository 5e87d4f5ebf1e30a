import { afterEach, describe, expect, it } from 'vitest';
import {
  type Answer,
  AuthError,
  createCaller,
  isAuthError,
  type Operation,
  type Protocol,
  ProtocolError,
  RateLimitError,
  Session,
  TransportError,
} from '../src/index.js';
import { readRequest, rejectionOf, startServer, type TestServer } from './helpers.js';

const FAST = { baseDelayMs: 1, maxDelayMs: 2 };
const protocol: Protocol = { provider: 'filecloud' };
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const text = (answer: Answer) => answer.text;
function op(url: string, extra: Partial<Operation<string>> = {}): Operation<string> {
  return { name: 'getfilelist', safe: true, url, body: 'a=1', decode: text, ...extra };
}

describe('createCaller: the one call pipeline', () => {
  it('retries a safe call after a 503 and a reset, and returns the decoded answer', async () => {
    let hits = 0;
    server = await startServer((req, res) => {
      hits += 1;
      if (hits === 1) res.writeHead(503).end('busy');
      else if (hits === 2) req.socket.destroy();
      else res.end('listing');
    });
    const caller = createCaller({ protocol, retry: FAST });
    expect(await caller.call(op(server.url))).toBe('listing');
    expect(hits).toBe(3);
  });

  it('shares one retry budget between core retries and answers that broke off', async () => {
    let hits = 0;
    server = await startServer((_req, res) => {
      hits += 1;
      if (hits === 1) res.writeHead(503).end('busy');
      else if (hits === 2) {
        // An answer cut short of its Content-Length: TRUNCATED, a read may be asked again.
        res.writeHead(200, { 'content-length': '100' });
        res.write('half');
        setTimeout(() => res.socket?.end(), 5);
      } else res.end('whole');
    });
    const caller = createCaller({ protocol, retry: { ...FAST, retries: 2 } });
    expect(await caller.call(op(server.url))).toBe('whole');
    expect(hits).toBe(3);
    hits = 0;
    const none = createCaller({ protocol, retry: { ...FAST, retries: 1 } });
    const error = await rejectionOf(none.call(op(server.url)));
    expect(error).toMatchObject({
      kind: 'protocol',
      code: 'TRUNCATED',
      provider: 'filecloud',
      operation: 'getfilelist',
    });
    expect(hits).toBe(2);
  });

  it('sends an unsafe call exactly once, whatever fails', async () => {
    let hits = 0;
    server = await startServer((req, res) => {
      hits += 1;
      if (hits === 1) res.writeHead(503).end('busy');
      else req.socket.destroy();
    });
    const caller = createCaller({ protocol, retry: FAST });
    const first = await rejectionOf(caller.call(op(server.url, { name: 'createfolder', safe: false })));
    expect(first).toMatchObject({ kind: 'transport', status: 503, operation: 'createfolder' });
    const second = await rejectionOf(caller.call(op(server.url, { name: 'createfolder', safe: false })));
    expect(second).toBeInstanceOf(TransportError);
    expect(hits).toBe(2);
  });

  it('maps a status it does not read to core error with Retry-After, and leaves the body unread', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(429, { 'retry-after': '7' }).end('slow down');
    });
    const caller = createCaller({ protocol, retry: false });
    const error = await rejectionOf(caller.call(op(server.url)));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 7000, status: 429, operation: 'getfilelist' });
  });

  it('hands a status the protocol reads to decode (a SOAP Fault with 500), without retrying it', async () => {
    let hits = 0;
    server = await startServer((_req, res) => {
      hits += 1;
      res.writeHead(500, { 'content-type': 'text/xml' }).end('<Fault/>');
    });
    const soap: Protocol = {
      provider: 'boxnet',
      readsStatus: (r) => r.status === 500,
      retryOn: (r) => r.status !== 500,
    };
    const caller = createCaller({ protocol: soap, retry: FAST });
    const seen = await caller.call(op(server.url, { decode: (a) => `${a.status} ${a.text}` }));
    expect(seen).toBe('500 <Fault/>');
    expect(hits).toBe(1);
  });

  it('turns a decode that throws something else into a ProtocolError naming provider and operation', async () => {
    server = await startServer((_req, res) => {
      res.end('{not json');
    });
    const caller = createCaller({ protocol });
    const error = await rejectionOf(caller.call({ ...op(server.url), decode: (a) => JSON.parse(a.text) as string }));
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error).toMatchObject({ provider: 'filecloud', operation: 'getfilelist' });
    expect(String((error as Error).message)).toMatch(/^filecloud getfilelist: the answer could not be read: /);
  });

  it('refuses an answer over the size limit and, when asked, one that is not UTF-8', async () => {
    server = await startServer((req, res) => {
      if (req.url === '/big') res.end('x'.repeat(5000));
      else res.end(Buffer.from([0x3c, 0xff, 0x3e]));
    });
    const small = createCaller({ protocol: { ...protocol, maxAnswerBytes: 1000 } });
    expect(await rejectionOf(small.call(op(`${server.url}/big`)))).toMatchObject({ code: 'TOO_LARGE' });
    const strict = createCaller({ protocol: { ...protocol, strictText: true } });
    expect(await rejectionOf(strict.call(op(`${server.url}/bad`)))).toMatchObject({ code: 'NOT_UTF8' });
    expect(await createCaller({ protocol }).call(op(`${server.url}/bad`))).toBe('<\ufffd>');
  });

  it('renews an expired session once for concurrent calls, and resends each with the new credentials', async () => {
    let valid = 'old';
    let logins = 0;
    const bodies: string[] = [];
    server = await startServer(async (req, res) => {
      const body = (await readRequest(req)).toString();
      bodies.push(body);
      if (req.url === '/login') {
        logins += 1;
        valid = `t${logins}`;
        res.end(valid);
      } else if (body !== `token=${valid}`) res.end('expired');
      else res.end('ok');
    });
    const url = server.url;
    const session = new Session({
      login: async (s) => {
        s.token = await caller.call({ name: 'login', safe: false, relogin: false, url: `${url}/login`, decode: text });
      },
    });
    session.markLoggedIn();
    session.token = 'stale';
    const expired: Protocol = { ...protocol, isExpired: (e) => isAuthError(e) };
    const caller = createCaller({ protocol: expired, session });
    const call = () =>
      caller.call({
        ...op(url),
        body: () => `token=${session.token}`,
        decode: (a) => {
          if (a.text === 'expired') throw new AuthError('expired', { provider: 'filecloud', operation: 'getfilelist' });
          return a.text;
        },
      });
    expect(await Promise.all([call(), call(), call()])).toEqual(['ok', 'ok', 'ok']);
    expect(logins).toBe(1);
  });

  it('sends an anonymous call without the session cookie', async () => {
    const cookies: (string | undefined)[] = [];
    server = await startServer((req, res) => {
      cookies.push(req.headers.cookie);
      res.writeHead(200, { 'set-cookie': 'sid=s1; Path=/' }).end('x');
    });
    const session = new Session({ login: () => undefined });
    const caller = createCaller({ protocol, session });
    await caller.call(op(server.url));
    await caller.call(op(server.url));
    await caller.call(op(server.url, { anonymous: true, relogin: false }));
    expect(cookies).toEqual([undefined, 'sid=s1', undefined]);
  });

  // The pipeline reads the answer itself under the request's deadline (no stream stage of its own): the overall
  // timeout and the caller's signal still end an answer whose body stalls after the headers.
  describe('the answer body under the deadline', () => {
    const stalling = () =>
      startServer((_req, res) => {
        res.writeHead(200, { 'content-length': '100' });
        res.write('only part');
      });

    it('fails with TimeoutError naming provider and operation when the overall timeout passes mid-body', async () => {
      server = await stalling();
      const caller = createCaller({ protocol, retry: false });
      const error = await rejectionOf(caller.call(op(server.url), { timeoutMs: 150, idleTimeoutMs: 10_000 }));
      expect(error).toMatchObject({
        name: 'TimeoutError',
        provider: 'filecloud',
        operation: 'getfilelist',
        message: expect.stringContaining('timed out after 150 ms'),
      });
    });

    it("fails with AbortError when the caller's signal aborts mid-body", async () => {
      server = await stalling();
      const caller = createCaller({ protocol, retry: false });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const error = await rejectionOf(
        caller.call(op(server.url), { signal: controller.signal, idleTimeoutMs: 10_000 }),
      );
      expect(error).toMatchObject({ name: 'AbortError', provider: 'filecloud', operation: 'getfilelist' });
    });

    it('releases the deadline once the answer is read: a later abort of the signal changes nothing', async () => {
      server = await startServer((_req, res) => {
        res.end('listing');
      });
      const caller = createCaller({ protocol, retry: false });
      const controller = new AbortController();
      expect(await caller.call(op(server.url), { signal: controller.signal, timeoutMs: 5_000 })).toBe('listing');
      controller.abort();
      expect(await caller.call(op(server.url), { timeoutMs: 5_000 })).toBe('listing');
    });
  });

  it('has 64 concurrent calls through one client in flight at once (no session lock or single flight holds them)', async () => {
    let inFlight = 0;
    let release: () => void = () => undefined;
    const all = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Answers only once all 64 requests are out: a pipeline that serialised calls would never get there.
    const fetch = async () => {
      inFlight += 1;
      if (inFlight === 64) release();
      await all;
      return new Response('listing');
    };
    const session = new Session({ login: () => undefined });
    const caller = createCaller({ protocol, session, fetch, timeoutMs: 5_000 });
    const answers = await Promise.all(Array.from({ length: 64 }, () => caller.call(op('http://example.invalid/list'))));
    expect(answers).toEqual(Array.from({ length: 64 }, () => 'listing'));
    expect(inFlight).toBe(64);
  });
});
