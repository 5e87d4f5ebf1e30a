import { describe, expect, it } from 'vitest';
import { ConflictError, type FileEntry, type FileStore, NotFoundError, readAll } from '../src/index.js';
import { createMemoryStore } from '../src/memory/index.js';

const text = (value: string) => ({ source: value });
async function names(store: FileStore, path: string): Promise<string[]> {
  const out: string[] = [];
  for await (const entry of store.list(path)) out.push(`${entry.kind === 'folder' ? 'd' : 'f'}:${entry.name}`);
  return out;
}
async function content(store: FileStore, path: string): Promise<string> {
  return new TextDecoder().decode(await readAll(await store.download(path)));
}

describe('createMemoryStore (the reference FileStore)', () => {
  it('mkdir, upload, list, stat and download', async () => {
    const store = createMemoryStore();
    expect(store.provider).toBe('memory');
    await store.mkdir('/docs');
    const entry = await store.upload('/docs/a.txt', text('hello'));
    expect(entry).toMatchObject({ name: 'a.txt', path: '/docs/a.txt', kind: 'file', size: 5 });
    await store.upload('/docs/empty', text(''));
    await store.mkdir('/docs/sub');
    expect(await names(store, '/docs/')).toEqual(['f:a.txt', 'f:empty', 'd:sub']);
    expect(await store.stat('//docs//a.txt')).toMatchObject({ size: 5 });
    expect(await content(store, '/docs/a.txt')).toBe('hello');
    expect(await content(store, '/docs/empty')).toBe('');
    expect((await store.stat('/')).kind).toBe('folder');
  });

  it('uses NotFoundError and ConflictError as every provider must', async () => {
    const store = createMemoryStore();
    await store.mkdir('/d');
    await store.upload('/d/f', text('x'));
    await expect(store.stat('/nope')).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.download('/d/nope')).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.upload('/missing/f', text('x'))).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.mkdir('/a/b')).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.mkdir('/d')).rejects.toBeInstanceOf(ConflictError);
    await expect(store.upload('/d/f', text('y'))).rejects.toBeInstanceOf(ConflictError);
    await expect(store.upload('/d', text('y'), { overwrite: true })).rejects.toBeInstanceOf(ConflictError);
    await expect(names(store, '/d/f')).rejects.toBeInstanceOf(ConflictError);
    await expect(store.delete('/d')).rejects.toBeInstanceOf(ConflictError);
    await expect(store.delete('/')).rejects.toBeInstanceOf(ConflictError);
    await expect(store.rename('/d/f', 'a/b')).rejects.toBeInstanceOf(ConflictError);
    const error = await store.stat('/nope').catch((e: unknown) => e);
    expect(error).toMatchObject({ provider: 'memory', operation: 'stat', kind: 'not-found' });
  });

  it('mkdir recursive creates parents and accepts an existing folder', async () => {
    const store = createMemoryStore();
    expect((await store.mkdir('/a/b/c', { recursive: true })).path).toBe('/a/b/c');
    expect((await store.mkdir('/a/b', { recursive: true })).path).toBe('/a/b');
    await store.upload('/a/file', text('x'));
    await expect(store.mkdir('/a/file/x', { recursive: true })).rejects.toBeInstanceOf(ConflictError);
  });

  it('overwrite replaces content and keeps the id', async () => {
    const store = createMemoryStore();
    const first = await store.upload('/f', text('one'));
    const second = await store.upload('/f', text('three'), { overwrite: true });
    expect(second.id).toBe(first.id);
    expect(await content(store, '/f')).toBe('three');
  });

  it('rename, move and copy semantics', async () => {
    const store = createMemoryStore();
    await store.mkdir('/src/inner', { recursive: true });
    await store.mkdir('/dst');
    const file = await store.upload('/src/inner/f.txt', text('data'));
    const renamed = await store.rename('/src/inner/f.txt', 'g.txt');
    expect(renamed).toMatchObject({ path: '/src/inner/g.txt', id: file.id });
    expect(await store.rename('/src/inner/g.txt', 'g.txt')).toMatchObject({ path: '/src/inner/g.txt' });

    const copied: FileEntry = await store.copy('/src', '/dst');
    expect(copied.path).toBe('/dst/src');
    expect(await content(store, '/dst/src/inner/g.txt')).toBe('data');
    expect((await store.stat('/dst/src/inner/g.txt')).id).not.toBe(file.id);
    await expect(store.copy('/src', '/dst')).rejects.toBeInstanceOf(ConflictError);
    await expect(store.copy('/src', '/src/inner')).rejects.toBeInstanceOf(ConflictError);

    const moved = await store.move('/src/inner/g.txt', '/dst');
    expect(moved).toMatchObject({ path: '/dst/g.txt', id: file.id });
    await expect(store.stat('/src/inner/g.txt')).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.move('/src', '/src/inner')).rejects.toBeInstanceOf(ConflictError);
    await expect(store.move('/dst/g.txt', '/nowhere')).rejects.toBeInstanceOf(NotFoundError);
    await store.upload('/src/g.txt', text('other'));
    await expect(store.move('/src/g.txt', '/dst')).rejects.toBeInstanceOf(ConflictError);
  });

  it('deletes files, empty folders, and whole trees with recursive', async () => {
    const store = createMemoryStore();
    await store.mkdir('/t/u/v', { recursive: true });
    await store.upload('/t/u/v/f', text('x'));
    await store.mkdir('/empty');
    await store.delete('/empty');
    await store.delete('/t/u/v/f');
    await store.upload('/t/u/v/f', text('x'));
    await store.delete('/t', { recursive: true });
    expect(await names(store, '/')).toEqual([]);
    await expect(store.delete('/t')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a failed upload leaves nothing behind', async () => {
    const store = createMemoryStore();
    const failing = (async function* () {
      yield new Uint8Array([1]);
      throw new Error('source broke');
    })();
    await expect(store.upload('/f', { source: failing })).rejects.toThrow('source broke');
    await expect(store.upload('/g', { source: 'abc', size: 5 })).rejects.toThrow(/declared 5/);
    expect(await names(store, '/')).toEqual([]);
  });
});
