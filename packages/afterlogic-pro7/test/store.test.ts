import { ConflictError, type FileEntry, type FileStore, NotFoundError } from '@fileclients/core';
import { type Pro7Sandbox, startAfterlogicPro7Sandbox } from '@fileclients/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPro7Client } from '../src/index.js';
import { createPro7Store } from '../src/store.js';
import { rejection } from './helpers.js';
import { readText } from './recorded-fetch.js';

let sandbox: Pro7Sandbox;
let store: FileStore;
let corporate: FileStore;

async function collect(iterable: AsyncIterable<FileEntry>): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of iterable) names.push(entry.name);
  return names.sort();
}

beforeAll(async () => {
  sandbox = await startAfterlogicPro7Sandbox({ seedFiles: { '/a.txt': 'alpha', '/dir/b.txt': 'beta' } });
  const client = createPro7Client({ baseUrl: sandbox.url });
  await client.login({ email: sandbox.credentials.username, password: sandbox.credentials.password });
  store = createPro7Store(client);
  corporate = createPro7Store(client, { type: 'corporate' });
});

afterAll(async () => {
  await sandbox.stop();
});

describe('createPro7Store against the sandbox', () => {
  it('list, stat, and the errors for missing paths and files', async () => {
    expect(store.provider).toBe('afterlogic-pro7');
    expect(await collect(store.list('/'))).toEqual(['a.txt', 'dir']);
    const a = await store.stat('/a.txt');
    expect(a).toMatchObject({ name: 'a.txt', path: '/a.txt', kind: 'file', size: 5 });
    expect(a.modified).toBeInstanceOf(Date);
    expect(await store.stat('/')).toMatchObject({ path: '/', kind: 'folder' });
    expect(await rejection(store.stat('/nope'))).toBeInstanceOf(NotFoundError);
    expect(await rejection(collect(store.list('/a.txt')))).toBeInstanceOf(ConflictError);
  });

  it('mkdir: recursive creates parents; an existing folder is a conflict without recursive', async () => {
    expect(await store.mkdir('/m/n/o', { recursive: true })).toMatchObject({ path: '/m/n/o', kind: 'folder' });
    expect(await rejection(store.mkdir('/m'))).toBeInstanceOf(ConflictError);
    expect(await rejection(store.mkdir('/x/y'))).toBeInstanceOf(NotFoundError);
  });

  it('upload, overwrite, download', async () => {
    const entry = await store.upload('/m/f+1%.txt', { source: 'first' });
    expect(entry).toMatchObject({ path: '/m/f+1%.txt', size: 5 });
    expect(await rejection(store.upload('/m/f+1%.txt', { source: 'x' }))).toBeInstanceOf(ConflictError);
    await store.upload('/m/f+1%.txt', { source: 'second!' }, { overwrite: true });
    expect(await readText(await store.download('/m/f+1%.txt'))).toBe('second!');
    const empty = await store.upload('/m/empty.txt', { source: new Uint8Array(0) });
    expect(empty.size).toBe(0);
    expect(await readText(await store.download('/m/empty.txt'))).toBe('');
  });

  it('rename refuses a taken name instead of letting the server suffix it', async () => {
    await store.upload('/r1.txt', { source: '1' });
    await store.upload('/r2.txt', { source: '2' });
    expect(await rejection(store.rename('/r1.txt', 'r2.txt'))).toBeInstanceOf(ConflictError);
    expect(await store.rename('/r1.txt', 'r3.txt')).toMatchObject({ path: '/r3.txt' });
  });

  it('copy and move keep the name; a clash or a folder into itself is a conflict', async () => {
    expect(await store.copy('/a.txt', '/m')).toMatchObject({ path: '/m/a.txt', size: 5 });
    expect(await rejection(store.copy('/a.txt', '/m'))).toBeInstanceOf(ConflictError);
    expect(await store.move('/r3.txt', '/dir')).toMatchObject({ path: '/dir/r3.txt' });
    expect(await rejection(store.move('/m', '/m/n'))).toBeInstanceOf(ConflictError);
    expect(await store.copy('/dir', '/m')).toMatchObject({ path: '/m/dir', kind: 'folder' });
    expect(await collect(store.list('/m/dir'))).toEqual(['b.txt', 'r3.txt']);
  });

  it('delete: a non-empty folder needs recursive', async () => {
    expect(await rejection(store.delete('/m'))).toBeInstanceOf(ConflictError);
    await store.delete('/m', { recursive: true });
    expect(await rejection(store.stat('/m'))).toBeInstanceOf(NotFoundError);
    expect(await rejection(store.delete('/m'))).toBeInstanceOf(NotFoundError);
  });

  it('works on corporate storage too', async () => {
    await corporate.upload('/c.txt', { source: 'corp' });
    expect(await collect(corporate.list('/'))).toEqual(['c.txt']);
    expect(await collect(store.list('/'))).not.toContain('c.txt');
  });
});
