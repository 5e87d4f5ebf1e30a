import { type FetchLike, type FileStore, isNotFoundError, isProtocolError, readAll } from '@fileclients/core';
import { type BoxnetSandboxCredentials, type Sandbox, startBoxnetSandbox } from '@fileclients/sandbox';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBoxnetClient } from '../src/index.js';
import { createBoxnetStore } from '../src/store.js';
import { rejection } from './helpers.js';

// The store's path -> id memory: fewer get_account_tree calls, and never a stale id after a change made through the
// store (or a deletion made by someone else).

let sandbox: Sandbox<BoxnetSandboxCredentials>;
const calls: string[] = [];

/** Answer the next download with an HTML login page (a proxy or SSO in front of the server). */
let loginPageOnce = false;
/** Answer the next download as fetch hands out a gzip-coded one: decoded bytes, the coded length in the header. */
let codedOnce: string | undefined;
const LOGIN_PAGE = '<!DOCTYPE html><html><body><form action="/login"><input name="user"></form></body></html>';

const counting: FetchLike = (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (loginPageOnce && url.includes('/api/1.0/download/')) {
    loginPageOnce = false;
    const headers = { 'content-type': 'text/html', 'content-length': String(LOGIN_PAGE.length) };
    return Promise.resolve(new Response(LOGIN_PAGE, { status: 200, headers }));
  }
  if (codedOnce !== undefined && url.includes('/api/1.0/download/')) {
    const body = codedOnce;
    codedOnce = undefined;
    const headers = { 'content-encoding': 'gzip', 'content-length': '999' };
    return Promise.resolve(new Response(body, { status: 200, headers }));
  }
  const action = new Headers(init?.headers).get('soapaction');
  calls.push(action ? action.replace(/^"urn:boxnet#Box_SoapApi#|"$/g, '') : 'http');
  return globalThis.fetch(input, init);
};

async function open(cacheSize = 1000): Promise<FileStore> {
  const client = createBoxnetClient({
    apiKey: sandbox.credentials.apiKey,
    baseUrl: sandbox.url,
    uploadUrl: sandbox.url,
    fetch: counting,
  });
  await client.login(sandbox.credentials.login, sandbox.credentials.password);
  return createBoxnetStore(client, cacheSize === 0 ? {} : { cacheSize });
}

const text = async (store: FileStore, path: string) =>
  new TextDecoder().decode(await readAll(await store.download(path)));
const names = async (store: FileStore, path: string) => {
  const out: string[] = [];
  for await (const entry of store.list(path)) out.push(`${entry.kind}:${entry.name}`);
  return out;
};
const trees = () => calls.filter((c) => c === 'get_account_tree').length;

beforeAll(async () => {
  sandbox = await startBoxnetSandbox();
});
afterAll(() => sandbox.stop());

describe('Box store path -> id memory', () => {
  let store: FileStore;
  beforeEach(async () => {
    store = await open();
    for await (const entry of store.list('/')) await store.delete(entry.path, { recursive: true });
    await store.mkdir('/a/b/c', { recursive: true });
    await store.upload('/a/b/c/x.txt', { source: 'one' });
    calls.length = 0;
  });

  it('a listed file downloads without another lookup; a lookup starts at the deepest folder known', async () => {
    expect(await names(store, '/a/b/c')).toEqual(['file:x.txt']);
    calls.length = 0;
    expect(await text(store, '/a/b/c/x.txt')).toBe('one');
    expect(trees()).toBe(0);
    // A fresh store pays one call per level: /, a, b, c.
    const fresh = await open();
    calls.length = 0;
    expect(await text(fresh, '/a/b/c/x.txt')).toBe('one');
    expect(trees()).toBe(4);
    // And then lists a known folder with one call.
    calls.length = 0;
    expect(await names(fresh, '/a/b/c')).toEqual(['file:x.txt']);
    expect(trees()).toBe(1);
  });

  it('is off by default', async () => {
    const plain = await open(0);
    await names(plain, '/a/b/c');
    calls.length = 0;
    expect(await text(plain, '/a/b/c/x.txt')).toBe('one');
    expect(trees()).toBe(4);
  });

  it('a folder deleted and made again through the store is looked up again', async () => {
    await names(store, '/a/b/c');
    await store.delete('/a/b', { recursive: true });
    expect(isNotFoundError(await rejection(store.download('/a/b/c/x.txt')))).toBe(true);
    expect(isNotFoundError(await rejection(store.stat('/a/b/c')))).toBe(true);
    await store.mkdir('/a/b/c', { recursive: true });
    await store.upload('/a/b/c/x.txt', { source: 'two' });
    expect(await names(store, '/a/b/c')).toEqual(['file:x.txt']);
    expect(await text(store, '/a/b/c/x.txt')).toBe('two');
  });

  it('rename and move forget the old paths', async () => {
    await names(store, '/a/b/c');
    await store.rename('/a/b', 'renamed');
    expect(isNotFoundError(await rejection(store.download('/a/b/c/x.txt')))).toBe(true);
    expect(await text(store, '/a/renamed/c/x.txt')).toBe('one');
    await store.mkdir('/a/b');
    expect(await names(store, '/a/b')).toEqual([]);
    await store.move('/a/renamed/c', '/a/b');
    expect(isNotFoundError(await rejection(store.list('/a/renamed/c')[Symbol.asyncIterator]().next()))).toBe(true);
    expect(await names(store, '/a/b/c')).toEqual(['file:x.txt']);
    expect(await text(store, '/a/b/c/x.txt')).toBe('one');
  });

  it('an overwrite through the store is what the next download returns', async () => {
    await names(store, '/a/b/c');
    await store.upload('/a/b/c/x.txt', { source: 'longer one' }, { overwrite: true });
    expect(await text(store, '/a/b/c/x.txt')).toBe('longer one');
    expect((await store.stat('/a/b/c/x.txt')).size).toBe(10);
  });

  it('a file or folder someone else deleted and made again is looked up again', async () => {
    await names(store, '/a/b/c');
    const other = await open();
    await other.delete('/a/b/c/x.txt');
    await other.upload('/a/b/c/x.txt', { source: 'theirs' });
    expect(await text(store, '/a/b/c/x.txt')).toBe('theirs');
    await other.delete('/a/b', { recursive: true });
    await other.mkdir('/a/b/c', { recursive: true });
    await other.upload('/a/b/c/y.txt', { source: 'y' });
    expect(await names(store, '/a/b/c')).toEqual(['file:y.txt']);
    expect(await text(store, '/a/b/c/y.txt')).toBe('y');
  });

  it('an HTML page instead of a listed file is not taken for it: looked up again, then the file', async () => {
    await names(store, '/a/b/c');
    loginPageOnce = true;
    expect(await text(store, '/a/b/c/x.txt')).toBe('one');
    // Without a remembered id the lookup is fresh: the page is refused as not the file, with a typed error.
    const fresh = await open(0);
    loginPageOnce = true;
    const error = await rejection(fresh.download('/a/b/c/x.txt'));
    expect(isProtocolError(error)).toBe(true);
    expect(String(error)).toContain('the file has 3');
    expect(await text(fresh, '/a/b/c/x.txt')).toBe('one');
  });

  it("a gzip-coded download is judged by its decoded bytes, not the header's coded length", async () => {
    await names(store, '/a/b/c');
    codedOnce = 'one';
    expect(await text(store, '/a/b/c/x.txt')).toBe('one');
    // Decoded bytes of another length than the file's are still refused.
    codedOnce = 'something else';
    expect(isProtocolError(await rejection(text(store, '/a/b/c/x.txt')))).toBe(true);
  });
});
