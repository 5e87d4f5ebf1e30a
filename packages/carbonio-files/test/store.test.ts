import { isConflictError, isNotFoundError, readAll } from '@fileclients/core';
import { type CarbonioFilesSandbox, startCarbonioFilesSandbox } from '@fileclients/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCarbonioFilesClient } from '../src/index.js';
import { createCarbonioStore } from '../src/store.js';

let sandbox: CarbonioFilesSandbox;
let store: ReturnType<typeof createCarbonioStore>;

beforeAll(async () => {
  sandbox = await startCarbonioFilesSandbox();
  const client = createCarbonioFilesClient({
    baseUrl: sandbox.url,
    username: sandbox.credentials.username,
    password: sandbox.credentials.password,
  });
  store = createCarbonioStore(client, { cacheSize: 4 });
});
afterAll(() => sandbox.stop());

const text = async (stream: ReadableStream<Uint8Array>) => new TextDecoder().decode(await readAll(stream));

describe('carbonio-files FileStore adapter', () => {
  it('creates folders recursively and lists them with full file names', async () => {
    const dir = await store.mkdir('/a/b/c', { recursive: true });
    expect(dir).toMatchObject({ path: '/a/b/c', kind: 'folder' });
    await store.upload('/a/b/c/notes.txt', { source: 'hello' });
    const names: string[] = [];
    for await (const e of store.list('/a/b/c')) names.push(`${e.kind}:${e.name}:${e.size ?? ''}`);
    expect(names).toEqual(['file:notes.txt:5']);
    expect((await store.stat('/a/b/c/notes.txt')).modified).toBeInstanceOf(Date);
    expect(await text(await store.download('/a/b/c/notes.txt'))).toBe('hello');
  });

  it('refuses existing targets and wrong kinds with ConflictError', async () => {
    await store.mkdir('/conflicts');
    await store.upload('/conflicts/x.txt', { source: '1' });
    await expect(store.mkdir('/conflicts')).rejects.toSatisfy(isConflictError);
    await expect(store.upload('/conflicts/x.txt', { source: '2' })).rejects.toSatisfy(isConflictError);
    await expect(store.upload('/conflicts', { source: '2' })).rejects.toSatisfy(isConflictError);
    await expect(store.download('/conflicts')).rejects.toSatisfy(isConflictError);
    await store.upload('/conflicts/x.txt', { source: 'two' }, { overwrite: true });
    expect(await text(await store.download('/conflicts/x.txt'))).toBe('two');
    await expect(store.delete('/conflicts')).rejects.toSatisfy(isConflictError);
    await expect(store.stat('/nope/x')).rejects.toSatisfy(isNotFoundError);
  });

  it('renames, moves and copies, and deletes recursively', async () => {
    await store.mkdir('/ops/src', { recursive: true });
    await store.mkdir('/ops/dst');
    await store.upload('/ops/src/f.txt', { source: 'f' });
    expect((await store.rename('/ops/src/f.txt', 'g.txt')).path).toBe('/ops/src/g.txt');
    await expect(store.rename('/ops/src/g.txt', 'g.md')).rejects.toThrow(/extension/);
    expect((await store.copy('/ops/src/g.txt', '/ops/dst')).path).toBe('/ops/dst/g.txt');
    await expect(store.move('/ops/src/g.txt', '/ops/dst')).rejects.toSatisfy(isConflictError);
    await store.delete('/ops/dst/g.txt');
    expect((await store.move('/ops/src/g.txt', '/ops/dst')).path).toBe('/ops/dst/g.txt');
    await expect(store.stat('/ops/src/g.txt')).rejects.toSatisfy(isNotFoundError);
    await store.delete('/ops', { recursive: true });
    await expect(store.stat('/ops')).rejects.toSatisfy(isNotFoundError);
  });

  it('uploads empty files', async () => {
    const entry = await store.upload('/empty.bin', { source: new Uint8Array(0) });
    expect(entry.size).toBe(0);
    expect((await readAll(await store.download('/empty.bin'))).byteLength).toBe(0);
  });
});
