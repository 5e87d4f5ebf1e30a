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
