import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AbortError,
  ConflictError,
  checkedBody,
  createHttpClient,
  isFileClientError,
  NotFoundError,
  ProtocolError,
  readAll,
  readText,
  TimeoutError,
  TransportError,
} from '../src/index.js';
import { WRITE_GATHER_BYTES, writeChunks } from '../src/node/download-to-file.js';
import { createNodeHttpFetch, downloadToFile } from '../src/node/index.js';
import { rejectionOf, startServer, type TestServer } from './helpers.js';

const ctx = { provider: 'boxnet', operation: 'download' } as const;
const SIZE = 1_000_000;
const data = Buffer.alloc(SIZE, 7);

let server: TestServer;
let folder: string;

beforeAll(async () => {
  server = await startServer(async (req, res) => {
    const path = req.url ?? '/';
    if (path === '/missing') {
      res.statusCode = 404;
      res.end('<html>not found</html>');
      return;
    }
    res.setHeader('content-length', SIZE);
    if (path === '/ok') {
      res.end(data);
      return;
    }
    // Half the body, then a reset (RST) instead of the rest.
    if (path === '/reset') {
      res.write(data.subarray(0, SIZE / 2), () => setTimeout(() => req.socket.resetAndDestroy(), 20));
      return;
    }
    // Half the body, then silence.
    if (path === '/stall') {
      res.write(data.subarray(0, SIZE / 2));
    }
  });
  folder = await mkdtemp(join(tmpdir(), 'core-download-'));
});
afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});
afterEach(async () => {
  for (const name of await readdir(folder)) await rm(join(folder, name), { force: true });
});

describe.each([
  ['global fetch', undefined],
  ['node:http transport', createNodeHttpFetch()],
] as const)('downloads through %s', (_name, fetchImpl) => {
  const client = createHttpClient({ provider: 'boxnet', ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  const get = (path: string) => () => client.request(ctx, `${server.url}${path}`);

  it('writes a complete file atomically, with progress', async () => {
    const target = join(folder, 'ok.bin');
    const progress: number[] = [];
    const result = await downloadToFile(get('/ok'), target, { ...ctx, onProgress: (p) => progress.push(p.bytes) });
    expect(result.bytes).toBe(SIZE);
    expect((await readFile(target)).equals(data)).toBe(true);
    expect(progress.at(-1)).toBe(SIZE);
    expect(await readdir(folder)).toEqual(['ok.bin']);
  });

  it('a connection reset mid-download leaves no file', async () => {
    const target = join(folder, 'reset.bin');
    const error = await rejectionOf(downloadToFile(get('/reset'), target, ctx));
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).message).toContain('boxnet download');
    expect(await readdir(folder)).toEqual([]);
  });

  it('a reset does not touch an existing file of the same name', async () => {
    const target = join(folder, 'keep.bin');
    await writeFile(target, 'previous version');
    await expect(downloadToFile(get('/reset'), target, ctx)).rejects.toBeInstanceOf(TransportError);
    expect(await readFile(target, 'utf8')).toBe('previous version');
    expect(await readdir(folder)).toEqual(['keep.bin']);
  });

  it('a stalled body hits the idle timeout and leaves no file', async () => {
    const target = join(folder, 'stall.bin');
    const error = await rejectionOf(downloadToFile(get('/stall'), target, { ...ctx, idleTimeoutMs: 150 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(await readdir(folder)).toEqual([]);
  });

  it('an abort mid-body gives AbortError promptly and leaves no file', async () => {
    const target = join(folder, 'abort.bin');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await rejectionOf(downloadToFile(get('/stall'), target, { ...ctx, signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await readdir(folder)).toEqual([]);
  });

  it('an error status is an error, never the file', async () => {
    const target = join(folder, 'missing.bin');
    await expect(downloadToFile(get('/missing'), target, ctx)).rejects.toBeInstanceOf(NotFoundError);
    expect(await readdir(folder)).toEqual([]);
  });

  it('overwrite: false keeps an existing file and reports a conflict', async () => {
    const target = join(folder, 'exists.bin');
    await writeFile(target, 'mine');
    await expect(downloadToFile(get('/ok'), target, { ...ctx, overwrite: false })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await readFile(target, 'utf8')).toBe('mine');
    expect(await readdir(folder)).toEqual(['exists.bin']);
  });
});

/** A body of the given chunks, one per read. */
function chunked(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = chunks[i++];
        if (chunk === undefined) controller.close();
        else controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
}

describe('writeChunks (the write loop of downloadToFile and the local store)', () => {
  // Chunk sizes from 1 byte to just over 1 MiB.
  const sizes = Array.from({ length: 60 }, (_, i) => (i % 7 === 0 ? 1 : ((i * 7919) % 300) * 1024 + (i % 13)));
  sizes.splice(20, 0, 1024 * 1024, 1024 * 1024 + 5);
  const chunks = sizes.map((size) => new Uint8Array(randomBytes(size)));
  const whole = Buffer.concat(chunks);
  const recording = (writes: Buffer[]) => ({
    async writev(data: Uint8Array[]) {
      const joined = Buffer.concat(data);
      writes.push(joined);
      return { bytesWritten: joined.length };
    },
  });

  it('writes every byte in order through downloadToFile', async () => {
    const target = join(folder, 'batched.bin');
    const result = await downloadToFile(new Response(chunked(chunks)), target, ctx);
    expect(result.bytes).toBe(whole.length);
    expect((await readFile(target)).equals(whole)).toBe(true);
  });

  it('writes every chunk once, in order', async () => {
    const writes: Buffer[] = [];
    expect(await writeChunks(chunked(chunks).getReader(), recording(writes))).toBe(whole.length);
    expect(Buffer.concat(writes).equals(whole)).toBe(true);
  });

  it('gathers what arrives while a write is in flight, in order', async () => {
    const writes: Buffer[] = [];
    const slow = {
      async writev(data: Uint8Array[]) {
        await new Promise((resolve) => setTimeout(resolve, 2));
        return recording(writes).writev(data);
      },
    };
    let timedIndex = 0;
    const timed = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          await new Promise((resolve) => setImmediate(resolve));
          const chunk = chunks[timedIndex++];
          if (chunk === undefined) controller.close();
          else controller.enqueue(chunk);
        },
      },
      { highWaterMark: 0 },
    );
    expect(await writeChunks(timed.getReader(), slow)).toBe(whole.length);
    expect(Buffer.concat(writes).equals(whole)).toBe(true);
    expect(writes.length).toBeLessThan(chunks.length);
  });

  it('reads on while a write is in flight, but never more than a gather ahead', async () => {
    // A sink that holds every write until released, and a source that counts how many chunks were pulled from it.
    const chunk = new Uint8Array(64 * 1024);
    let pulled = 0;
    const source = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled++;
          if (pulled > 100) controller.close();
          else controller.enqueue(chunk);
        },
      },
      { highWaterMark: 0 },
    );
    const held: Array<() => void> = [];
    const sink = {
      writev(data: Uint8Array[]) {
        const bytesWritten = data.reduce((sum, part) => sum + part.byteLength, 0);
        return new Promise<{ bytesWritten: number }>((resolve) => held.push(() => resolve({ bytesWritten })));
      },
    };
    const copy = writeChunks(source.getReader(), sink);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // One chunk in flight, then chunks up to the gather limit: the copy waits there for the write.
    expect(held.length).toBe(1);
    expect(pulled).toBe(1 + WRITE_GATHER_BYTES / chunk.byteLength);
    while (held.length > 0 || pulled <= 100) {
      held.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(await copy).toBe(100 * chunk.byteLength);
  });

  it('a failed write is the error and stops the copy', async () => {
    let calls = 0;
    const sink = {
      async writev(): Promise<{ bytesWritten: number }> {
        calls++;
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    };
    const error = await rejectionOf(writeChunks(chunked(chunks).getReader(), sink));
    expect((error as { code?: string }).code).toBe('ENOSPC');
    expect(calls).toBe(1);
  });

  it('a write that fails while the next read waits is the error, not what the read then fails with', async () => {
    let pulls = 0;
    const source = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          pulls++;
          if (pulls === 1) controller.enqueue(new Uint8Array(10));
          // The second read stalls until the write has failed, then the stream fails (as an idle timeout would).
          else {
            await new Promise((resolve) => setTimeout(resolve, 20));
            controller.error(new Error('idle timeout'));
          }
        },
      },
      { highWaterMark: 0 },
    );
    const sink = {
      writev: async (): Promise<{ bytesWritten: number }> => {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    };
    const error = await rejectionOf(writeChunks(source.getReader(), sink));
    expect((error as { code?: string }).code).toBe('ENOSPC');
  });

  it('a short write is an error, never a shorter file reported as complete', async () => {
    const sink = {
      writev: async (data: Uint8Array[]) => ({
        bytesWritten: Math.max(0, data.reduce((sum, part) => sum + part.byteLength, 0) - 1),
      }),
    };
    await expect(writeChunks(chunked(chunks).getReader(), sink)).rejects.toThrow(/short write/);
  });

  it('an empty body writes nothing', async () => {
    const writes: Buffer[] = [];
    expect(await writeChunks(chunked([]).getReader(), recording(writes))).toBe(0);
    expect(writes).toEqual([]);
  });
});

describe('checkedBody', () => {
  const respond = (body: BodyInit | null, headers: Record<string, string> = {}) => new Response(body, { headers });

  it('a body shorter than Content-Length is a ProtocolError (clean early end)', async () => {
    const response = respond('only ten b', { 'content-length': '100' });
    const error = await rejectionOf(readAll(checkedBody(response, ctx)));
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as ProtocolError).message).toBe('boxnet download: truncated body: received 10 of 100 bytes');
  });

  it('a body longer than Content-Length, or than expectedSize, is a ProtocolError', async () => {
    await expect(readAll(checkedBody(respond('0123456789', { 'content-length': '5' }), ctx))).rejects.toBeInstanceOf(
      ProtocolError,
    );
    await expect(readAll(checkedBody(respond('0123456789'), ctx, { expectedSize: 20 }))).rejects.toBeInstanceOf(
      ProtocolError,
    );
  });

  it('a truncated body over a real socket is an error too', async () => {
    // A raw server announces 1000 bytes, sends 500 and closes cleanly (FIN, no reset).
    const sockets = new Set<Socket>();
    const raw = createServer((socket) => {
      sockets.add(socket);
      socket.end(`HTTP/1.1 200 OK\r\ncontent-length: 1000\r\nconnection: close\r\n\r\n${'x'.repeat(500)}`);
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    const address = raw.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      for (const fetchImpl of [undefined, createNodeHttpFetch()]) {
        const client = createHttpClient({
          provider: 'boxnet',
          retry: false,
          ...(fetchImpl ? { fetch: fetchImpl } : {}),
        });
        const response = await client.request(ctx, `http://127.0.0.1:${port}/`);
        const error = await rejectionOf(readAll(checkedBody(response, ctx)));
        expect(isFileClientError(error)).toBe(true);
        expect(error instanceof ProtocolError || error instanceof TransportError).toBe(true);
        // readText reads the same body without a stream stage: same outcome.
        const again = await client.request(ctx, `http://127.0.0.1:${port}/`);
        const textError = await rejectionOf(readText(again, ctx));
        expect(textError instanceof ProtocolError || textError instanceof TransportError).toBe(true);
      }
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => raw.close(() => resolve()));
    }
  });

  it('does not check length against a content-coded body', async () => {
    const response = respond('decoded and longer', { 'content-length': '4', 'content-encoding': 'gzip' });
    expect(new TextDecoder().decode(await readAll(checkedBody(response, ctx)))).toBe('decoded and longer');
  });

  it('reports progress with the total', async () => {
    const seen: Array<[number, number | undefined]> = [];
    await readAll(
      checkedBody(respond('abcdef', { 'content-length': '6' }), ctx, {
        onProgress: (p) => seen.push([p.bytes, p.total]),
      }),
    );
    expect(seen.at(0)).toEqual([0, 6]);
    expect(seen.at(-1)).toEqual([6, 6]);
  });
});

describe('readText', () => {
  const encoder = new TextEncoder();
  /** A body in the given chunks, then (unless `end` is false) its end; `fail` errors it after the chunks instead. */
  const chunked = (chunks: Uint8Array[], end: 'close' | 'stall' | 'fail' = 'close') => {
    let i = 0;
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = chunks[i++];
        if (chunk !== undefined) controller.enqueue(chunk);
        else if (end === 'close') controller.close();
        else if (end === 'fail')
          controller.error(new TypeError('terminated', { cause: new Error('other side closed') }));
        else return new Promise<void>(() => undefined);
      },
    });
  };

  it('decodes as Response.text(): a BOM dropped, a character split across chunks kept whole', async () => {
    const bytes = encoder.encode('\uFEFF{"name":"é😀"}');
    const split = [bytes.subarray(0, 4), bytes.subarray(4, 15), bytes.subarray(15)];
    const text = await readText(
      new Response(chunked(split), { headers: { 'content-length': String(bytes.length) } }),
      ctx,
    );
    expect(text).toBe('{"name":"é😀"}');
    expect(text).toBe(await new Response(bytes).text());
  });

  it('one chunk or many decode alike: BOM dropped, a bad byte replaced, or refused when strict', async () => {
    const good = encoder.encode('\uFEFF{"name":"é😀"}');
    const bad = new Uint8Array([0x7b, 0xff, 0x7d, 0xe2, 0x82]); // "{", a stray byte, "}", a cut-off "€"
    for (const bytes of [good, bad]) {
      const whole = await new Response(bytes).text();
      const oneChunk = await readText(new Response(chunked([bytes])), ctx);
      const bytewise = await readText(new Response(chunked([...bytes].map((b) => new Uint8Array([b])))), ctx);
      expect(oneChunk).toBe(whole);
      expect(bytewise).toBe(whole);
    }
    expect(await readText(new Response(chunked([good])), ctx)).toBe('{"name":"é😀"}');
    expect(await readText(new Response(chunked([bad])), ctx)).toBe('{\ufffd}\ufffd');
    for (const chunks of [[bad], [bad.subarray(0, 2), bad.subarray(2)], [bad.subarray(0, 4), bad.subarray(4)]]) {
      const error = await rejectionOf(readText(new Response(chunked(chunks)), ctx, { fatal: true }));
      expect(error).toMatchObject({ code: 'NOT_UTF8' });
    }
    // A strict read of good text in one chunk or many is the text.
    expect(await readText(new Response(chunked([good.subarray(0, 5), good.subarray(5)])), ctx, { fatal: true })).toBe(
      '{"name":"é😀"}',
    );
  });

  it('an empty body, or none, is the empty string', async () => {
    expect(await readText(new Response(''), ctx)).toBe('');
    expect(await readText(new Response(null), ctx)).toBe('');
  });

  it('a body shorter than Content-Length is a ProtocolError, never half an answer', async () => {
    const response = new Response('{"Result":', { headers: { 'content-length': '100' } });
    const error = await rejectionOf(readText(response, ctx));
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as ProtocolError).code).toBe('TRUNCATED');
  });

  it('a stalled body ends in a TimeoutError after the idle timeout', async () => {
    const response = new Response(chunked([encoder.encode('{"a"')], 'stall'));
    const started = Date.now();
    const error = await rejectionOf(readText(response, ctx, { idleTimeoutMs: 50 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("the call's signal, aborted mid-body, ends the read with an AbortError (the HttpClient ends the body)", async () => {
    const server = await startServer(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"a"');
      // ...and never more.
    });
    try {
      const controller = new AbortController();
      const client = createHttpClient({ provider: 'boxnet', retry: false });
      const response = await client.request(ctx, `${server.url}/`, { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      const started = Date.now();
      expect(await rejectionOf(readText(response, ctx))).toBeInstanceOf(AbortError);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await server.close();
    }
  });

  it('a connection lost mid-body is a TransportError', async () => {
    const response = new Response(chunked([encoder.encode('{"a"')], 'fail'));
    expect(await rejectionOf(readText(response, ctx))).toBeInstanceOf(TransportError);
  });
});
