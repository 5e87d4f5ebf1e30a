import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, type TransferProgress, type UploadSource } from '../src/index.js';
import { createNodeHttpFetch, fileSource } from '../src/node/index.js';
import { multipartBody, toRequestBody, uploadBody } from '../src/upload/index.js';
import { readRequest, startServer, type TestServer } from './helpers.js';

const ctx = { provider: 'afterlogic-pro7', operation: 'UploadFile' } as const;

interface Received {
  bytes: Buffer;
  headers: Record<string, string | string[] | undefined>;
}

let server: TestServer;
let received: Received[] = [];
let folder: string;

beforeAll(async () => {
  server = await startServer(async (req, res) => {
    received.push({ bytes: await readRequest(req), headers: req.headers });
    res.end('stored');
  });
  folder = await mkdtemp(join(tmpdir(), 'core-transfer-'));
});
afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

const payload = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

const sources: Array<[string, () => UploadSource, boolean]> = [
  ['Uint8Array', () => new Uint8Array(payload), true],
  ['ArrayBuffer', () => payload.buffer.slice(payload.byteOffset, payload.byteOffset + payload.byteLength), true],
  ['Blob', () => new Blob([payload]), true],
  ['web ReadableStream', () => new Blob([payload]).stream(), false],
  [
    'async iterable',
    () =>
      (async function* () {
        for (let i = 0; i < payload.length; i += 70_000) yield payload.subarray(i, i + 70_000);
      })(),
    false,
  ],
  ['Node Readable', () => Readable.from([payload.subarray(0, 100_000), payload.subarray(100_000)]), false],
];

describe.each([
  ['global fetch', undefined],
  ['node:http transport', createNodeHttpFetch()],
] as const)('uploads through %s', (_name, fetchImpl) => {
  const client = createHttpClient({ provider: 'afterlogic-pro7', ...(fetchImpl ? { fetch: fetchImpl } : {}) });

  for (const [kind, make, inMemory] of sources) {
    for (const sized of [true, false]) {
      it(`${kind}, ${sized ? 'known' : 'unknown'} size, with progress`, async () => {
        received = [];
        const progress: TransferProgress[] = [];
        const body = uploadBody({
          source: make(),
          ...(sized ? { size: payload.length } : {}),
          onProgress: (p) => progress.push(p),
        });
        expect(body.replayable).toBe(inMemory);
        const response = await client.request(ctx, `${server.url}/upload`, { method: 'PUT', body });
        expect(await response.text()).toBe('stored');
        const [got] = received;
        expect(got && sha(got.bytes)).toBe(sha(payload));
        const knownSize = sized || inMemory;
        if (knownSize) expect(got?.headers['content-length']).toBe(String(payload.length));
        expect(progress.at(-1)?.bytes).toBe(payload.length);
        expect(progress.at(-1)?.total).toBe(knownSize ? payload.length : undefined);
        expect(progress.map((p) => p.bytes)).toEqual([...progress.map((p) => p.bytes)].sort((a, b) => a - b));
      });
    }
  }

  it('a file path (node entry) with known size', async () => {
    received = [];
    const path = join(folder, 'upload.bin');
    await writeFile(path, payload);
    const progress: number[] = [];
    const body = await fileSource(path, { onProgress: (p) => progress.push(p.bytes) });
    expect(body.size).toBe(payload.length);
    await client.request(ctx, `${server.url}/upload`, { method: 'PUT', body: uploadBody(body) });
    expect(received[0] && sha(received[0].bytes)).toBe(sha(payload));
    expect(received[0]?.headers['content-length']).toBe(String(payload.length));
    expect(progress.at(-1)).toBe(payload.length);
  });

  it('a source that yields less than its declared size fails instead of sending a short body', async () => {
    received = [];
    const body = uploadBody({ source: new Blob(['abc']).stream(), size: 10 });
    await expect(client.request(ctx, `${server.url}/upload`, { method: 'PUT', body, retry: false })).rejects.toThrow(
      /afterlogic-pro7 UploadFile/,
    );
  });

  it('a streamed multipart part, with fields, Content-Length and per-part progress', async () => {
    received = [];
    const progress: number[] = [];
    const body = multipartBody(
      [
        { name: 'Action', value: 'UploadFile' },
        {
          name: 'jua-uploader',
          filename: 'report "q1".bin',
          contentType: 'application/octet-stream',
          body: {
            source: () => new Blob([payload]).stream(),
            size: payload.length,
            onProgress: (p) => progress.push(p.bytes),
          },
        },
      ],
      { boundary: 'XBOUNDARYX' },
    );
    expect(body.replayable).toBe(true);
    expect(body.contentType).toBe('multipart/form-data; boundary=XBOUNDARYX');
    await client.request(ctx, `${server.url}/upload`, { method: 'POST', body });
    const got = received[0];
    expect(got?.headers['content-type']).toBe('multipart/form-data; boundary=XBOUNDARYX');
    expect(got?.headers['content-length']).toBe(String(got?.bytes.length));
    // The server side parses it as a browser would have sent it.
    const form = await new Response(new Uint8Array(got?.bytes ?? []), {
      headers: { 'content-type': String(got?.headers['content-type']) },
    }).formData();
    expect(form.get('Action')).toBe('UploadFile');
    const file = form.get('jua-uploader') as File;
    expect(file.name).toBe('report "q1".bin'); // escaped as %22 on the wire, decoded by the parser
    expect(sha(new Uint8Array(await file.arrayBuffer()))).toBe(sha(payload));
    expect(progress.at(-1)).toBe(payload.length);
  });
});

describe('toRequestBody for your own fetch', () => {
  it('returns a stream body and says it needs duplex and redirect: error', async () => {
    const opened = await toRequestBody({ source: new Blob(['hi']).stream() });
    expect(opened.streamed).toBe(true);
    const bytes = await toRequestBody({ source: 'héllo' });
    expect(bytes.streamed).toBe(false);
    expect(bytes.size).toBe(6);
  });

  it('a one-shot body cannot be opened twice', async () => {
    const body = uploadBody({ source: new Blob(['x']).stream() });
    await body.open();
    await expect(body.open()).rejects.toThrow(/one-shot stream/);
  });
});
