import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isFileClientError } from '@fileclients/core';
import { type BoxnetSandbox, startBoxnetSandbox } from '@fileclients/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BoxnetClient, type BoxnetClientOptions, createBoxnetClient } from '../src/index.js';
import { rejection } from './helpers.js';

// A node:http server in front of the sandbox that breaks chosen answers the way networks do: a reset or an orderly
// close half-way through the body (after announcing its full length), a body that stalls, or an error status.
type Fault = 'reset-mid-body' | 'truncate' | 'stall' | 'reset-before-body' | { status: number; retryAfter?: string };

let sandbox: BoxnetSandbox;
let proxy: Server;
let proxyUrl: string;
/** Faults for the next requests, in order, per SOAP operation. */
const armed = new Map<string, Fault[]>();
const hits: string[] = [];
const idle = new Set<IncomingMessage>();

function arm(operation: string, ...faults: Fault[]): void {
  armed.set(operation, faults);
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  sandbox = await startBoxnetSandbox();
  proxy = createServer(async (req, res) => {
    const body = await readAll(req);
    const operation = String(req.headers.soapaction ?? '').replace(/^"urn:boxnet#Box_SoapApi#|"$/g, '');
    hits.push(operation || (req.url ?? ''));
    const fault = armed.get(operation)?.shift();
    if (fault === 'reset-before-body') {
      req.socket.destroy();
      return;
    }
    if (typeof fault === 'object') {
      res.writeHead(fault.status, {
        'content-type': 'text/plain',
        ...(fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter }),
      });
      res.end(`injected ${fault.status}`);
      return;
    }
    const upstream = await fetch(sandbox.url + (req.url ?? '/'), {
      method: req.method ?? 'GET',
      headers: Object.fromEntries(
        Object.entries(req.headers).filter(
          (e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'host' && e[0] !== 'content-length',
        ),
      ),
      ...(req.method === 'POST' ? { body: new Uint8Array(body) } : {}),
    });
    const full = Buffer.from(await upstream.arrayBuffer());
    const headers = { 'content-type': upstream.headers.get('content-type') ?? 'text/xml' };
    if (fault === undefined) {
      res.writeHead(upstream.status, headers);
      res.end(full);
      return;
    }
    res.writeHead(upstream.status, { ...headers, 'content-length': String(full.byteLength) });
    res.write(full.subarray(0, full.byteLength >> 1));
    if (fault === 'reset-mid-body') setTimeout(() => req.socket.resetAndDestroy(), 20);
    else if (fault === 'truncate') setTimeout(() => req.socket.end(), 20);
    else idle.add(req); // stall: the socket stays open until the client gives up (closed in afterAll)
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const req of idle) req.socket.destroy();
  proxy.closeAllConnections();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
  await sandbox.stop();
});

async function loggedIn(options: Partial<BoxnetClientOptions> = {}): Promise<BoxnetClient> {
  const client = createBoxnetClient({
    apiKey: sandbox.credentials.apiKey,
    baseUrl: proxyUrl,
    uploadUrl: proxyUrl,
    retry: { baseDelayMs: 1, random: () => 0.5 },
    ...options,
  });
  await client.login(sandbox.credentials.login, sandbox.credentials.password);
  armed.clear();
  hits.length = 0;
  return client;
}

/** Every rendering of the error names boxnet and the operation and never shows the token. */
function expectClean(error: unknown, client: BoxnetClient, operation: string): void {
  expect(isFileClientError(error)).toBe(true);
  expect(error).toMatchObject({ provider: 'boxnet', operation });
  const token = client.authToken ?? '';
  expect(token).not.toBe('');
  const err = error as Error;
  for (const text of [String(err), JSON.stringify(err), String(err.stack), String(err.cause)]) {
    expect(text).not.toContain(token);
  }
}

describe('a broken SOAP answer is a typed error', () => {
  it('a reset in the middle of the body: TransportError (a mutation is not repeated)', async () => {
    const client = await loggedIn();
    arm('create_folder', 'reset-mid-body');
    const error = await rejection(client.call('create_folder', { parent_id: 0, name: 'reset', share: 0 }));
    expect(error).toMatchObject({ kind: 'transport' });
    expectClean(error, client, 'create_folder');
    expect(hits).toEqual(['create_folder']);
  });

  it('a body closed before its Content-Length: ProtocolError TRUNCATED', async () => {
    const client = await loggedIn();
    arm('create_folder', 'truncate');
    const error = await rejection(client.call('create_folder', { parent_id: 0, name: 'cut', share: 0 }));
    expect(error).toMatchObject({ kind: 'protocol', code: 'TRUNCATED' });
    expectClean(error, client, 'create_folder');
  });

  it('a stalled body: TimeoutError after idleTimeoutMs', async () => {
    const client = await loggedIn({ idleTimeoutMs: 150 });
    arm('get_file_info', 'stall');
    const error = await rejection(client.call('get_file_info', { file_id: 1 }));
    expect(error).toMatchObject({ kind: 'timeout' });
    expectClean(error, client, 'get_file_info');
  });

  it('a stalled body and the overall timeout: TimeoutError', async () => {
    const client = await loggedIn({ timeoutMs: 200, idleTimeoutMs: 0 });
    arm('get_account_info', 'stall');
    const error = await rejection(client.call('get_account_info', {}));
    expect(error).toMatchObject({ kind: 'timeout' });
    expectClean(error, client, 'get_account_info');
  });

  it("the caller's signal during a stalled body: AbortError", async () => {
    const client = await loggedIn();
    arm('get_account_info', 'stall');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await rejection(client.call('get_account_info', {}, { signal: controller.signal }));
    expect(error).toMatchObject({ kind: 'abort' });
    expectClean(error, client, 'get_account_info');
  });
});

describe('retries', () => {
  it('repeat read-only operations after 503, a reset before the body, and 429 with Retry-After', async () => {
    const client = await loggedIn();
    arm('get_account_info', { status: 503 }, 'reset-before-body', { status: 429, retryAfter: '0' });
    const r = await client.call('get_account_info', {});
    expect(r.status).toBe('get_account_info_ok');
    expect(hits).toEqual(['get_account_info', 'get_account_info', 'get_account_info', 'get_account_info']);
  });

  it('ask again for a read-only answer that broke mid-body, within the one retry budget', async () => {
    const client = await loggedIn();
    arm('get_account_info', 'reset-mid-body');
    expect((await client.call('get_account_info', {})).status).toBe('get_account_info_ok');
    expect(hits).toEqual(['get_account_info', 'get_account_info']);
    hits.length = 0;
    // Core's pipeline: broken answers and failed requests share the policy's retries (3 by default).
    arm('get_account_info', 'truncate', 'truncate', 'truncate', 'truncate');
    expect(await rejection(client.call('get_account_info', {}))).toMatchObject({ kind: 'protocol', code: 'TRUNCATED' });
    expect(hits).toEqual(['get_account_info', 'get_account_info', 'get_account_info', 'get_account_info']);
  });

  it('give up after the policy runs out, with the last status', async () => {
    const client = await loggedIn({ retry: { retries: 2, baseDelayMs: 1 } });
    arm('search', { status: 502 }, { status: 502 }, { status: 502 });
    const error = await rejection(
      client.call('search', { query: 'x', sort: 'relevance', direction: 'asc', page: 1, per_page: 10, params: [] }),
    );
    expect(error).toMatchObject({ kind: 'transport', status: 502, operation: 'search' });
    expect(hits).toHaveLength(3);
  });

  it('never repeat a mutation', async () => {
    const client = await loggedIn();
    arm('create_folder', { status: 503 });
    const error = await rejection(client.call('create_folder', { parent_id: 0, name: 'once', share: 0 }));
    expect(error).toMatchObject({ kind: 'transport', status: 503 });
    expect(hits).toEqual(['create_folder']);
  });

  it('are off with retry: false', async () => {
    const client = await loggedIn({ retry: false });
    arm('get_account_info', { status: 503 });
    expect(await rejection(client.call('get_account_info', {}))).toMatchObject({ kind: 'transport', status: 503 });
    expect(hits).toHaveLength(1);
    hits.length = 0;
    arm('get_account_info', 'reset-mid-body');
    expect(await rejection(client.call('get_account_info', {}))).toMatchObject({ kind: 'transport' });
    expect(hits).toHaveLength(1);
  });

  it('never repeat a SOAP Fault (HTTP 500 with XML)', async () => {
    let posts = 0;
    const client = createBoxnetClient({
      apiKey: 'k',
      authToken: 't',
      baseUrl: 'http://box.test',
      fetch: async () => {
        posts++;
        return new Response(
          '<?xml version="1.0"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">' +
            '<SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>SOAP-ENV:Server</faultcode><faultstring>boom</faultstring>' +
            '</SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>',
          { status: 500, headers: { 'content-type': 'text/xml; charset=utf-8' } },
        );
      },
    });
    expect(await rejection(client.call('get_account_info', {}))).toMatchObject({
      kind: 'protocol',
      code: 'SOAP-ENV:Server',
    });
    expect(posts).toBe(1);
  });
});

describe('an expired session', () => {
  it('is renewed once for concurrent calls when the client logged in directly, and the calls are retried', async () => {
    const client = await loggedIn();
    const before = client.authToken;
    sandbox.expireSessions();
    const [info, tree, tags] = await Promise.all([
      client.call('get_account_info', {}),
      client.getAccountTree(0, { onelevel: true }),
      client.exportTags(),
    ]);
    expect(info.status).toBe('get_account_info_ok');
    expect(tree.id).toBe(0);
    expect(tags).toEqual([]);
    expect(hits.filter((op) => op === 'authorization')).toHaveLength(1);
    expect(client.authToken).not.toBe(before);
  });

  it('renews for mutations too (the expired call changed nothing)', async () => {
    const client = await loggedIn();
    sandbox.expireSessions();
    const r = await client.call('create_folder', { parent_id: 0, name: 'after-expiry', share: 0 });
    expect(r.status).toBe('create_ok');
    expect(hits).toEqual(['create_folder', 'authorization', 'create_folder']);
  });

  it('is an AuthError carrying not_logged_in for a ticket-flow token (the user must approve a new ticket)', async () => {
    const client = createBoxnetClient({ apiKey: sandbox.credentials.apiKey, baseUrl: proxyUrl });
    const { ticket, authUrl } = await client.getTicket();
    await fetch(authUrl.replace(proxyUrl, sandbox.url));
    await client.getAuthToken(ticket);
    sandbox.expireSessions();
    hits.length = 0;
    const error = await rejection(client.call('get_account_info', {}));
    expect(error).toMatchObject({ kind: 'auth', code: 'not_logged_in', operation: 'get_account_info' });
    expect(hits).toEqual(['get_account_info']);
  });

  it('is not renewed with the credentials of an earlier direct login after the ticket flow', async () => {
    const client = await loggedIn();
    const { ticket, authUrl } = await client.getTicket();
    await fetch(authUrl.replace(proxyUrl, sandbox.url));
    await client.getAuthToken(ticket);
    sandbox.expireSessions();
    hits.length = 0;
    expect(await rejection(client.call('get_account_info', {}))).toMatchObject({ kind: 'auth', code: 'not_logged_in' });
    expect(hits).toEqual(['get_account_info']);
  });

  it('is not renewed after logout', async () => {
    const client = await loggedIn();
    await client.logout();
    client.setAuthToken('stale-token');
    hits.length = 0;
    expect(await rejection(client.call('get_account_info', {}))).toMatchObject({ kind: 'auth' });
    expect(hits).toEqual(['get_account_info']);
  });

  it('a wrong password is an AuthError, not a re-login loop', async () => {
    const client = createBoxnetClient({ apiKey: sandbox.credentials.apiKey, baseUrl: proxyUrl });
    hits.length = 0;
    expect(await rejection(client.login(sandbox.credentials.login, 'wrong'))).toMatchObject({
      kind: 'auth',
      code: 'invalid_login',
    });
    expect(hits).toEqual(['authorization']);
  });
});
