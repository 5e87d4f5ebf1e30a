import { ConflictError, NotFoundError } from '@fileclients/core';
import { type FileCloudSandbox, startFileCloudSandbox } from '@fileclients/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileCloudClient } from '../src/index.js';
import { createFileCloudStore } from '../src/store.js';

let sandbox: FileCloudSandbox;
beforeAll(async () => {
  sandbox = await startFileCloudSandbox();
});
afterAll(async () => {
  await sandbox.stop();
});

async function names(iterable: AsyncIterable<{ name: string }>): Promise<string[]> {
  const out: string[] = [];
  for await (const entry of iterable) out.push(entry.name);
  return out;
}

describe('FileCloud FileStore adapter', () => {
  it('does the FileStore operations with core error classes', async () => {
    const store = createFileCloudStore(
      createFileCloudClient({ baseUrl: sandbox.url, username: 'alice', password: 'alice-password' }),
    );
    expect(store.provider).toBe('filecloud');
    expect(await store.mkdir('/alice/s/a/b', { recursive: true })).toMatchObject({ kind: 'folder', name: 'b' });
    await expect(store.mkdir('/alice/s/a')).rejects.toBeInstanceOf(ConflictError);
    await expect(store.mkdir('/alice/nope/x')).rejects.toBeInstanceOf(NotFoundError);

    const file = await store.upload('/alice/s/a/f.txt', { source: 'hello' });
    expect(file).toMatchObject({ kind: 'file', size: 5, path: '/alice/s/a/f.txt' });
    await expect(store.upload('/alice/s/a/f.txt', { source: 'again' })).rejects.toBeInstanceOf(ConflictError);
    await store.upload(
      '/alice/s/a/f.txt',
      { source: () => new TextEncoder().encode('again!').buffer },
      { overwrite: true },
    );
    expect(await new Response(await store.download('/alice/s/a/f.txt')).text()).toBe('again!');
    await expect(store.upload('/alice/s/a/b', { source: 'x' }, { overwrite: true })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await store.upload('/alice/s/empty', { source: new Uint8Array(0) });
    expect((await store.stat('/alice/s/empty')).size).toBe(0);

    expect(await names(store.list('/alice/s/a'))).toEqual(['b', 'f.txt']);
    await expect(names(store.list('/alice/s/a/f.txt'))).rejects.toBeInstanceOf(ConflictError);
    await expect(names(store.list('/alice/s/none'))).rejects.toBeInstanceOf(NotFoundError);

    expect((await store.rename('/alice/s/a/f.txt', 'g.txt')).path).toBe('/alice/s/a/g.txt');
    expect((await store.copy('/alice/s/a/g.txt', '/alice/s')).path).toBe('/alice/s/g.txt');
    await expect(store.copy('/alice/s/a/g.txt', '/alice/s')).rejects.toBeInstanceOf(ConflictError);
    expect((await store.move('/alice/s/g.txt', '/alice/s/a/b')).path).toBe('/alice/s/a/b/g.txt');

    await expect(store.delete('/alice/s/a')).rejects.toBeInstanceOf(ConflictError);
    await store.delete('/alice/s/a', { recursive: true });
    await expect(store.stat('/alice/s/a')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('FileCloud FileStore: modification times', () => {
  it('upload({ modified }) sends `date` and list/stat report it back', async () => {
    const store = createFileCloudStore(
      createFileCloudClient({ baseUrl: sandbox.url, username: 'alice', password: 'alice-password' }),
    );
    expect(store.capabilities.uploadModified).toBe(true);
    const when = new Date('2021-04-05T06:07:08.000Z');
    await store.mkdir('/alice/timed', { recursive: true });
    const entry = await store.upload('/alice/timed/old.txt', { source: 'from 2021' }, { modified: when });
    expect(entry.modified?.toISOString()).toBe(when.toISOString());
    expect((await store.stat('/alice/timed/old.txt')).modified?.toISOString()).toBe(when.toISOString());
  });
});
