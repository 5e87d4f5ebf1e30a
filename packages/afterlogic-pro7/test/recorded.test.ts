import {
  AuthError,
  FileClientError,
  isAuthError,
  isFileClientError,
  isNotFoundError,
  isQuotaError,
  NotFoundError,
  ProtocolError,
} from '@fileclients/core';
import { describe, expect, it } from 'vitest';
import { readEnvelope } from '../src/envelope.js';
import { createPro7Client, Pro7SoftFailureError, parsePublicLink } from '../src/index.js';
import { type RecordedName, recorded, recordedRaw } from './fixtures/recorded.js';
import { readText, recordedFetch } from './recorded-fetch.js';

const BASE = 'http://pro7.test/webmail/';

function clientFor(routes: Parameters<typeof recordedFetch>[0]) {
  const { fetch, sent } = recordedFetch(routes);
  const client = createPro7Client({ baseUrl: BASE, fetch, authToken: 'recorded-token', accountId: 1 });
  return { client, sent };
}

async function rejection(promise: Promise<unknown>): Promise<FileClientError> {
  try {
    await promise;
  } catch (error) {
    if (isFileClientError(error)) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('recorded answers: System', () => {
  it('SystemGetAppData.anonymous: Auth false, the CSRF Token', async () => {
    const { client } = clientFor({ SystemGetAppData: 'SystemGetAppData.anonymous' });
    const data = await client.appData();
    expect(data.Auth).toBe(false);
    expect(data.User).toBeNull();
    expect(data.Token).toBe('0cd651a38b727442b4e9ac9e8f698109');
    expect(data.App?.FileSizeLimit).toBe(0);
  });

  it('SystemGetAppData.authenticated: accounts, default account, Files support', async () => {
    const { client } = clientFor({ SystemGetAppData: 'SystemGetAppData.authenticated' });
    const data = await client.appData();
    expect(data.Auth).toBe(true);
    expect(data.Token).toBe('b545942dbca485fa6475c81e6c890df2');
    expect(data.Default).toBe(1);
    expect(data.Accounts?.[0]).toMatchObject({ AccountID: 1, Email: 'test@local.host' });
    expect(data.User).toMatchObject({ IdUser: 1, IsFilesSupported: true, IsCollaborationSupported: false });
  });

  it('SystemLogin: AuthToken and AccountID, no token sent with the login', async () => {
    const { fetch, sent } = recordedFetch({ SystemLogin: 'SystemLogin' });
    const client = createPro7Client({ baseUrl: BASE, fetch });
    const session = await client.login({ email: 'test@local.host', password: 'secret' });
    expect(session).toEqual({ authToken: '515e3a7f2552b015fc64f8faffbe6029', accountId: 1 });
    expect(client.session).toEqual(session);
    expect(sent[0]?.url).toBe('http://pro7.test/webmail/?/Ajax/SystemLogin');
    expect(sent[0]?.form.get('Email')).toBe('test@local.host');
    expect(sent[0]?.form.get('IncPassword')).toBe('secret');
    expect(sent[0]?.form.has('AuthToken')).toBe(false);
  });

  it('SystemLogout: true, with the numeric AccountID sent', async () => {
    const { client, sent } = clientFor({ SystemLogout: 'SystemLogout' });
    await client.logout();
    expect(sent[0]?.form.get('AccountID')).toBe('1');
    expect(sent[0]?.form.get('AuthToken')).toBe('recorded-token');
    expect(client.session).toEqual({});
  });

  it('error.SystemLogin.bad-password: AuthError 102', async () => {
    const { client } = clientFor({ SystemLogin: 'error.SystemLogin.bad-password' });
    const error = await rejection(client.login({ email: 'test@local.host', password: 'wrong' }));
    expect(error).toBeInstanceOf(AuthError);
    expect(error.code).toBe(102);
    expect(error.message).toContain('afterlogic-pro7 SystemLogin');
    expect(error.message).not.toContain('wrong');
  });

  it('error.SystemLogin.no-password: AuthError 103', async () => {
    const { client } = clientFor({ SystemLogin: 'error.SystemLogin.no-password' });
    const error = await rejection(client.login({ email: 'test@local.host', password: '' }));
    expect(isAuthError(error)).toBe(true);
    expect(error.code).toBe(103);
  });

  it('error.SystemLogout.no-accountid: ProtocolError 103', async () => {
    const { client } = clientFor({ SystemLogout: 'error.SystemLogout.no-accountid' });
    const error = await rejection(client.logout());
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error.code).toBe(103);
  });

  it('error.invalid-csrf-token: AuthError 101', async () => {
    const { client } = clientFor({ Files: 'error.invalid-csrf-token' });
    const error = await rejection(client.list());
    expect(error).toBeInstanceOf(AuthError);
    expect(error.code).toBe(101);
    expect(error.message).toContain('CSRF');
  });

  it('error.unknown-action: 999 for an action that addresses no file is a plain FileClientError', () => {
    const body: unknown = JSON.parse(recorded['error.unknown-action']);
    let caught: unknown;
    try {
      readEnvelope('NoSuchAction', body);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FileClientError);
    expect(isNotFoundError(caught)).toBe(false);
    expect((caught as FileClientError).code).toBe(999);
  });
});

describe('recorded answers: Files listings', () => {
  it('Files.root: three items, folders without Hash, escaped slashes decoded', async () => {
    const { client, sent } = clientFor({ Files: 'Files.root' });
    const { items, quota } = await client.list('/');
    expect(sent[0]?.form.get('Action')).toBe('Files');
    expect(sent[0]?.form.get('Path')).toBe('');
    expect(sent[0]?.form.get('Type')).toBe('personal');
    expect(items.map((item) => item.Name)).toEqual(['hello.txt', 'hello_0.txt', 'my folder']);
    expect(quota).toEqual([0, 0]);
    const [hello, , folder] = items;
    expect(hello).toMatchObject({ FullPath: '/hello.txt', Size: 12, ContentType: 'text/plain', IsFolder: false });
    expect(hello?.LastModified).toBe(1795361633);
    expect(hello?.Hash.startsWith('QQaJtrmTFRA_')).toBe(true);
    expect(folder).toMatchObject({ FullPath: '/my folder', IsFolder: true, Hash: '', Size: 0, Shared: true });
  });

  it('Files.root.after-share: Shared true while a public link exists', async () => {
    const { client } = clientFor({ Files: 'Files.root.after-share' });
    const { items } = await client.list();
    expect(items.map((item) => [item.Name, item.Shared])).toEqual([
      ['hello.txt', true],
      ['my folder', true],
    ]);
  });

  it('Files.subfolder: items carry their folder Path', async () => {
    const { client, sent } = clientFor({ Files: 'Files.subfolder' });
    const { items } = await client.list('/my folder');
    expect(sent[0]?.form.get('Path')).toBe('/my folder');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ Path: '/my folder', FullPath: '/my folder/put.txt', Owner: 'test@local.host' });
  });

  it('Files.pattern: a recursive search result', async () => {
    const { client, sent } = clientFor({ Files: 'Files.pattern' });
    const { items } = await client.list('', { pattern: 'put' });
    expect(sent[0]?.form.get('Pattern')).toBe('put');
    expect(items.map((item) => item.FullPath)).toEqual(['/my folder/put.txt']);
  });

  it('Files.empty: no items, quota [0, 0]', async () => {
    const { client } = clientFor({ Files: 'Files.empty' });
    expect(await client.list('/empty')).toEqual({ items: [], quota: [0, 0] });
  });

  it('Files.corporate-lite: Result false without ErrorCode is a soft failure, never success', async () => {
    const { client } = clientFor({ Files: 'Files.corporate-lite' });
    const error = await rejection(client.list('', { type: 'corporate' }));
    expect(error).toBeInstanceOf(Pro7SoftFailureError);
    expect(error.code).toBe('RESULT_FALSE');
    expect(error.message).toContain('corporate');
  });

  it('Files.missing-folder: NotFoundError 999', async () => {
    const { client } = clientFor({ Files: 'Files.missing-folder' });
    const error = await rejection(client.list('/nope'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe(999);
  });

  it('error.Files.no-auth and error.Files.after-logout: AuthError 102', async () => {
    for (const name of ['error.Files.no-auth', 'error.Files.after-logout'] as const) {
      const { client } = clientFor({ Files: name });
      const error = await rejection(client.list());
      expect(error).toBeInstanceOf(AuthError);
      expect(error.code).toBe(102);
    }
  });

  it('FileInfo: Id and ContentType stay empty, Hash filled', async () => {
    const { client, sent } = clientFor({ FileInfo: 'FileInfo' });
    const item = await client.info('/my folder/put.txt');
    expect(sent[0]?.form.get('Path')).toBe('/my folder');
    expect(sent[0]?.form.get('Name')).toBe('put.txt');
    expect(item).toMatchObject({ Id: '', ContentType: '', Name: 'put.txt', Size: 12, FullPath: '/my folder/put.txt' });
    expect(item.Hash.startsWith('u-LTiGiM1G')).toBe(true);
  });

  it('FileInfo.missing: NotFoundError 999', async () => {
    const { client } = clientFor({ FileInfo: 'FileInfo.missing' });
    expect(await rejection(client.info('/gone.txt'))).toBeInstanceOf(NotFoundError);
  });

  it('FilesQuota: [0, 0]', async () => {
    const { client } = clientFor({ FilesQuota: 'FilesQuota' });
    expect(await client.quota()).toEqual([0, 0]);
  });

  it('FilesPub: the public folder listing, no AuthToken sent', async () => {
    const { client, sent } = clientFor({ FilesPub: 'FilesPub' });
    const { items } = await client.listPublic('Aetfnna4A5');
    expect(sent[0]?.form.get('Hash')).toBe('Aetfnna4A5');
    expect(sent[0]?.form.has('AuthToken')).toBe(false);
    expect(items.map((item) => item.Name)).toEqual(['hello.txt', 'put.txt', 'renamed.txt']);
  });
});

describe('recorded answers: Files changes', () => {
  it('FilesFolderCreate: true; names are protected from the second URL-decoding', async () => {
    const { client, sent } = clientFor({ FilesFolderCreate: 'FilesFolderCreate' });
    await client.createFolder('/my folder/a+b%41');
    expect(sent[0]?.form.get('Path')).toBe('%2Fmy%20folder');
    expect(sent[0]?.form.get('FolderName')).toBe('a%2Bb%2541');
  });

  it('error.FilesFolderCreate.missing-parent: NotFoundError 999', async () => {
    const { client } = clientFor({ FilesFolderCreate: 'error.FilesFolderCreate.missing-parent' });
    expect((await rejection(client.createFolder('/nope/x'))).code).toBe(999);
  });

  it('FilesRename: true; the final name comes from the folder before and after', async () => {
    const { client, sent } = clientFor({ Files: ['Files.subfolder', 'Files.pattern'], FilesRename: 'FilesRename' });
    const renamed = await client.rename('/my folder/put.txt', 'put.txt');
    expect(sent.map((request) => request.action)).toEqual(['Files', 'FilesRename', 'Files']);
    expect(renamed).toEqual({ name: 'put.txt', path: '/my folder/put.txt', renamed: false });
  });

  it('FilesDelete: true, one call per item', async () => {
    const { client, sent } = clientFor({ FilesDelete: 'FilesDelete' });
    const reports = await client.delete(['/hello.txt', '/my folder']);
    expect(reports).toEqual([
      { path: '/hello.txt', ok: true },
      { path: '/my folder', ok: true },
    ]);
    expect(JSON.parse(sent[1]?.form.get('Items') ?? '')).toEqual([{ Path: '', Name: 'my%20folder' }]);
  });

  it('FilesDelete.partial-failure: the failing item is reported, the others stay ok', async () => {
    const { client } = clientFor({ FilesDelete: ['FilesDelete', 'FilesDelete.partial-failure', 'FilesDelete'] });
    const reports = await client.delete(['/a', '/missing', '/b']);
    expect(reports.map((report) => report.ok)).toEqual([true, false, true]);
    const failed = reports[1];
    expect(failed && !failed.ok && failed.error).toBeInstanceOf(NotFoundError);
  });

  it('FilesCopy: true; FilesCopy.empty-list: null is a soft failure', async () => {
    const { client } = clientFor({ FilesCopy: ['FilesCopy', 'FilesCopy.empty-list'] });
    const params = {
      FromType: 'personal',
      ToType: 'personal',
      FromPath: '',
      ToPath: '/my folder',
      Files: '[]',
    } as const;
    expect(await client.call('/Ajax/FilesCopy', params)).toBe(true);
    const error = await rejection(client.call('/Ajax/FilesCopy', params));
    expect(error).toBeInstanceOf(Pro7SoftFailureError);
    expect(error.code).toBe('RESULT_NULL');
  });

  it('FilesMove: true; FilesMove.missing-item: false is a soft failure', async () => {
    const { client } = clientFor({ FilesMove: ['FilesMove', 'FilesMove.missing-item'] });
    const params = { FromType: 'personal', ToType: 'personal', FromPath: '', ToPath: '/x', Files: '[]' } as const;
    expect(await client.call('/Ajax/FilesMove', params)).toBe(true);
    expect((await rejection(client.call('/Ajax/FilesMove', params))).code).toBe('RESULT_FALSE');
  });

  it('FilesCreatePublicLink.file and .folder: URL forms parsed', async () => {
    const { client } = clientFor({
      FilesCreatePublicLink: ['FilesCreatePublicLink.file', 'FilesCreatePublicLink.folder'],
    });
    const params = { Type: 'personal', Path: '', Name: 'hello.txt', Size: 12, IsFolder: '0' } as const;
    const file = parsePublicLink(await client.call('/Ajax/FilesCreatePublicLink', params));
    expect(file).toEqual({ url: 'http://localhost?/Min/Share/27DZUhuVh', hash: '27DZUhuVh', kind: 'file' });
    const folder = parsePublicLink(await client.call('/Ajax/FilesCreatePublicLink', { ...params, IsFolder: '1' }));
    expect(folder).toEqual({ url: 'http://localhost?files-pub=Aetfnna4A5', hash: 'Aetfnna4A5', kind: 'folder' });
  });

  it('error.FilesCreatePublicLink.missing-param: 999, not a NotFoundError', async () => {
    const { client } = clientFor({ FilesCreatePublicLink: 'error.FilesCreatePublicLink.missing-param' });
    const params = { Type: 'personal', Path: '', Name: 'x', Size: 0, IsFolder: '0' } as const;
    const error = await rejection(client.call('/Ajax/FilesCreatePublicLink', params));
    expect(error.code).toBe(999);
    expect(isNotFoundError(error)).toBe(false);
  });

  it('FilesPublicLinkDelete: true', async () => {
    const { client, sent } = clientFor({ FilesPublicLinkDelete: 'FilesPublicLinkDelete' });
    await client.deletePublicLink('/hello.txt');
    expect(sent[0]?.form.get('Name')).toBe('hello.txt');
  });
});

describe('recorded answers: transfers', () => {
  it('UploadFile.multipart: the stored file', async () => {
    const { client, sent } = clientFor({ '/Upload/File/': 'UploadFile.multipart' });
    const result = await client.upload('/hello.txt', { source: 'hello world\n' }, { overwrite: true });
    expect(result).toEqual({ path: '/hello.txt', name: 'hello.txt', renamed: false, size: 12, mimeType: 'text/plain' });
    expect(sent[0]?.url).toBe('http://pro7.test/webmail/?/Upload/File/');
    expect(sent[0]?.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('UploadFile.multipart.same-name: the answer echoes the old name, the client reports the stored one', async () => {
    const { client } = clientFor({
      Files: ['Files.root.after-share', 'Files.root'],
      '/Upload/File/': 'UploadFile.multipart.same-name',
    });
    const result = await client.upload('/hello.txt', { source: 'hello world\n' });
    expect(result.name).toBe('hello_0.txt');
    expect(result.renamed).toBe(true);
  });

  it('UploadFile.put: PUT with the Auth-Token header and the whole path in one segment', async () => {
    const { client, sent } = clientFor({ '/Upload/File/personal/': 'UploadFile.put' });
    const result = await client.upload('/my folder/put.txt', { source: 'hello world\n' }, { method: 'put' });
    expect(result.name).toBe('put.txt');
    expect(sent[0]?.method).toBe('PUT');
    // The folder encoded twice (the server decodes it twice), the name once, all in one segment.
    expect(sent[0]?.url).toBe('http://pro7.test/webmail/?/Upload/File/personal/%252Fmy%2520folder%2Fput.txt');
    expect(sent[0]?.headers.get('auth-token')).toBe('recorded-token');
  });

  it('UploadFile.error.bad-auth: AuthError 102', async () => {
    const { client } = clientFor({ '/Upload/File/': 'UploadFile.error.bad-auth' });
    const error = await rejection(client.upload('/a.txt', { source: 'x' }, { overwrite: true }));
    expect(error).toBeInstanceOf(AuthError);
    expect(error.code).toBe(102);
  });

  it('UploadFile.error.no-file: the bare {"Error":"size"} is a QuotaError naming the PHP upload limits', async () => {
    // PHP answers so when it drops the file part: none sent, or over upload_max_filesize / post_max_size. Our client
    // always sends one, so for it the answer means the size limit.
    const { client } = clientFor({ '/Upload/File/': 'UploadFile.error.no-file' });
    const error = await rejection(client.upload('/a.txt', { source: 'x' }, { overwrite: true }));
    expect(isQuotaError(error)).toBe(true);
    expect(error.code).toBe('size');
    expect(error.message).toBe(
      "afterlogic-pro7 UploadFile: the file is over the server's upload size limit (PHP upload_max_filesize / " +
        `post_max_size; Error "size"): raise those settings, or upload with method 'put', which has no such limit`,
    );
  });

  it('RawFilesDownload: the body, through the token link form', async () => {
    const { client, sent } = clientFor({ FileInfo: 'FileInfo', '/Raw/FilesDownload/': recordedRaw.download });
    const text = await readText(await client.download('/my folder/put.txt'));
    expect(text).toBe('hello world\n');
    expect(sent[1]?.url).toMatch(/\?\/Raw\/FilesDownload\/1\/u-LTiGiM1G[^/]+\/0\/hash\/recorded-token$/);
  });

  it('RawFilesView: inline, same bytes', async () => {
    const { client, sent } = clientFor({ FileInfo: 'FileInfo', '/Raw/FilesView/': recordedRaw.view });
    expect(await readText(await client.download('/my folder/put.txt', { view: true }))).toBe('hello world\n');
    expect(sent[1]?.url).toContain('/Raw/FilesView/1/');
    expect(recordedRaw.view.headers['Content-Disposition']).toBe('inline; filename="put.txt"');
  });

  it('RawFilesDownload.noauth: 404 with an empty body is a NotFoundError', async () => {
    const { client } = clientFor({ FileInfo: 'FileInfo', '/Raw/FilesDownload/': recordedRaw.downloadNoAuth });
    const error = await rejection(client.download('/my folder/put.txt'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(404);
    expect(error.message).not.toContain('recorded-token');
  });
});

describe('the fixture set', () => {
  it('covers every capture: 40 JSON answers and the Raw ones', () => {
    const names = Object.keys(recorded) as RecordedName[];
    expect(names).toHaveLength(40);
    for (const name of names) expect(() => JSON.parse(recorded[name])).not.toThrow();
    expect(recordedRaw.download.headers['Content-Disposition']).toBe('attachment; filename="put.txt"');
    expect(recordedRaw.downloadNoAuth.status).toBe(404);
  });
});
