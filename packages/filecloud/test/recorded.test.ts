import {
  AuthError,
  ConflictError,
  type FileClientError,
  NotFoundError,
  ProtocolError,
  TransportError,
} from '@fileclients/core';
import { describe, expect, it } from 'vitest';
import { decodeXml, SessionExpiredError, TwoFactorRequiredError } from '../src/index.js';
import { recordedAdmin, recordedClient, sample } from './fixtures.js';

describe('decodeXml on the recorded samples', () => {
  it('unwraps the root and keeps every value a string', () => {
    const { root, body } = decodeXml(sample('getfilelist.xml'));
    expect(root).toBe('entries');
    expect(body.meta).toMatchObject({ total: '3', result: '1', message: '', realpath: '/alice' });
  });

  it('forces a single entry into a list and keeps leading zeros', () => {
    const { body } = decodeXml(sample('getfilelist-single.xml'));
    expect(Array.isArray(body.entry)).toBe(true);
    expect(body.entry).toHaveLength(1);
    expect((body.entry as { fullsize: string }[])[0]?.fullsize).toBe('0012');
  });

  it('gives an empty list for an empty folder', () => {
    expect(decodeXml(sample('getfilelist-empty.xml')).body.entry).toEqual([]);
  });

  it('gives an empty object for an empty body and for <fileinfo/>', () => {
    expect(decodeXml('').body).toEqual({});
    expect(decodeXml(sample('fileinfo-missing.xml'))).toEqual({ root: 'fileinfo', body: {} });
  });

  it('refuses truncated XML and DTDs', () => {
    expect(() => decodeXml(sample('getfilelist-truncated.xml'))).toThrow();
    expect(() => decodeXml('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')).toThrow();
  });
});

describe('user client on recorded responses', () => {
  it('lists a folder with normalised values and raw wire fields', async () => {
    const { client, requests } = recordedClient({ '/core/getfilelist': 'getfilelist.xml' });
    const page = await client.list('/alice', { start: 0, limit: 3, sortBy: 'name', sortDir: 1 });
    expect(page.total).toBe(3);
    expect(page.entries.map((e) => e.name)).toEqual(['Projects', 'report 2018.pdf', 'notes & ideas.txt']);
    const [folder, pdf, notes] = page.entries;
    expect(folder).toMatchObject({
      kind: 'folder',
      size: 0,
      modified: undefined,
      shared: undefined,
      path: '/alice/Projects',
    });
    expect(pdf).toMatchObject({ kind: 'file', size: 1048576, shared: 'public', canRename: true, parentPath: '/alice' });
    expect(pdf?.modified?.toISOString()).toBe('2018-01-31T13:12:21.000Z');
    expect(pdf?.raw.size).toBe('1 MB');
    // no modifiediso: the epoch is used
    expect(notes?.modified?.getTime()).toBe(1517404341 * 1000);
    expect(requests[0]?.path).toBe('/core/getfilelist');
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.fields.toString()).toBe('path=%2Falice&start=0&limit=3&sortby=name&sortdir=1');
    expect(requests[0]?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(requests[0]?.headers.get('x-requested-with')).toBe('XMLHttpRequest');
  });

  it('lists an empty folder as []', async () => {
    const { client } = recordedClient({ '/core/getfilelist': 'getfilelist-empty.xml' });
    expect(await client.list('/alice/Empty')).toEqual({
      entries: [],
      total: 0,
      raw: expect.objectContaining({ realpath: '/alice/Empty' }),
    });
  });

  it('lists a single entry as a one-element list', async () => {
    const { client } = recordedClient({ '/core/getfilelist': 'getfilelist-single.xml' });
    const page = await client.list('/alice/One');
    expect(page.entries).toHaveLength(1);
    expect(page.entries[0]).toMatchObject({ name: 'only.bin', size: 12, shared: 'private' });
  });

  it('maps meta.result 0 to NotFoundError', async () => {
    const { client } = recordedClient({ '/core/getfilelist': 'getfilelist-error.xml' });
    const error = await client.list('/alice/nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as FileClientError).message).toBe('filecloud getfilelist: FileCloud said "Path not found"');
  });

  it('reads fileinfo, and a missing entry as NotFoundError', async () => {
    const found = recordedClient({ '/core/fileinfo': 'fileinfo.xml' });
    expect(await found.client.stat('/alice/favicon.ico')).toMatchObject({
      name: 'favicon.ico',
      size: 1150,
      kind: 'file',
    });
    expect(found.requests[0]?.fields.get('file')).toBe('/alice/favicon.ico');
    const missing = recordedClient({ '/core/fileinfo': 'fileinfo-missing.xml' });
    await expect(missing.client.stat('/alice/none')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('reads fileexists from result without treating 0 as a failure', async () => {
    expect(await recordedClient({ '/core/fileexists': 'fileexists-yes.xml' }).client.exists('/alice/a')).toBe(true);
    expect(await recordedClient({ '/core/fileexists': 'fileexists-no.xml' }).client.exists('/alice/b')).toBe(false);
  });

  it('does not read a refused fileexists as "does not exist"', async () => {
    const denied = recordedClient({ '/core/fileexists': 'fileexists-denied.xml' });
    await expect(denied.client.exists('/alice/a')).rejects.toBeInstanceOf(AuthError);
  });

  it('sends parent + name for createfolder, renamefile, deletefile and copyfile', async () => {
    const { client, requests } = recordedClient({
      '/core/createfolder': 'createfolder.xml',
      '/core/renamefile': 'renamefile-padded.xml',
      '/core/deletefile': 'deletefile.xml',
      '/core/copyfile': 'copyfile.xml',
      '/core/renameormove': 'renameormove.xml',
    });
    await client.createFolder('/alice', 'Test');
    await client.rename('/alice/a.txt', 'b.txt');
    await client.delete('/alice/b.txt');
    await client.copy('/alice/c.txt', '/alice/Test');
    await client.move('/alice/c.txt', '/alice/Test/c.txt');
    expect(requests.map((r) => `${r.path} ${r.fields}`)).toEqual([
      '/core/createfolder path=%2Falice&name=Test',
      '/core/renamefile path=%2Falice&name=a.txt&newname=b.txt',
      '/core/deletefile path=%2Falice&name=b.txt',
      '/core/copyfile path=%2Falice&name=c.txt&copyto=%2Falice%2FTest',
      '/core/renameormove fromname=%2Falice%2Fc.txt&toname=%2Falice%2FTest%2Fc.txt',
    ]);
  });

  it('maps result 0 to typed errors carrying the CLFC code', async () => {
    const exists = recordedClient({ '/core/createfolder': 'createfolder-exists.xml' });
    const error = await exists.client.createFolder('/alice', 'Test').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as FileClientError).code).toBe('CLFC-01011-1');
    expect((error as FileClientError).provider).toBe('filecloud');
    expect((error as FileClientError).operation).toBe('createfolder');
    const missing = recordedClient({ '/core/deletefile': 'deletefile-missing.xml' });
    const notFound = await missing.client.delete('/alice/x').catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect((notFound as FileClientError).code).toBe('0');
  });

  it('reads usage, folder properties, search and dosearch', async () => {
    const { client } = recordedClient({
      '/core/getdiskusagedetails': 'getdiskusagedetails.xml',
      '/core/getfolderproperties': 'getfolderproperties.xml',
      '/core/search': 'search.xml',
      '/core/dosearch': 'dosearch.xml',
    });
    expect(await client.diskUsage({ username: 'alice' })).toMatchObject({
      storageusage: '755.53 MB',
      recyclesize: '9 MB',
    });
    expect(await client.folderProperties('/alice')).toMatchObject({ files: 112, folders: 9 });
    expect((await client.search('/alice/Images', 'nature')).map((e) => e.size)).toEqual([20480, 4096]);
    const found = await client.doSearch('/alice', 'Docs', { start: 0, size: 10 });
    expect(found).toMatchObject({ total: 1, status: 'COMPLETE' });
    expect(found.entries[0]?.kind).toBe('folder');
  });

  it('reads a search answered with the documented <fileinfo> root as a list', async () => {
    const { client } = recordedClient({ '/core/search': 'search-fileinfo-root.xml' });
    const found = await client.search('/alice/Images', 'Nature');
    expect(found.map((e) => e.name)).toEqual(['Nature.jpg']);
  });

  it('reads versions (several and one)', async () => {
    const two = recordedClient({ '/core/getversions': 'getversions.xml' });
    expect(await two.client.versions('/alice/New.txt')).toMatchObject([
      { fileId: '54530ec4f1c847c35904a42b', size: 1024, versionNumber: '1', createdBy: 'alice' },
      { fileId: '54530ec4f1c847c35904a42c', size: 2048 },
    ]);
    expect(two.requests[0]?.fields.toString()).toBe('filepath=%2Falice&filename=New.txt');
    const one = recordedClient({ '/core/getversions': 'getversions-single.xml' });
    expect(await one.client.versions('/alice/New.txt')).toHaveLength(1);
  });

  it('reads shares', async () => {
    const { client } = recordedClient({
      '/core/quickshare': 'quickshare.xml',
      '/core/getshareforpath': ['getshareforpath.xml', 'getshareforpath-none.xml'],
      '/core/getshares': 'getshares.xml',
      '/core/updateshare': 'updateshare.xml',
      '/core/setallowpublicaccess': 'setallowpublicaccess.xml',
      '/core/deleteshare': 'deleteshare.xml',
    });
    const share = await client.quickShare('/alice/report 2018.pdf');
    expect(share).toMatchObject({
      id: '545b3baef1c847ab462f29f1',
      url: 'https://files.example.com/url/545b3baef1c847ab462f29f1',
      isPublic: true,
      isFolder: false,
      downloadCount: 0,
    });
    expect((await client.shareForPath('/alice/report 2018.pdf'))?.downloadCount).toBe(4);
    expect(await client.shareForPath('/alice/none')).toBeUndefined();
    expect((await client.shares()).map((s) => [s.name, s.isFolder])).toEqual([
      ['report 2018.pdf', false],
      ['Projects', true],
    ]);
    expect((await client.updateShare(share.id, { sharename: 'renamed link' })).name).toBe('renamed link');
    await client.setPublicAccess(share.id, { allowpublicaccess: 0 });
    await client.deleteShare(share.id);
  });

  it('reads authentication info', async () => {
    const { client } = recordedClient({ '/core/getauthenticationinfo': 'getauthenticationinfo.xml' });
    expect(await client.whoami()).toMatchObject({ profile: 'alice', authenticated: '1', userlevel: 'FULL' });
    expect(await client.isAuthenticated()).toBe(true);
  });

  it('turns an HTML page into a ProtocolError', async () => {
    const { client } = recordedClient({ '/core/getfilelist': 'html-login-page.html' });
    await expect(client.list('/alice')).rejects.toBeInstanceOf(ProtocolError);
  });

  it('turns truncated XML into a ProtocolError', async () => {
    const { client } = recordedClient({ '/core/getfilelist': 'getfilelist-truncated.xml' });
    await expect(client.list('/alice')).rejects.toBeInstanceOf(ProtocolError);
  });
});

describe('login on recorded responses', () => {
  it('logs in before the first call', async () => {
    const { client, requests } = recordedClient(
      { '/core/loginguest': 'loginguest-ok.xml', '/core/getfilelist': 'getfilelist-empty.xml' },
      true,
    );
    await client.list('/alice');
    expect(requests.map((r) => r.path)).toEqual(['/core/loginguest', '/core/getfilelist']);
    expect(requests[0]?.fields.toString()).toBe('userid=alice&password=secret');
  });

  it('throws AuthError with the CLFC code for a refused login, without the password', async () => {
    const { client } = recordedClient({ '/core/loginguest': 'loginguest-refused.xml' }, true);
    const error = await client.login().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe('CLFC-00501');
    expect((error as AuthError).message).not.toContain('secret');
  });

  it('turns a network failure into TransportError with the password redacted from the cause', async () => {
    const { createFileCloudClient } = await import('../src/index.js');
    const client = createFileCloudClient({
      baseUrl: 'https://files.example.com',
      username: 'alice',
      password: 'hunter2-very-secret',
      fetch: async () => {
        throw new TypeError('fetch failed: body was userid=alice&password=hunter2-very-secret');
      },
    });
    const error = await client.list('/alice').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).operation).toBe('loginguest');
    expect(String((error as TransportError).cause)).not.toContain('hunter2-very-secret');
  });

  it('throws TwoFactorRequiredError with the token when no code callback is set', async () => {
    const { client } = recordedClient({ '/core/loginguest': 'loginguest-2fa.xml' }, true);
    const error = await client.login().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TwoFactorRequiredError);
    expect((error as TwoFactorRequiredError).token).toBe('2fa-token-7f3c9a1e');
    expect((error as TwoFactorRequiredError).message).not.toContain('2fa-token');
  });

  it('maps a bad 2FA code to AuthError', async () => {
    const { client } = recordedClient({ '/core/2falogin': '2falogin-bad-code.xml' });
    await expect(client.completeTwoFactor('t', '000')).rejects.toBeInstanceOf(AuthError);
  });

  it('classifies a not-logged-in message as SessionExpiredError', async () => {
    const { errorFromResult } = await import('../src/errors.js');
    expect(errorFromResult('getfilelist', '0', 'User not logged in')).toBeInstanceOf(SessionExpiredError);
  });
});

describe('admin client on recorded responses', () => {
  it('lists, reads, adds and deletes users', async () => {
    const { admin, requests } = recordedAdmin({
      '/admin/search': 'admin-search.xml',
      '/admin/getuser': ['admin-getuser.xml', 'admin-getuser-unknown.xml'],
      '/admin/adduser': 'adduser.xml',
      '/admin/deleteuser': 'deleteuser.xml',
      '/admin/logout': 'adminlogout.xml',
    });
    const { users, total } = await admin.searchUsers({ start: 0, end: 10 });
    expect(total).toBe(2);
    expect(users.map((u) => [u.username, u.status, u.isAdmin])).toEqual([
      ['alice', 'full', false],
      ['bob', 'disabled', false],
    ]);
    expect((await admin.getUser('alice')).email).toBe('alice@example.com');
    await expect(admin.getUser('nobody')).rejects.toBeInstanceOf(NotFoundError);
    await admin.addUser({ username: 'dave', email: 'dave@example.com', password: 'pw', status: 1 });
    await admin.deleteUser('dave');
    await admin.logout();
    expect(requests.map((r) => r.fields.get('op'))).toEqual([
      'search',
      'getuser',
      'getuser',
      'adduser',
      'deleteuser',
      'logout',
    ]);
    expect(requests[5]?.fields.toString()).toBe('op=logout');
  });
});
