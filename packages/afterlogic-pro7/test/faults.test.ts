import { inspect } from 'node:util';
import {
  AbortError,
  isFileClientError,
  ProtocolError,
  RateLimitError,
  TimeoutError,
  TransportError,
} from '@fileclients/core';
import { describe, expect, it } from 'vitest';
import { ITEM_FIELDS, readItem } from '../src/envelope.js';
import { createPro7Client, type FetchLike } from '../src/index.js';
import { recorded } from './fixtures/recorded.js';
import { rejection } from './helpers.js';

const BASE = 'http://pro7.test/';
const TOKEN = 'f00dfeedf00dfeedf00dfeedf00dfeed';

// Reads are retried on 5xx, 429 and network failures (retries.test.ts); here only the final error matters.
function clientWith(fetch: FetchLike) {
  return createPro7Client({ baseUrl: BASE, fetch, authToken: TOKEN, accountId: 1, retry: { random: () => 0 } });
}

const answer =
  (body: BodyInit | null, init: ResponseInit = {}): FetchLike =>
  async () =>
    new Response(body, { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, ...init });

function rejectionOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('faults give typed errors, never a silent success', () => {
  it('5xx is a TransportError with the status; 429 a RateLimitError', async () => {
    const error = await rejection(clientWith(answer('<html>bad gateway</html>', { status: 502 })).list());
    expect(error).toBeInstanceOf(TransportError);
    expect(isFileClientError(error) && error.status).toBe(502);
    expect(await rejection(clientWith(answer('', { status: 429 })).list())).toBeInstanceOf(RateLimitError);
  });

  it('a network failure is a TransportError', async () => {
    const error = await rejection(
      clientWith(async () => {
        throw new TypeError('fetch failed');
      }).quota(),
    );
    expect(error).toBeInstanceOf(TransportError);
  });

  it('truncated JSON, an empty body, an array or a missing Result are ProtocolErrors', async () => {
    const truncated = recorded['Files.root'].slice(0, 120);
    for (const body of [truncated, '', '[]', '{"Action":"Files"}', '{"Result":true}']) {
      expect(await rejection(clientWith(answer(body)).list())).toBeInstanceOf(ProtocolError);
    }
  });

  it('an item with a missing or mistyped field is a ProtocolError', async () => {
    const broken = recorded['Files.subfolder'].replace('"Size":12', '"Size":"12"');
    const error = await rejection(clientWith(answer(broken)).list('/my folder'));
    expect(error).toBeInstanceOf(ProtocolError);
    expect(isFileClientError(error) && error.message).toContain('Size');
  });

  it('every CFileStorageItem field is checked: missing or mistyped, it is named in the error', () => {
    const item: Record<string, unknown> = JSON.parse(recorded['Files.root']).Result.Items[0];
    const checked = Object.values(ITEM_FIELDS).flat();
    // The table covers the whole recorded item, and the written-out fast check covers the table.
    expect([...checked].sort()).toEqual(
      Object.keys(item)
        .filter((key) => key !== '@Object')
        .sort(),
    );
    expect(readItem('Files', item)).toBe(item);
    for (const [type, fields] of Object.entries(ITEM_FIELDS)) {
      for (const field of fields) {
        for (const wrong of [undefined, type === 'string' ? 1 : 'x']) {
          const error = rejectionOf(() => readItem('Files', { ...item, [field]: wrong }));
          expect(error).toBeInstanceOf(ProtocolError);
          expect(isFileClientError(error) && error.message).toContain(`field ${field} is`);
        }
      }
    }
  });

  it('an ErrorCode that is not an integer is a ProtocolError', async () => {
    expect(
      await rejection(clientWith(answer('{"Action":"Files","Result":false,"ErrorCode":"x"}')).list()),
    ).toBeInstanceOf(ProtocolError);
  });

  it('abort and timeout end a hanging request with AbortError and TimeoutError', async () => {
    const hang: FetchLike = (input, init) =>
      new Promise((_resolve, reject) => {
        const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
        // As fetch does: a signal that is already aborted rejects at once (core may call fetch after the abort).
        if (signal?.aborted) reject(signal.reason);
        signal?.addEventListener('abort', () => reject(signal.reason));
      });
    const controller = new AbortController();
    const aborted = rejection(clientWith(hang).list('', { signal: controller.signal }));
    controller.abort();
    expect(await aborted).toBeInstanceOf(AbortError);
    expect(await rejection(clientWith(hang).list('', { timeoutMs: 20 }))).toBeInstanceOf(TimeoutError);
  });

  it('a download shorter than its Content-Length fails instead of ending quietly', async () => {
    const item = JSON.parse(recorded.FileInfo).Result;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('hello'));
        controller.close();
      },
    });
    const client = clientWith(async () => new Response(body, { status: 200, headers: { 'Content-Length': '12' } }));
    const stream = await client.download(item);
    const error = await rejection(new Response(stream).text());
    expect(error).toBeInstanceOf(ProtocolError);
  });

  it('an upload source longer than its declared size fails', async () => {
    const client = clientWith(async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      await request.arrayBuffer();
      return new Response(recorded['UploadFile.multipart']);
    });
    const error = await rejection(client.upload('/a.txt', { source: 'twelve bytes', size: 3 }, { overwrite: true }));
    expect(error).toBeInstanceOf(ProtocolError);
    expect(String(error)).toContain('declared');
  });

  it('an upload answer that stalls is a TimeoutError, one that is not JSON a ProtocolError with its status', async () => {
    const answering = (body: ReadableStream<Uint8Array> | string) =>
      clientWith(async (input, init) => {
        const request = input instanceof Request ? input : new Request(input, init);
        await request.arrayBuffer();
        return new Response(body, { status: 200 });
      });
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"Action":'));
      },
    });
    const upload = { overwrite: true, idleTimeoutMs: 50 } as const;
    expect(await rejection(answering(stalled).upload('/a.txt', { source: 'x' }, upload))).toBeInstanceOf(TimeoutError);
    const error = await rejection(answering('<html>login</html>').upload('/a.txt', { source: 'x' }, upload));
    expect(error).toBeInstanceOf(ProtocolError);
    expect(isFileClientError(error) && [error.operation, error.status]).toEqual(['UploadFile', 200]);
  });
});

describe('secrets stay out of errors', () => {
  it('the password and the AuthToken appear in no message, inspect output or JSON form', async () => {
    const password = 'correct-horse-battery-staple';
    const client = createPro7Client({
      baseUrl: BASE,
      fetch: async () => {
        throw new Error(`connect ECONNREFUSED while sending IncPassword=${password} AuthToken=${TOKEN}`);
      },
      authToken: TOKEN,
      credentials: { email: 'me@example.com', password },
    });
    const error = await rejection(client.login());
    expect(error).toBeInstanceOf(TransportError);
    const rendered = `${String(error)} ${inspect(error, { depth: 5 })} ${JSON.stringify(error)}`;
    expect(rendered).not.toContain(password);
    expect(rendered).not.toContain(TOKEN);
  });

  it('a Raw download failure does not leak the token in its URL', async () => {
    const item = JSON.parse(recorded.FileInfo).Result;
    const client = clientWith(async (input) => {
      throw new Error(`request to ${String(input)} failed`);
    });
    const error = await rejection(client.download(item));
    expect(error).toBeInstanceOf(TransportError);
    expect(inspect(error, { depth: 5 })).not.toContain(TOKEN);
  });
});
