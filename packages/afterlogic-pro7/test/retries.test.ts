import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { isFileClientError, NotFoundError, RateLimitError, TimeoutError, TransportError } from '@fileclients/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPro7Client, type Pro7ClientOptions } from '../src/index.js';
import { recorded } from './fixtures/recorded.js';
import { rejection } from './helpers.js';

// A node:http server on 127.0.0.1:0 speaking the recorded answers, with faults queued per action: an HTTP status,
// a connection reset before the answer, or an answer that stalls after half its body.

type Fault = { readonly status: number; readonly retryAfter?: string } | 'reset' | 'stall';

const TOKEN = 'f00dfeedf00dfeedf00dfeedf00dfeed';
const faults = new Map<string, Fault[]>();
let hits: string[] = [];
let lines: string[] = [];
let baseUrl = '';
const sockets = new Set<Socket>();

const ANSWERS: Readonly<Record<string, string>> = {
  Files: recorded['Files.root'],
  FilesQuota: recorded.FilesQuota,
  FileInfo: recorded.FileInfo,
  FilesDelete: recorded.FilesDelete,
  FilesFolderCreate: recorded.FilesFolderCreate,
  SystemGetAppData: recorded['SystemGetAppData.authenticated'],
  Upload: recorded['UploadFile.multipart'],
  Raw: 'hello world\n',
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  const url = req.url ?? '';
  const key = url.includes('/Raw/')
    ? 'Raw'
    : url.includes('/Upload/')
      ? 'Upload'
      : (new URLSearchParams(body).get('Action') ?? 'unknown');
  hits.push(key);
  const fault = faults.get(key)?.shift();
  const answer = ANSWERS[key] ?? '{"Action":"unknown","Result":false,"ErrorCode":999}';
  const type = key === 'Raw' ? 'text/plain' : 'application/json; charset=utf-8';
  if (fault === 'reset') {
    req.socket.destroy();
  } else if (fault === 'stall') {
    // Headers and half the body, then silence: only an idle timeout ends this.
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(answer) });
    res.write(answer.slice(0, Math.floor(answer.length / 2)));
  } else if (fault !== undefined) {
    res.writeHead(fault.status, {
      'Content-Type': 'text/html',
      ...(fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter }),
    });
    res.end('<html><body>busy</body></html>');
  } else {
    res.writeHead(200, { 'Content-Type': type });
    res.end(answer);
  }
}

const server = createServer((req, res) => {
  handle(req, res).catch(() => res.destroy());
});
server.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  faults.clear();
  hits = [];
  lines = [];
});

function arm(key: string, ...queue: Fault[]): void {
  faults.set(key, queue);
}

/** Backoff without waiting (random 0), so a logged delay is exactly the server's Retry-After. */
function client(options: Partial<Pro7ClientOptions> = {}) {
  return createPro7Client({
    baseUrl,
    authToken: TOKEN,
    accountId: 1,
    retry: { random: () => 0 },
    logger: (line) => lines.push(line),
    ...options,
  });
}

const count = (key: string) => hits.filter((hit) => hit === key).length;

describe('reads are retried by core policy', () => {
  it('a 503 on Files is retried and the listing succeeds', async () => {
    arm('Files', { status: 503 });
    const { items } = await client().list('/');
    expect(items.length).toBeGreaterThan(0);
    expect(count('Files')).toBe(2);
    expect(lines.some((line) => line.startsWith('retry 1/3 of Files') && line.includes('HTTP 503'))).toBe(true);
  });

  it('FileInfo, FilesQuota and SystemGetAppData are retried after a 500, a 502 and a reset', async () => {
    arm('FileInfo', { status: 500 });
    arm('FilesQuota', { status: 502 });
    arm('SystemGetAppData', 'reset');
    const c = client();
    expect((await c.info('/my folder/put.txt')).Name).toBe('put.txt');
    expect(await c.quota()).toEqual(expect.any(Array));
    expect((await c.appData()).Token).toEqual(expect.any(String));
    expect([count('FileInfo'), count('FilesQuota'), count('SystemGetAppData')]).toEqual([2, 2, 2]);
  });

  it('429 with Retry-After: the retry waits what the server asked for', async () => {
    arm('Files', { status: 429, retryAfter: '1' });
    await client().list('/');
    expect(count('Files')).toBe(2);
    expect(lines.some((line) => line.includes('retry 1/3 of Files in 1000 ms after HTTP 429'))).toBe(true);
  });

  it('a Retry-After above maxRetryAfterMs is not waited for: a RateLimitError says how long', async () => {
    arm('Files', { status: 429, retryAfter: '120' });
    const error = await rejection(client({ retry: { maxRetryAfterMs: 1_000 } }).list('/'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(isFileClientError(error) && error.retryAfterMs).toBe(120_000);
    expect(count('Files')).toBe(1);
  });

  it('503 on every attempt: four requests, then a TransportError with the status', async () => {
    arm('Files', { status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    const error = await rejection(client().list('/'));
    expect(error).toBeInstanceOf(TransportError);
    expect(isFileClientError(error) && error.status).toBe(503);
    expect(count('Files')).toBe(4);
  });

  it('retry: false sends a read once', async () => {
    arm('Files', { status: 503 });
    expect(await rejection(client({ retry: false }).list('/'))).toBeInstanceOf(TransportError);
    expect(count('Files')).toBe(1);
  });

  it('a Raw download is retried after a 502; a 404 there stays a NotFoundError, sent once', async () => {
    const item = JSON.parse(recorded.FileInfo).Result;
    arm('Raw', { status: 502 });
    const c = client();
    expect(await new Response(await c.download(item)).text()).toBe('hello world\n');
    expect(count('Raw')).toBe(2);
    hits = [];
    arm('Raw', { status: 404 });
    expect(await rejection(c.download(item))).toBeInstanceOf(NotFoundError);
    expect(count('Raw')).toBe(1);
  });
});

describe('mutations are sent once', () => {
  it('a 503 on FilesDelete is not retried: the item is reported failed', async () => {
    arm('FilesDelete', { status: 503 });
    const [report] = await client().delete('/a.txt');
    expect(report?.ok).toBe(false);
    const error = report?.ok === false ? report.error : undefined;
    expect(error).toBeInstanceOf(TransportError);
    expect(error?.status).toBe(503);
    expect(count('FilesDelete')).toBe(1);
    expect(lines.some((line) => line.startsWith('retry'))).toBe(false);
  });

  it('a reset on FilesFolderCreate is not retried', async () => {
    arm('FilesFolderCreate', 'reset');
    expect(await rejection(client().createFolder('/new'))).toBeInstanceOf(TransportError);
    expect(count('FilesFolderCreate')).toBe(1);
  });

  it('an upload (replayable body) is not retried after a 503', async () => {
    arm('Upload', { status: 503 });
    const error = await rejection(client().upload('/a.txt', { source: 'abc' }, { overwrite: true }));
    expect(error).toBeInstanceOf(TransportError);
    expect(count('Upload')).toBe(1);
  });
});

describe('idle timeout', () => {
  it('a stalled Files answer ends with a TimeoutError, and is not retried', async () => {
    arm('Files', 'stall');
    const error = await rejection(client({ idleTimeoutMs: 100 }).list('/'));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(isFileClientError(error) && error.operation).toBe('Files');
    expect(count('Files')).toBe(1);
  });

  it('a stalled download body ends with a TimeoutError', async () => {
    const item = JSON.parse(recorded.FileInfo).Result;
    arm('Raw', 'stall');
    const stream = await client({ idleTimeoutMs: 100 }).download(item);
    expect(await rejection(new Response(stream).text())).toBeInstanceOf(TimeoutError);
  });

  it('a per-call idleTimeoutMs overrides the client default', async () => {
    arm('FilesQuota', 'stall');
    expect(await rejection(client().quota({ idleTimeoutMs: 100 }))).toBeInstanceOf(TimeoutError);
  });
});
