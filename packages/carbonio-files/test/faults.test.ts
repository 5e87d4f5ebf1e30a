import { isFileClientError, isProtocolError, isQuotaError, isTransportError, readAll } from '@fileclients/core';
import { describe, expect, it } from 'vitest';
import { createCarbonioFilesClient } from '../src/index.js';

// Injected fetch, no server: each test scripts what the network does.
function clientWith(fetchImpl: (url: URL, init?: RequestInit) => Promise<Response>) {
  return createCarbonioFilesClient({
    baseUrl: 'https://mail.example.test',
    token: '0_token',
    retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1 },
    fetch: (input, init) => fetchImpl(new URL(input instanceof Request ? input.url : String(input)), init),
  });
}

const ok = (data: unknown) => new Response(JSON.stringify({ data }), { status: 200 });

describe('carbonio-files under network faults', () => {
  it('retries a query after a 502 and succeeds', async () => {
    let calls = 0;
    const client = clientWith(async () =>
      ++calls === 1 ? new Response('bad gateway', { status: 502 }) : ok({ getConfigs: [] }),
    );
    expect(await client.getConfigs()).toEqual([]);
    expect(calls).toBe(2);
  });

  it('never repeats a mutation after a 502, and reports a TransportError', async () => {
    let calls = 0;
    const client = clientWith(async () => {
      calls++;
      return new Response('bad gateway', { status: 502 });
    });
    const error = await client.trashNodes({ node_ids: ['a'] }).catch((e) => e);
    expect(isTransportError(error)).toBe(true);
    expect(error.status).toBe(502);
    expect(calls).toBe(1);
  });

  it('maps a connection reset to a TransportError', async () => {
    const client = clientWith(async () => {
      throw Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      });
    });
    const error = await client.getConfigs().catch((e) => e);
    expect(isTransportError(error)).toBe(true);
    expect(error.message).toMatch(/^carbonio-files getConfigs: /);
  });

  it('calls an HTML login page served with 200 a protocol error', async () => {
    const client = clientWith(async () => new Response('<!doctype html><title>Login</title>', { status: 200 }));
    expect(isProtocolError(await client.getConfigs().catch((e) => e))).toBe(true);
  });

  it('reports an upload answer without nodeId as a protocol error, and a 413 as QuotaError', async () => {
    const weird = clientWith(async () => new Response('{}', { status: 200 }));
    expect(isProtocolError(await weird.upload({ name: 'a.txt', source: 'a' }).catch((e) => e))).toBe(true);
    const tooBig = clientWith(async () => new Response('Request Entity Too Large', { status: 413 }));
    expect(isQuotaError(await tooBig.upload({ name: 'a.txt', source: 'a' }).catch((e) => e))).toBe(true);
  });

  it('fails a truncated download instead of returning a short file', async () => {
    const client = clientWith(async () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(10));
          controller.close();
        },
      });
      return new Response(body, { status: 200, headers: { 'content-length': '100' } });
    });
    const download = await client.download('0b1c2d3e-0000-0000-0000-000000000000');
    const error = await readAll(download.body).catch((e) => e);
    expect(isFileClientError(error)).toBe(true);
    expect(isProtocolError(error)).toBe(true);
  });

  it('maps a version-limit 405 on upload-version to QuotaError', async () => {
    const client = clientWith(async () => new Response('too many versions', { status: 405 }));
    const error = await client.uploadVersion({ nodeId: 'n', name: 'a.txt', source: 'a' }).catch((e) => e);
    expect(isQuotaError(error)).toBe(true);
    expect(error.code).toBe('VERSIONS_LIMIT_REACHED');
  });
});

describe('carbonio-files custom documents', () => {
  it('never repeats a mutation sent through request() after a 502', async () => {
    const { CarbonioGraphql } = await import('../src/index.js');
    let calls = 0;
    const client = clientWith(async () => {
      calls++;
      return new Response('bad gateway', { status: 502 });
    });
    const error = await client.request(CarbonioGraphql.DeleteNodesDocument, { node_ids: ['a'] }).catch((e) => e);
    expect(isTransportError(error)).toBe(true);
    expect(calls).toBe(1);
  });
});
