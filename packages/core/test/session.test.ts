import { afterEach, describe, expect, it } from 'vitest';
import { AuthError, CookieJar, createHttpClient, isAuthError, Session } from '../src/index.js';
import { createNodeHttpFetch } from '../src/node/index.js';
import { startServer, type TestServer } from './helpers.js';

const ctx = { provider: 'carbonio-files', operation: 'getNode' } as const;

describe('CookieJar', () => {
  it('scopes cookies to the exact origin that set them', () => {
    const jar = new CookieJar();
    jar.setFromHeader('https://a.example/login', 'SID=one; Path=/; Domain=example; HttpOnly');
    expect(jar.headerFor('https://a.example/x')).toBe('SID=one');
    expect(jar.headerFor('https://b.example/x')).toBeUndefined();
    expect(jar.headerFor('https://evil.a.example/x')).toBeUndefined();
    expect(jar.headerFor('http://a.example/x')).toBeUndefined();
    expect(jar.headerFor('https://a.example:8443/x')).toBeUndefined();
  });

  it('honours Path, default path, Max-Age over Expires, deletion and Secure', () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const jar = new CookieJar({ now: () => now });
    jar.setFromHeader('https://h/api/v1/login', 'a=1; Path=/api');
    jar.setFromHeader('https://h/api/v1/login', 'b=2');
    jar.setFromHeader('https://h/', 'c=3; Max-Age=10; Expires=Wed, 01 Jan 2031 00:00:00 GMT');
    jar.setFromHeader('https://h/', 'd=4; Expires=Thu, 01 Jan 2026 00:00:05 GMT');
    jar.setFromHeader('http://plain.example/', 'e=5; Secure');
    jar.setFromHeader('http://127.0.0.1:8080/', 'f=6; Secure');
    expect(jar.headerFor('https://h/api/v1/list')).toBe('b=2; a=1; c=3; d=4');
    expect(jar.headerFor('https://h/apix')).toBe('c=3; d=4');
    expect(jar.headerFor('https://h/api')).toBe('a=1; c=3; d=4');
    expect(jar.headerFor('http://plain.example/')).toBeUndefined();
    expect(jar.get('f', 'http://127.0.0.1:8080/')).toBe('6');
    now += 6000;
    expect(jar.headerFor('https://h/')).toBe('c=3');
    now += 5000;
    expect(jar.headerFor('https://h/')).toBeUndefined();
    jar.setFromHeader('https://h/api/v1/x', 'b=gone; Max-Age=0; Path=/api/v1');
    expect(jar.get('b', 'https://h/api/v1/list')).toBeUndefined();
  });

  it('reads several Set-Cookie headers of one response', () => {
    const jar = new CookieJar();
    const headers = new Headers();
    headers.append('set-cookie', 'x=1; Path=/');
    headers.append('set-cookie', 'y=2; Expires=Wed, 01 Jan 2031 00:00:00 GMT; Path=/');
    jar.setFromResponse('https://h/', new Response(null, { headers }));
    expect(jar.headerFor('https://h/')).toBe('x=1; y=2');
  });
});

describe('cookies across redirects', () => {
  const servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  for (const [name, fetchImpl] of [
    ['global fetch', undefined],
    ['node:http transport', createNodeHttpFetch()],
  ] as const) {
    it(`never sends origin A's cookie to origin B after a redirect (${name})`, async () => {
      const seenByB: Array<string | undefined> = [];
      const seenByA: Array<string | undefined> = [];
      const b = await startServer((req, res) => {
        seenByB.push(req.headers.cookie);
        res.setHeader('set-cookie', 'bcookie=fromB; Path=/');
        res.end('b');
      });
      const a = await startServer((req, res) => {
        seenByA.push(req.headers.cookie);
        if (req.url === '/login') {
          res.writeHead(302, { 'set-cookie': 'SESSION=secret-a; Path=/', location: `${b.url}/landing` });
          res.end();
        } else if (req.url === '/hop') {
          res.writeHead(302, { location: '/final' });
          res.end();
        } else res.end('a');
      });
      servers.push(a, b);
      const session = new Session({ login: () => undefined });
      const client = createHttpClient({
        provider: 'carbonio-files',
        session,
        ...(fetchImpl ? { fetch: fetchImpl } : {}),
      });
      const response = await client.request(ctx, `${a.url}/login`, { headers: { authorization: 'Bearer for-a-only' } });
      expect(await response.text()).toBe('b');
      expect(seenByB).toEqual([undefined]);
      expect(session.jar.get('SESSION', a.url)).toBe('secret-a');
      expect(session.jar.get('SESSION', b.url)).toBeUndefined();
      expect(session.jar.get('bcookie', b.url)).toBe('fromB');

      // Same-origin hops keep the cookie, re-applied per hop; B's cookie never goes to A.
      await (await client.request(ctx, `${a.url}/hop`)).text();
      expect(seenByA.slice(1)).toEqual(['SESSION=secret-a', 'SESSION=secret-a']);
    });
  }

  it('drops a caller-set Authorization header when the redirect changes origin', async () => {
    const seen: Array<string | undefined> = [];
    const b = await startServer((req, res) => {
      seen.push(req.headers.authorization);
      res.end();
    });
    const a = await startServer((_req, res) => {
      res.writeHead(307, { location: `${b.url}/` });
      res.end();
    });
    servers.push(a, b);
    const client = createHttpClient({ provider: 'carbonio-files' });
    await client.request(ctx, `${a.url}/`, { headers: { authorization: 'Bearer only-for-a' } });
    expect(seen).toEqual([undefined]);
  });
});

describe('Session', () => {
  it('two concurrent calls on an expired session cause exactly one login, then each retries once', async () => {
    let logins = 0;
    let serverToken = 'token-1';
    const session = new Session({
      login: async (s) => {
        logins++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        s.setCredentials({ token: serverToken, expiresInMs: 3_600_000 });
      },
    });
    await session.ensureFresh();
    expect(logins).toBe(1);
    // The server forgets the session: every call with the old token fails.
    serverToken = 'token-2';
    let attempts = 0;
    const call = () =>
      session.withRelogin(async () => {
        attempts++;
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (session.token !== serverToken) throw new AuthError('session expired', { ...ctx, status: 401 });
        return 'ok';
      });
    expect(await Promise.all([call(), call()])).toEqual(['ok', 'ok']);
    expect(logins).toBe(2);
    expect(attempts).toBe(4);
  });

  it('concurrent first calls log in once; an expiry in time renews before the call', async () => {
    let now = 0;
    let logins = 0;
    const session = new Session({
      now: () => now,
      refreshMarginMs: 100,
      login: async (s) => {
        logins++;
        await Promise.resolve();
        s.setCredentials({ token: `t${logins}`, expiresInMs: 1000 });
      },
    });
    await Promise.all([session.ensureFresh(), session.ensureFresh(), session.withRelogin(async () => 1)]);
    expect(logins).toBe(1);
    now = 950; // inside the margin
    expect(session.expired).toBe(true);
    await Promise.all([session.withRelogin(async () => 1), session.withRelogin(async () => 2)]);
    expect(logins).toBe(2);
    expect(session.token).toBe('t2');
  });

  it('retries only once and passes other errors through', async () => {
    const session = new Session({ login: () => undefined });
    let calls = 0;
    const alwaysExpired = session.withRelogin(async () => {
      calls++;
      throw new AuthError('still expired', ctx);
    });
    await expect(alwaysExpired).rejects.toSatisfy(isAuthError);
    expect(calls).toBe(2);
    await expect(session.withRelogin(async () => Promise.reject(new TypeError('other')))).rejects.toThrow('other');
  });

  it('a failed login rejects every waiting caller and the next call tries again', async () => {
    let fail = true;
    let logins = 0;
    const session = new Session({
      login: async () => {
        logins++;
        if (fail) throw new AuthError('bad password', ctx);
      },
    });
    const results = await Promise.allSettled([session.ensureFresh(), session.ensureFresh()]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(logins).toBe(1);
    fail = false;
    await session.ensureFresh();
    expect(logins).toBe(2);
  });

  it('authorize adds the credential per request; the token is registered as a secret', async () => {
    const seen: string[] = [];
    const session = new Session({
      login: (s) => {
        s.token = 'tok-abcdef-123456';
      },
      authorize: ({ headers, session: s }) => {
        if (s.token) headers.set('authorization', `Bearer ${s.token}`);
      },
    });
    await session.ensureFresh();
    const client = createHttpClient({
      provider: 'carbonio-files',
      session,
      fetch: async (_input, init) => {
        seen.push(new Headers(init?.headers).get('authorization') ?? '');
        return new Response('');
      },
    });
    await client.request(ctx, 'https://h/x');
    expect(seen).toEqual(['Bearer tok-abcdef-123456']);
    expect(new AuthError('failed with tok-abcdef-123456', ctx).message).not.toContain('tok-abcdef-123456');
  });
});
