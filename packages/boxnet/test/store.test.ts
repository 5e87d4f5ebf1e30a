import { type FileStore, isConflictError, isNotFoundError, readAll } from '@fileclients/core';
import { type BoxnetSandboxCredentials, type Sandbox, startBoxnetSandbox } from '@fileclients/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoxnetClient } from '../src/index.js';
import { createBoxnetStore } from '../src/store.js';
import { rejection } from './helpers.js';

let sandbox: Sandbox<BoxnetSandboxCredentials>;
let store: FileStore;

beforeAll(async () => {
  sandbox = await startBoxnetSandbox();
  const client = createBoxnetClient({
    apiKey: sandbox.credentials.apiKey,
    baseUrl: sandbox.url,
    uploadUrl: sandbox.url,
  });
  await client.login(sandbox.credentials.login, sandbox.credentials.password);
  store = createBoxnetStore(client);
});
afterAll(() => sandbox.stop());

const names = async (path: string) => {
  const out: string[] = [];
  for await (const entry of store.list(path)) out.push(`${entry.kind}:${entry.name}`);
  return out;
};

describe('FileStore over Box.net ids', () => {
  it('mkdir (recursive), upload, list, stat, download', async () => {
    await store.mkdir('/a/b', { recursive: true });
    const entry = await store.upload('/a/b/hello.txt', { source: 'hello' });
    expect(entry).toMatchObject({ kind: 'file', name: 'hello.txt', path: '/a/b/hello.txt', size: 5 });
    expect(entry.id).toMatch(/^\d+$/);
    expect(await names('/a')).toEqual(['folder:b']);
    expect((await store.stat('/a/b')).kind).toBe('folder');
    expect(new TextDecoder().decode(await readAll(await store.download('/a/b/hello.txt')))).toBe('hello');
  });

  it('conflicts and missing paths are typed', async () => {
    expect(isConflictError(await rejection(store.upload('/a/b/hello.txt', { source: 'x' })))).toBe(true);
    expect(isConflictError(await rejection(store.mkdir('/a')))).toBe(true);
    expect(isNotFoundError(await rejection(store.stat('/nope')))).toBe(true);
    expect(isConflictError(await rejection(store.delete('/a')))).toBe(true);
  });

  it('overwrite, rename, move, copy (file and folder), delete', async () => {
    expect((await store.upload('/a/b/hello.txt', { source: 'hello!' }, { overwrite: true })).size).toBe(6);
    await store.rename('/a/b/hello.txt', 'hi.txt');
    await store.move('/a/b/hi.txt', '/a');
    expect(await names('/a')).toEqual(['folder:b', 'file:hi.txt']);
    await store.copy('/a/hi.txt', '/a/b');
    await store.copy('/a/b', '/');
    expect(await names('/b')).toEqual(['file:hi.txt']);
    await store.delete('/a', { recursive: true });
    expect(await names('/')).toEqual(['folder:b']);
  });
});

describe('hashes', () => {
  it('list, stat and upload report the sha1 Box puts on each file, lowercase hex of the content', async () => {
    const { createHash } = await import('node:crypto');
    const content = 'hash me on box\n';
    const expected = createHash('sha1').update(content).digest('hex');
    await store.mkdir('/hashed', { recursive: true });
    const uploaded = await store.upload('/hashed/h.txt', { source: content });
    expect(uploaded.hashes).toEqual({ sha1: expected });
    expect((await store.stat('/hashed/h.txt')).hashes).toEqual({ sha1: expected });
    const listed: (string | undefined)[] = [];
    for await (const entry of store.list('/hashed')) listed.push(entry.hashes?.sha1);
    expect(listed).toEqual([expected]);
    expect((await store.stat('/hashed')).hashes).toBeUndefined();
  });
});
