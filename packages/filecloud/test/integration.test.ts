import { readFileSync } from 'node:fs';
import { AuthError, ConflictError, NotFoundError } from '@fileclients/core';
import { type FileCloudSandbox, startFileCloudSandbox } from '@fileclients/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  createFileCloudAdminClient,
  createFileCloudClient,
  type FileCloudClient,
  TwoFactorRequiredError,
} from '../src/index.js';

let sandbox: FileCloudSandbox;
let client: FileCloudClient;

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

beforeAll(async () => {
  sandbox = await startFileCloudSandbox();
  client = createFileCloudClient({
    baseUrl: sandbox.url,
    username: sandbox.credentials.username,
    password: sandbox.credentials.password,
  });
  await client.createFolder('/alice', 'it');
});
afterAll(async () => {
  await sandbox.stop();
});

describe('FileCloud client against the sandbox', () => {
  it('logs in, probes the session and reads who is logged in', async () => {
    expect(await client.whoami()).toMatchObject({ profile: 'alice', authenticated: '1' });
    expect(await client.isAuthenticated()).toBe(true);
  });

  it('creates folders, lists with paging, and lists an empty folder as []', async () => {
    await client.createFolder('/alice/it', 'paging');
    for (const name of ['a', 'b', 'c', 'd', 'e']) await client.upload(`/alice/it/paging/${name}.txt`, name);
    const first = await client.list('/alice/it/paging', { start: 0, limit: 2 });
    expect(first.total).toBe(5);
    expect(first.entries.map((e) => e.name)).toEqual(['a.txt', 'b.txt']);
    const all: string[] = [];
    for await (const entry of client.listAll('/alice/it/paging', { pageSize: 2 })) all.push(entry.name);
    expect(all).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']);
    const bySize = await client.list('/alice/it/paging', { sortBy: 'size', sortDir: -1, limit: 1 });
    expect(bySize.entries).toHaveLength(1);
    await client.createFolder('/alice/it', 'empty');
    expect((await client.list('/alice/it/empty')).entries).toEqual([]);
    await expect(client.createFolder('/alice/it', 'empty')).rejects.toBeInstanceOf(ConflictError);
  });

  it('stats, checks existence, renames, copies, moves and deletes', async () => {
    await client.upload('/alice/it/one.txt', 'hello');
    const stat = await client.stat('/alice/it/one.txt');
    expect(stat).toMatchObject({ name: 'one.txt', kind: 'file', size: 5, parentPath: '/alice/it' });
    expect(stat.modified).toBeInstanceOf(Date);
    expect(await client.exists('/alice/it/one.txt')).toBe(true);
    expect(await client.exists('/alice/it/none.txt')).toBe(false);
    await expect(client.stat('/alice/it/none.txt')).rejects.toBeInstanceOf(NotFoundError);

    await client.rename('/alice/it/one.txt', 'two.txt');
    expect(await client.exists('/alice/it/two.txt')).toBe(true);
    await client.createFolder('/alice/it', 'dest');
    await client.copy('/alice/it/two.txt', '/alice/it/dest');
    expect(await text(await client.download('/alice/it/dest/two.txt'))).toBe('hello');
    await client.move('/alice/it/two.txt', '/alice/it/dest/moved.txt');
    expect(await client.exists('/alice/it/two.txt')).toBe(false);
    await client.delete('/alice/it/dest/moved.txt');
    expect(await client.exists('/alice/it/dest/moved.txt')).toBe(false);
    await expect(client.delete('/alice/it/dest/moved.txt')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('reads disk usage and folder properties', async () => {
    expect(await client.diskUsage({ level: 1 })).toHaveProperty('storageusage');
    const props = await client.folderProperties('/alice/it/paging');
    expect(props.files).toBe(5);
  });

  it('searches (search and dosearch)', async () => {
    await client.upload('/alice/it/needle-1.txt', 'x');
    await client.upload('/alice/it/needle-2.txt', 'y');
    expect((await client.search('/alice/it', 'needle')).map((e) => e.name)).toEqual(['needle-1.txt', 'needle-2.txt']);
    const page = await client.doSearch('/alice', 'needle', { start: 1, size: 1 });
    expect(page).toMatchObject({ total: 2, status: 'COMPLETE' });
    expect(page.entries.map((e) => e.name)).toEqual(['needle-2.txt']);
  });

  it('keeps versions, downloads and deletes one', async () => {
    await client.upload('/alice/it/v.txt', 'first');
    await client.upload('/alice/it/v.txt', 'second');
    const versions = await client.versions('/alice/it/v.txt');
    expect(versions).toHaveLength(1);
    const [old] = versions;
    expect(old?.size).toBe(5);
    expect(await text(await client.downloadVersion('/alice/it/v.txt', old?.fileId ?? ''))).toBe('first');
    await client.deleteVersion('/alice/it/v.txt', old?.fileId ?? '');
    expect(await client.versions('/alice/it/v.txt')).toEqual([]);
    await expect(client.downloadVersion('/alice/it/v.txt', 'nope')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('downloads several files in one archive', async () => {
    const archive = await text(await client.downloadMany('/alice/it/paging', ['a.txt', 'c.txt']));
    expect(archive).toBe('a.txt\n1\nac.txt\n1\nc');
  });

  it('shares: quick link, lookup, list, update, public access, delete', async () => {
    await client.upload('/alice/it/shared.txt', 'share me');
    const share = await client.quickShare('/alice/it/shared.txt');
    expect(share.url).toBe(`${sandbox.url}/url/${share.id}`);
    expect(share.isPublic).toBe(true);
    expect((await client.shareForPath('/alice/it/shared.txt'))?.id).toBe(share.id);
    expect((await client.shares()).map((s) => s.id)).toContain(share.id);
    expect((await client.list('/alice/it')).entries.find((e) => e.name === 'shared.txt')?.shared).toBe('public');
    const updated = await client.updateShare(share.id, { sharename: 'renamed', maxdownloads: 3 });
    expect(updated).toMatchObject({ name: 'renamed', maxDownloads: 3 });
    await client.setPublicAccess(share.id, { allowpublicaccess: 0 });
    expect((await client.shareForPath('/alice/it/shared.txt'))?.isPublic).toBe(false);
    await client.deleteShare(share.id);
    expect(await client.shareForPath('/alice/it/shared.txt')).toBeUndefined();
    await expect(client.deleteShare(share.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('logs in again once when the session has expired', async () => {
    const own = createFileCloudClient({ baseUrl: sandbox.url, username: 'alice', password: 'alice-password' });
    await own.list('/alice');
    sandbox.expireSessions();
    expect((await own.list('/alice/it/paging')).total).toBe(5);
    // logged out on purpose: the next call logs in again too
    await own.logout();
    expect(await own.isAuthenticated()).toBe(false);
    expect(await own.exists('/alice/it')).toBe(true);
  });

  it('logs in only once when concurrent calls meet an expired session', async () => {
    let logins = 0;
    const own = createFileCloudClient({
      baseUrl: sandbox.url,
      username: 'alice',
      password: 'alice-password',
      fetch: (input, init) => {
        if (String(input instanceof Request ? input.url : input).endsWith('/core/loginguest')) logins++;
        return fetch(input, init);
      },
    });
    await own.list('/alice');
    expect(logins).toBe(1);
    sandbox.expireSessions();
    const pages = await Promise.all([own.list('/alice/it/paging'), own.list('/alice/it'), own.exists('/alice/it')]);
    expect(pages[0].total).toBe(5);
    expect(pages[2]).toBe(true);
    expect(logins).toBe(2);
  });

  it('logs in again for uploads and downloads too', async () => {
    const own = createFileCloudClient({ baseUrl: sandbox.url, username: 'alice', password: 'alice-password' });
    await own.upload('/alice/it/relogin.txt', 'before');
    sandbox.expireSessions();
    await own.upload('/alice/it/relogin.txt', 'after', { chunkSize: 2 });
    sandbox.expireSessions();
    expect(await text(await own.download('/alice/it/relogin.txt'))).toBe('after');
  });

  it('does not retry forever when the password is wrong', async () => {
    const bad = createFileCloudClient({ baseUrl: sandbox.url, username: 'alice', password: 'wrong' });
    const error = await bad.list('/alice').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(String(error)).not.toContain('wrong');
  });

  it('completes 2FA through the code callback', async () => {
    const asked: string[] = [];
    const carol = createFileCloudClient({
      baseUrl: sandbox.url,
      username: 'carol',
      password: 'carol-password',
      twoFactor: {
        code: ({ userid }) => {
          asked.push(userid);
          return sandbox.credentials.twoFactorCode;
        },
      },
    });
    expect(await carol.whoami()).toMatchObject({ profile: 'carol' });
    expect(asked).toEqual(['carol']);
  });

  it('surfaces the 2FA token without a callback and completes later', async () => {
    const carol = createFileCloudClient({ baseUrl: sandbox.url, username: 'carol', password: 'carol-password' });
    const error = await carol.login().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TwoFactorRequiredError);
    const token = (error as TwoFactorRequiredError).token;
    await expect(carol.completeTwoFactor(token, '000000')).rejects.toBeInstanceOf(AuthError);
    const again = (await carol.login().catch((e: unknown) => e)) as TwoFactorRequiredError;
    await carol.completeTwoFactor(again.token, sandbox.credentials.twoFactorCode);
    expect((await carol.list('/carol')).entries).toEqual([]);
  });
});

describe('FileCloud admin client against the sandbox', () => {
  it('logs in, lists, reads, adds and deletes users, logs out', async () => {
    const admin = createFileCloudAdminClient({
      baseUrl: sandbox.url,
      username: sandbox.credentials.adminUsername,
      password: sandbox.credentials.adminPassword,
    });
    await admin.addUser({
      username: 'dave',
      email: 'dave@example.com',
      password: 'dave-pw',
      displayname: 'Dave',
      status: 1,
    });
    const names: string[] = [];
    for await (const user of admin.listUsers({ pageSize: 2 })) names.push(user.username);
    expect(names).toEqual(['alice', 'carol', 'admin', 'dave']);
    expect(await admin.getUser('dave')).toMatchObject({ email: 'dave@example.com', status: 'full', isAdmin: false });
    expect((await admin.searchUsers({ keyword: 'dave' })).users).toHaveLength(1);
    await admin.deleteUser('dave');
    await expect(admin.getUser('dave')).rejects.toBeInstanceOf(NotFoundError);
    await admin.logout();
  });

  it('refuses user credentials on the admin API', async () => {
    const admin = createFileCloudAdminClient({ baseUrl: sandbox.url, username: 'alice', password: 'alice-password' });
    await expect(admin.searchUsers()).rejects.toBeInstanceOf(AuthError);
  });
});

describe('copy and move at /app/explorer/', () => {
  it('copyMovePaths: explorer sends them there, with the same effect', async () => {
    const explorer = createFileCloudClient({
      baseUrl: sandbox.url,
      username: sandbox.credentials.username,
      password: sandbox.credentials.password,
      copyMovePaths: 'explorer',
    });
    await explorer.createFolder('/alice', 'ex');
    await explorer.upload('/alice/ex/a.txt', 'a');
    await explorer.copy('/alice/ex/a.txt', '/alice/it');
    await explorer.move('/alice/ex/a.txt', '/alice/ex/b.txt');
    expect((await explorer.list('/alice/ex')).entries.map((e) => e.name)).toEqual(['b.txt']);
    expect(await text(await explorer.download('/alice/it/a.txt'))).toBe('a');
    const share = await explorer.addShare('/alice/ex/b.txt', { name: 'b share' });
    expect(share.name).toBe('b share');
    // The users of a share, by email: added with read and download, permissions changed, removed.
    await explorer.addUserToShare(share.id, 'carol@example.com');
    await explorer.setUserAccess(share.id, 'carol@example.com', { write: true, download: false });
    expect(await explorer.shareUsers(share.id)).toEqual([
      { userId: 'carol', read: true, write: true, download: false, share: false, sync: false, disallowDelete: false },
    ]);
    await explorer.removeUserFromShare(share.id, 'carol');
    expect(await explorer.shareUsers(share.id)).toEqual([]);
  });
});

describe('coverage', () => {
  it('exercised every path of the contract against the sandbox', () => {
    const spec = parse(readFileSync(new URL('../../../specs/filecloud/openapi.yaml', import.meta.url), 'utf8')) as {
      paths: Record<string, unknown>;
    };
    const missing = Object.keys(spec.paths).filter((path) => !sandbox.requestedPaths.has(path));
    expect(missing).toEqual([]);
    expect(Object.keys(spec.paths)).toHaveLength(41);
  });
});
