import { ConflictError, type FileClientError, NotFoundError, ProtocolError } from '@fileclients/core';
import { type FileCloudSandbox, startFileCloudSandbox } from '@fileclients/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileCloudClient, type FileCloudClient, type TransferProgress } from '../src/index.js';
import { recordedClient } from './fixtures.js';

let sandbox: FileCloudSandbox;
let client: FileCloudClient;

beforeAll(async () => {
  sandbox = await startFileCloudSandbox();
  client = createFileCloudClient({ baseUrl: sandbox.url, username: 'alice', password: 'alice-password' });
});
afterAll(async () => {
  await sandbox.stop();
});

function pattern(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

async function bytes(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('chunked upload', () => {
  it('uploads a file several chunks long, byte for byte, with progress from 0 and after each slice', async () => {
    const data = pattern(10_000, 7);
    const progress: TransferProgress[] = [];
    await client.upload('/alice/big.bin', new Blob([data]), { chunkSize: 3_000, onProgress: (p) => progress.push(p) });
    const slices = sandbox.uploadSlices.filter((s) => s.path === '/alice/big.bin');
    expect(slices).toEqual([
      { path: '/alice/big.bin', offset: 0, bytes: 3000, complete: false },
      { path: '/alice/big.bin', offset: 3000, bytes: 3000, complete: false },
      { path: '/alice/big.bin', offset: 6000, bytes: 3000, complete: false },
      { path: '/alice/big.bin', offset: 9000, bytes: 1000, complete: true },
    ]);
    expect(progress).toEqual([
      { bytes: 0, total: 10000 },
      { bytes: 3000, total: 10000 },
      { bytes: 6000, total: 10000 },
      { bytes: 9000, total: 10000 },
      { bytes: 10000, total: 10000 },
    ]);
    const back = await bytes(await client.download('/alice/big.bin'));
    expect(back).toEqual(data);
  });

  it('streams a slice larger than 64 KiB (a multipart body with its boundary), byte for byte', async () => {
    const data = pattern(100_000, 11);
    const progress: number[] = [];
    await client.upload('/alice/large-slice.bin', data, {
      chunkSize: 70_000,
      onProgress: (p) => progress.push(p.bytes),
    });
    // From 0, after each slice, never repeated. Inside a slice it moves as the transport takes the body: Node reads
    // this Blob in one piece; the browser tests see XHR's steps.
    expect(progress).toEqual([0, 70_000, 100_000]);
    const slices = sandbox.uploadSlices.filter((s) => s.path === '/alice/large-slice.bin');
    expect(slices.map((s) => s.bytes)).toEqual([70_000, 30_000]);
    expect(await bytes(await client.download('/alice/large-slice.bin'))).toEqual(data);
  });

  it('uploads a web stream of uneven pieces when the size is given', async () => {
    const data = pattern(7_777, 3);
    const pieces = [data.subarray(0, 100), data.subarray(100, 5000), data.subarray(5000)];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of pieces) controller.enqueue(piece);
        controller.close();
      },
    });
    await client.upload('/alice/stream.bin', stream, { size: data.length, chunkSize: 2_048 });
    expect(sandbox.uploadSlices.filter((s) => s.path === '/alice/stream.bin').map((s) => s.bytes)).toEqual([
      2048, 2048, 2048, 1633,
    ]);
    expect(await bytes(await client.download('/alice/stream.bin'))).toEqual(data);
  });

  it('uploads from an async iterable and a string', async () => {
    async function* gen(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode('abc');
      yield new TextEncoder().encode('def');
    }
    await client.upload('/alice/iter.txt', gen(), { size: 6, chunkSize: 4 });
    expect(new TextDecoder().decode(await bytes(await client.download('/alice/iter.txt')))).toBe('abcdef');
    await client.upload('/alice/str.txt', 'héllo');
    expect(new TextDecoder().decode(await bytes(await client.download('/alice/str.txt')))).toBe('héllo');
  });

  it('uploads an empty file as one complete slice', async () => {
    await client.upload('/alice/empty.txt', new Uint8Array(0));
    expect(sandbox.uploadSlices.filter((s) => s.path === '/alice/empty.txt')).toEqual([
      { path: '/alice/empty.txt', offset: 0, bytes: 0, complete: true },
    ]);
    expect((await client.stat('/alice/empty.txt')).size).toBe(0);
  });

  it('refuses a stream without a size, and a source shorter than its size', async () => {
    const stream = new ReadableStream<Uint8Array>({ start: (c) => c.close() });
    await expect(client.upload('/alice/x.bin', stream)).rejects.toBeInstanceOf(ProtocolError);
    async function* short(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(3);
    }
    await expect(client.upload('/alice/x.bin', short(), { size: 10, chunkSize: 4 })).rejects.toBeInstanceOf(
      ProtocolError,
    );
  });

  it('passes nofileoverwrite and iflastmodified through and maps the refusals', async () => {
    await client.upload('/alice/keep.txt', 'one', { modified: new Date('2024-05-01T10:00:00Z') });
    const error = await client.upload('/alice/keep.txt', 'two', { noOverwrite: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as FileClientError).message).toBe('filecloud upload: FileCloud said "File already exists"');
    const stamp = String(Date.parse('2024-05-01T10:00:00Z') / 1000);
    await expect(client.upload('/alice/keep.txt', 'two', { ifLastModified: '1' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await client.upload('/alice/keep.txt', 'two', { ifLastModified: stamp });
    expect(new TextDecoder().decode(await bytes(await client.download('/alice/keep.txt')))).toBe('two');
  });

  it('rejects any answer other than OK', async () => {
    const { client: recordedOne } = recordedClient({ '/core/upload': 'upload-exists.txt' });
    await expect(recordedOne.upload('/alice/a.txt', 'x')).rejects.toBeInstanceOf(ConflictError);
    const ok = recordedClient({ '/core/upload': 'upload-ok.txt' });
    await ok.client.upload('/alice/a.txt', 'x', { modified: '2024-01-02 03:04:05' });
    const query = ok.requests[0]?.fields;
    expect(Object.fromEntries(query ?? [])).toEqual({
      appname: 'explorer',
      path: '/alice',
      filename: 'a.txt',
      offset: '0',
      complete: '1',
      filesize: '1',
      date: '2024-01-02 03:04:05',
    });
    expect(ok.requests[0]?.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
  });
});

describe('download', () => {
  it('follows redirect=1 by hand without sending cookies to the storage host', async () => {
    const data = pattern(4_000, 11);
    await client.upload('/alice/redirected.bin', data);
    const before = sandbox.storageRequests.length;
    const progress: TransferProgress[] = [];
    const back = await bytes(
      await client.download('/alice/redirected.bin', { redirect: true, onProgress: (p) => progress.push(p) }),
    );
    expect(back).toEqual(data);
    const hits = sandbox.storageRequests.slice(before);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ cookie: false, xsrf: false });
    expect(progress.at(-1)).toEqual({ bytes: 4000, total: 4000 });
  });

  it('turns an XML error body into a typed error', async () => {
    const error = await client.download('/alice/missing.bin').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as FileClientError).operation).toBe('downloadfile');
  });

  it('passes an XML file that is not an error envelope through untouched', async () => {
    const xmlFile = '<?xml version="1.0"?><note><to>you</to></note>';
    const fetch = async (): Promise<Response> =>
      new Response(xmlFile, {
        headers: { 'content-type': 'application/xml', 'content-length': String(xmlFile.length) },
      });
    const own = createFileCloudClient({ baseUrl: 'https://files.example.com', fetch });
    expect(new TextDecoder().decode(await bytes(await own.download('/alice/note.xml')))).toBe(xmlFile);
  });

  it('reports a body shorter than its Content-Length as a ProtocolError', async () => {
    const fetch = async (): Promise<Response> =>
      new Response('abc', { headers: { 'content-type': 'application/octet-stream', 'content-length': '10' } });
    const own = createFileCloudClient({ baseUrl: 'https://files.example.com', fetch });
    await expect(bytes(await own.download('/alice/short.bin'))).rejects.toBeInstanceOf(ProtocolError);
  });
});
