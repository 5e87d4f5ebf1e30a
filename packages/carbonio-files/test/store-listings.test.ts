import { type FetchLike, type FileStore, isNotFoundError, readAll } from '@fileclients/core';
import { type CarbonioFilesSandbox, startCarbonioFilesSandbox } from '@fileclients/sandbox';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCarbonioFilesClient } from '../src/index.js';
import { type CarbonioStoreOptions, createCarbonioStore } from '../src/store.js';

// rememberListings: a name looked up in a folder the store listed to the end (or made) needs no children call, and
// the answer is never stale after a change made through the store.

let sandbox: CarbonioFilesSandbox;
/** GraphQL operation names of the calls made (uploads as 'upload'). */
const calls: string[] = [];

const counting: FetchLike = (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (url.includes('/graphql') && typeof init?.body === 'string') {
    const query = String((JSON.parse(init.body) as { query?: unknown }).query ?? '');
    calls.push(/^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'graphql');
  } else if (url.includes('/upload')) calls.push('upload');
  return globalThis.fetch(input, init);
};

const open = (options: CarbonioStoreOptions): FileStore =>
  createCarbonioStore(
    createCarbonioFilesClient({
      baseUrl: sandbox.url,
      username: sandbox.credentials.username,
      password: sandbox.credentials.password,
      fetch: counting,
    }),
    options,
  );

const text = async (store: FileStore, path: string) =>
  new TextDecoder().decode(await readAll(await store.download(path)));
const children = () => calls.filter((c) => /children/i.test(c)).length;

beforeAll(async () => {
  sandbox = await startCarbonioFilesSandbox();
});
afterAll(() => sandbox.stop());

describe('carbonio store with rememberListings', () => {
  let root: string;
  let n = 0;
  beforeEach(async () => {
    root = `/t${n++}`;
    const setup = open({});
    await setup.mkdir(`${root}/f`, { recursive: true });
    await setup.upload(`${root}/f/a.txt`, { source: 'a' });
    await setup.upload(`${root}/f/b.txt`, { source: 'b' });
    calls.length = 0;
  });

  it('an upload and a rename into a listed folder make no children call', async () => {
    const store = open({ rememberListings: true });
    for await (const _ of store.list(`${root}/f`));
    calls.length = 0;
    await store.upload(`${root}/f/.new.part.txt`, { source: 'new' });
    await store.rename(`${root}/f/.new.part.txt`, 'new.txt');
    expect(children()).toBe(0);
    expect(await text(store, `${root}/f/new.txt`)).toBe('new');
    // Without it, each lookup of a name that is not there pages through the folder.
    const plain = open({});
    for await (const _ of plain.list(`${root}/f`));
    calls.length = 0;
    await plain.upload(`${root}/f/.other.part.txt`, { source: 'x' });
    await plain.rename(`${root}/f/.other.part.txt`, 'other.txt');
    expect(children()).toBe(2);
  });

  it('a folder it made is known empty; what it puts there is found', async () => {
    const store = open({ rememberListings: true, cacheSize: 2 });
    await store.mkdir(`${root}/g/h`, { recursive: true });
    calls.length = 0;
    await store.upload(`${root}/g/h/x.txt`, { source: 'x' });
    expect(children()).toBe(0);
    // Pushed out of the id cache (2 entries), still known to be there: looked up, not reported missing.
    await store.upload(`${root}/g/h/y.txt`, { source: 'y' });
    await store.upload(`${root}/g/h/z.txt`, { source: 'z' });
    expect((await store.stat(`${root}/g/h/x.txt`)).size).toBe(1);
    expect(await text(store, `${root}/g/h/x.txt`)).toBe('x');
  });

  it('delete, rename and move through the store are seen at once', async () => {
    const store = open({ rememberListings: true, cacheSize: 2 });
    for await (const _ of store.list(`${root}/f`));
    await store.delete(`${root}/f/a.txt`);
    await expect(store.stat(`${root}/f/a.txt`)).rejects.toSatisfy(isNotFoundError);
    await store.upload(`${root}/f/a.txt`, { source: 'again' });
    expect(await text(store, `${root}/f/a.txt`)).toBe('again');
    await store.rename(`${root}/f/b.txt`, 'c.txt');
    await expect(store.stat(`${root}/f/b.txt`)).rejects.toSatisfy(isNotFoundError);
    expect(await text(store, `${root}/f/c.txt`)).toBe('b');
    await store.mkdir(`${root}/m`);
    await store.move(`${root}/f/c.txt`, `${root}/m`);
    await expect(store.stat(`${root}/f/c.txt`)).rejects.toSatisfy(isNotFoundError);
    expect(await text(store, `${root}/m/c.txt`)).toBe('b');
    await store.copy(`${root}/m/c.txt`, `${root}/f`);
    expect(await text(store, `${root}/f/c.txt`)).toBe('b');
    // A folder renamed away: its old path's listing is forgotten with it.
    await store.rename(`${root}/f`, 'f2');
    await expect(store.stat(`${root}/f/a.txt`)).rejects.toSatisfy(isNotFoundError);
    await store.mkdir(`${root}/f`);
    await store.upload(`${root}/f/a.txt`, { source: 'new f' });
    expect(await text(store, `${root}/f/a.txt`)).toBe('new f');
    expect(await text(store, `${root}/f2/a.txt`)).toBe('again');
  });

  it('a listing that a change overtook is not taken as complete', async () => {
    const store = open({ rememberListings: true, cacheSize: 2 });
    const listing = store.list(`${root}/f`)[Symbol.asyncIterator]();
    await listing.next();
    // Made by another client while the listing runs, then by this store: the listing may or may not hold them.
    await open({}).upload(`${root}/f/theirs.txt`, { source: 'theirs' });
    await store.upload(`${root}/f/mine.txt`, { source: 'mine' });
    while (!(await listing.next()).done);
    await store.upload(`${root}/f/evict1.txt`, { source: '1' });
    await store.upload(`${root}/f/evict2.txt`, { source: '2' });
    expect(await text(store, `${root}/f/theirs.txt`)).toBe('theirs');
    expect(await text(store, `${root}/f/mine.txt`)).toBe('mine');
  });
});
