import { AuthError, isFileClientError, NotFoundError, ProtocolError, QuotaError } from '@fileclients/core';
import { type Pro7Sandbox, startAfterlogicPro7Sandbox } from '@fileclients/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPro7Client, type Pro7Client, Pro7SoftFailureError } from '../src/index.js';
import { rejection } from './helpers.js';
import { readText } from './recorded-fetch.js';

let sandbox: Pro7Sandbox;
let client: Pro7Client;

const names = async (c: Pro7Client, path: string) => (await c.list(path)).items.map((item) => item.Name).sort();

beforeAll(async () => {
  sandbox = await startAfterlogicPro7Sandbox({
    seedFiles: { '/hello.txt': 'hello world\n', '/docs/a.txt': 'alpha', '/docs/deep/b.txt': 'beta' },
    seed: { corporate: { '/shared-doc.txt': 'corporate' } },
  });
  client = createPro7Client({ baseUrl: sandbox.url });
  await client.login({ email: sandbox.credentials.username, password: sandbox.credentials.password });
});

afterAll(async () => {
  await sandbox.stop();
});

describe('token mode against the sandbox: every action', () => {
  it('SystemLogin / SystemGetAppData: a session with the AccountID', async () => {
    expect(client.session.accountId).toBe(1);
    expect(client.session.authToken).toMatch(/^[0-9a-f]{32}$/);
    const data = await client.appData();
    expect(data.Auth).toBe(true);
    expect(data.Accounts?.[0]?.Email).toBe(sandbox.credentials.username);
  });

  it('Files, with Pattern; FileInfo; FilesQuota', async () => {
    const root = await client.list();
    expect(root.items.map((item) => item.Name).sort()).toEqual(['docs', 'hello.txt']);
    expect(root.quota).toEqual([0, 0]);
    const found = await client.list('/', { pattern: 'b.' });
    expect(found.items.map((item) => item.FullPath)).toEqual(['/docs/deep/b.txt']);
    const info = await client.info('/docs/a.txt');
    expect(info).toMatchObject({ Name: 'a.txt', Size: 5, Id: '', FullPath: '/docs/a.txt' });
    expect(await client.quota()).toEqual([0, 0]);
    const corporate = await client.list('', { type: 'corporate' });
    expect(corporate.items.map((item) => item.Name)).toEqual(['shared-doc.txt']);
  });

  it('FilesFolderCreate: names with + and % survive the second URL-decoding', async () => {
    await client.createFolder('/odd 100% a+b');
    await client.createFolder('/odd 100% a+b/inner%20x');
    expect(await names(client, '/')).toContain('odd 100% a+b');
    expect(await names(client, '/odd 100% a+b')).toEqual(['inner%20x']);
  });

  it('FilesRename: reports the final name after a silent clash rename', async () => {
    await client.upload('/r1.txt', { source: 'one' });
    await client.upload('/r2.txt', { source: 'two' });
    const plain = await client.rename('/r1.txt', 'r+1%.txt');
    expect(plain).toEqual({ name: 'r+1%.txt', path: '/r+1%.txt', renamed: false });
    const clash = await client.rename('/r+1%.txt', 'r2.txt');
    expect(clash).toEqual({ name: 'r2_0.txt', path: '/r2_0.txt', renamed: true });
    expect(await names(client, '/')).toEqual(expect.arrayContaining(['r2.txt', 'r2_0.txt']));
  });

  it('FilesDelete: one report per item, a missing one does not hide the others', async () => {
    await client.upload('/del a+b.txt', { source: 'x' });
    await client.upload('/del2.txt', { source: 'y' });
    const reports = await client.delete(['/del a+b.txt', '/missing.txt', '/del2.txt']);
    expect(reports.map((report) => report.ok)).toEqual([true, false, true]);
    const failed = reports[1];
    expect(failed && !failed.ok && failed.error).toBeInstanceOf(NotFoundError);
    expect(await names(client, '/')).not.toContain('del2.txt');
  });

  it('FilesCopy and FilesMove: final names reported, across storage types', async () => {
    await client.createFolder('/target');
    const first = await client.copy('/hello.txt', '/target');
    expect(first).toEqual([{ from: '/hello.txt', ok: true, to: '/target/hello.txt', renamed: false }]);
    const second = await client.copy(['/hello.txt', '/nope.txt'], '/target');
    expect(second[0]).toEqual({ from: '/hello.txt', ok: true, to: '/target/hello_0.txt', renamed: true });
    expect(second[1]?.ok).toBe(false);
    const moved = await client.move('/target/hello_0.txt', '/docs');
    expect(moved).toEqual([{ from: '/target/hello_0.txt', ok: true, to: '/docs/hello_0.txt', renamed: false }]);
    const cross = await client.copy('/docs/a.txt', '/', { toType: 'corporate' });
    expect(cross[0]).toMatchObject({ ok: true, to: '/a.txt' });
    expect((await client.list('', { type: 'corporate' })).items.map((i) => i.Name).sort()).toEqual([
      'a.txt',
      'shared-doc.txt',
    ]);
  });

  it('FilesMove into personal over the quota: QuotaError 812', async () => {
    sandbox.setQuota(1);
    try {
      const [report] = await client.move('/shared-doc.txt', '/', { type: 'corporate', toType: 'personal' });
      expect(report?.ok).toBe(false);
      expect(report && !report.ok && report.error).toBeInstanceOf(QuotaError);
      expect(report && !report.ok && report.error.code).toBe(812);
    } finally {
      sandbox.setQuota(0);
    }
  });

  it('FilesCreatePublicLink, FilesPub, public download, FilesPublicLinkDelete', async () => {
    const folderLink = await client.createPublicLink('/docs');
    expect(folderLink.kind).toBe('folder');
    const pub = await client.listPublic(folderLink.hash);
    expect(pub.items.map((item) => item.Name)).toContain('a.txt');
    const deep = await client.listPublic(folderLink.hash, '/deep');
    expect(deep.items.map((item) => item.Name)).toEqual(['b.txt']);
    expect((await client.list()).items.find((item) => item.Name === 'docs')?.Shared).toBe(true);
    const fileLink = await client.createPublicLink('/hello.txt');
    expect(fileLink.kind).toBe('file');
    expect(fileLink.url).toMatch(/\?\/Min\/Share\/[\w-]+$/);
    expect(await readText(await client.downloadPublic(fileLink.url))).toBe('hello world\n');
    await client.deletePublicLink('/docs');
    expect(await rejection(client.listPublic(folderLink.hash))).toBeInstanceOf(Pro7SoftFailureError);
    // A real server answers Result true when there is no link to delete, so deleting twice is no error.
    await client.deletePublicLink('/docs');
    expect((await client.list()).items.find((item) => item.Name === 'docs')?.Shared).toBe(false);
  });

  it('FilesLinkCreate: a .url item that lists as a link', async () => {
    const path = await client.createLink('/', 'video', 'https://www.youtube.com/watch?v=x');
    expect(path).toBe('/video.url');
    const item = (await client.list()).items.find((i) => i.Name === 'video.url');
    expect(item).toMatchObject({ IsLink: true, LinkType: 3, LinkUrl: 'https://www.youtube.com/watch?v=x' });
  });

  it('the typed call() reaches any action with Action and AuthToken injected', async () => {
    const result = await client.call('/Ajax/FilesQuota', {});
    expect(result.Quota).toEqual([0, 0]);
  });
});

describe('transfers against the sandbox', () => {
  it('multipart upload from a stream with progress; a clash reports the stored name', async () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 251);
    const events: number[] = [];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 50_000) controller.enqueue(bytes.slice(i, i + 50_000));
        controller.close();
      },
    });
    const first = await client.upload('/docs/big.bin', {
      source: stream,
      size: bytes.length,
      onProgress: (p) => events.push(p.bytes),
    });
    expect(first).toMatchObject({ path: '/docs/big.bin', renamed: false, size: 200_000 });
    expect(events.at(-1)).toBe(200_000);
    expect(events.length).toBeGreaterThan(2);
    const second = await client.upload('/docs/big.bin', { source: bytes });
    expect(second).toMatchObject({ name: 'big_0.bin', path: '/docs/big_0.bin', renamed: true });
    const back = new Uint8Array(await new Response(await client.download('/docs/big_0.bin')).arrayBuffer());
    // Compared as one buffer: a deep equality over 200k elements is needlessly slow.
    expect(Buffer.compare(back, bytes)).toBe(0);
  });

  it('multipart upload with overwrite, into a folder whose name has + and %', async () => {
    await client.createFolder('/up 5%+');
    await client.upload('/up 5%+/f.txt', { source: 'one' });
    const again = await client.upload('/up 5%+/f.txt', { source: 'three' }, { overwrite: true });
    expect(again).toMatchObject({ name: 'f.txt', renamed: false, size: 5 });
    expect(await names(client, '/up 5%+')).toEqual(['f.txt']);
  });

  it('PUT upload with progress; the name may hold & and %', async () => {
    const events: number[] = [];
    const result = await client.upload(
      '/docs/p&q 100%.txt',
      { source: new Blob(['put body']), onProgress: (p) => events.push(p.bytes) },
      { method: 'put' },
    );
    expect(result).toMatchObject({ path: '/docs/p&q 100%.txt', size: 8, renamed: false });
    expect(events.at(-1)).toBe(8);
    expect(await readText(await client.download('/docs/p&q 100%.txt'))).toBe('put body');
  });

  it('download and view with progress; links in token and cookie form', async () => {
    const item = await client.info('/hello.txt');
    const seen: number[] = [];
    expect(await readText(await client.download(item, { onProgress: (p) => seen.push(p.bytes) }))).toBe(
      'hello world\n',
    );
    expect(seen.at(-1)).toBe(12);
    expect(await readText(await client.download('/hello.txt', { view: true }))).toBe('hello world\n');
    const token = client.linkFor(item.Hash);
    expect(token).toBe(`${sandbox.url}/?/Raw/FilesDownload/1/${item.Hash}/0/hash/${client.session.authToken}`);
    expect(await (await fetch(token)).text()).toBe('hello world\n');
    const cookieForm = client.linkFor(item.Hash, { form: 'cookie', action: 'FilesView' });
    expect(cookieForm).toBe(`${sandbox.url}/?/Raw/FilesView/1/${item.Hash}`);
    expect((await fetch(cookieForm)).status).toBe(404);
  });

  it('FilesThumbnail links: images have Thumb and a thumbnail, other files 404', async () => {
    await client.upload('/pic.png', { source: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }, { overwrite: true });
    const picture = await client.info('/pic.png');
    const listed = (await client.list()).items.find((item) => item.Name === 'pic.png');
    expect(listed?.Thumb).toBe(true);
    const thumb = await fetch(client.linkFor(picture.Hash, { action: 'FilesThumbnail' }));
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toMatch(/^image\/png/);
    const text = await client.info('/hello.txt');
    expect((await fetch(client.linkFor(text.Hash, { action: 'FilesThumbnail' }))).status).toBe(404);
  });

  it('a 404 on Raw is a NotFoundError', async () => {
    const item = await client.info('/hello.txt');
    const error = await rejection(client.download({ ...item, Hash: `${item.Hash}x` }));
    expect(error).toBeInstanceOf(NotFoundError);
  });
});

describe('errors and sessions against the sandbox', () => {
  it('a missing folder is NotFoundError 999; shared storage is a soft failure', async () => {
    const missing = await rejection(client.list('/no/such'));
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(isFileClientError(missing) && missing.code).toBe(999);
    expect(await rejection(client.list('', { type: 'shared' }))).toBeInstanceOf(Pro7SoftFailureError);
  });

  it('wrong password is AuthError 102; empty password is AuthError 103', async () => {
    const other = createPro7Client({ baseUrl: sandbox.url });
    const wrong = await rejection(other.login({ email: sandbox.credentials.username, password: 'nope' }));
    expect(wrong).toBeInstanceOf(AuthError);
    expect(isFileClientError(wrong) && wrong.code).toBe(102);
    expect(isFileClientError(wrong) && wrong.message).not.toContain('nope');
    const empty = await rejection(other.login({ email: sandbox.credentials.username, password: '' }));
    expect(isFileClientError(empty) && empty.code).toBe(103);
  });

  it('102 triggers one re-login when credentials are kept (single flight), else reaches the caller', async () => {
    const kept = createPro7Client({
      baseUrl: sandbox.url,
      credentials: { email: sandbox.credentials.username, password: sandbox.credentials.password },
    });
    await kept.login();
    const plain = createPro7Client({ baseUrl: sandbox.url });
    await plain.login({ email: sandbox.credentials.username, password: sandbox.credentials.password });
    const before = kept.session.authToken;
    sandbox.expireSessions();
    const [a, b] = await Promise.all([kept.list('/docs'), kept.quota()]);
    expect(a.items.length).toBeGreaterThan(0);
    expect(b).toEqual([0, 0]);
    expect(kept.session.authToken).not.toBe(before);
    const error = await rejection(plain.list());
    expect(error).toBeInstanceOf(AuthError);
    expect(isFileClientError(error) && error.code).toBe(102);
    // The shared client of this file logs in again for the remaining tests.
    await client.login({ email: sandbox.credentials.username, password: sandbox.credentials.password });
  });

  it('with kept credentials the first call logs in by itself', async () => {
    const lazy = createPro7Client({
      baseUrl: sandbox.url,
      credentials: { email: sandbox.credentials.username, password: sandbox.credentials.password },
    });
    expect(lazy.session).toEqual({});
    expect(await lazy.quota()).toEqual([0, 0]);
    expect(lazy.session.accountId).toBe(1);
  });

  it('802 when Files is off: AuthError', async () => {
    const off = await startAfterlogicPro7Sandbox({ filesEnabled: false });
    try {
      const c = createPro7Client({ baseUrl: off.url });
      await c.login({ email: off.credentials.username, password: off.credentials.password });
      const error = await rejection(c.quota());
      expect(error).toBeInstanceOf(AuthError);
      expect(isFileClientError(error) && error.code).toBe(802);
    } finally {
      await off.stop();
    }
  });

  it('a base URL that is not the install answers 404 as a NotFoundError, HTML as a ProtocolError', async () => {
    const wrong = createPro7Client({ baseUrl: `${sandbox.url}/elsewhere/` });
    expect(await rejection(wrong.quota())).toBeInstanceOf(NotFoundError);
    const html = createPro7Client({
      baseUrl: sandbox.url,
      fetch: async () => new Response('<html>login</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
    });
    expect(await rejection(html.quota())).toBeInstanceOf(ProtocolError);
  });

  it('SystemLogout: the token dies, the session is cleared', async () => {
    const c = createPro7Client({ baseUrl: sandbox.url });
    const { authToken } = await c.login({
      email: sandbox.credentials.username,
      password: sandbox.credentials.password,
    });
    await c.logout();
    expect(c.session).toEqual({});
    const stale = createPro7Client({ baseUrl: sandbox.url, authToken, accountId: 1 });
    const error = await rejection(stale.list());
    expect(isFileClientError(error) && error.code).toBe(102);
  });
});

describe('cookie mode against the sandbox', () => {
  it('logs in with p7token + Token, sends no AuthToken, downloads through the cookie link', async () => {
    const seen: string[] = [];
    const c = createPro7Client({
      baseUrl: sandbox.url,
      auth: 'cookie',
      fetch: async (input, init) => {
        const request = input instanceof Request ? input : new Request(input, init);
        if (request.method === 'POST' && request.headers.get('content-type')?.startsWith('application/x-www-form')) {
          seen.push(await request.clone().text());
        }
        return fetch(request);
      },
    });
    await c.login({ email: sandbox.credentials.username, password: sandbox.credentials.password });
    const listing = await c.list('/docs');
    expect(listing.items.length).toBeGreaterThan(0);
    const last = new URLSearchParams(seen.at(-1));
    expect(last.has('AuthToken')).toBe(false);
    expect(last.get('Token')).toMatch(/^[0-9a-f]{32}$/);
    await c.createFolder('/cookie-made');
    await c.upload('/cookie-made/c.txt', { source: 'cookie upload' });
    expect(await readText(await c.download('/cookie-made/c.txt'))).toBe('cookie upload');
    const item = await c.info('/cookie-made/c.txt');
    expect(c.linkFor(item.Hash)).toBe(`${sandbox.url}/?/Raw/FilesDownload/1/${item.Hash}`);
    await c.logout();
    expect(await rejection(c.list())).toBeInstanceOf(AuthError);
  });
});
