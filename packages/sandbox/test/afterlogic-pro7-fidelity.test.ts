/**
 * Issue 19, sandbox points 4-10: what a real WebMail Lite 7.7.9 server (the ProjectCore Pro 7 shares) answered,
 * checked against the sandbox over HTTP. Each test failed before the sandbox was changed to answer so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Pro7Sandbox, startAfterlogicPro7Sandbox } from '../src/index.js';

type Json = Record<string, unknown>;

let sandbox: Pro7Sandbox;
let token: string;
let authCookie: string;

async function post(query: string, fields: Record<string, string>, cookie?: string): Promise<Json> {
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (cookie) headers.Cookie = cookie;
  const response = await fetch(`${sandbox.url}/?${query}`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(fields).toString(),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Json;
}

const authed = (action: string, fields: Record<string, string> = {}): Promise<Json> =>
  post(`/Ajax/${action}`, { Action: action, AuthToken: token, ...fields });

async function names(path: string): Promise<string[]> {
  const result = (await authed('Files', { Type: 'personal', Path: path })).Result as { Items: Array<{ Name: string }> };
  return result.Items.map((item) => item.Name);
}

async function put(url: string, body: string, headers: Record<string, string>): Promise<Json> {
  const response = await fetch(`${sandbox.url}/?/Upload/File/personal/${url}`, { method: 'PUT', headers, body });
  expect(response.status).toBe(200);
  return (await response.json()) as Json;
}

beforeAll(async () => {
  sandbox = await startAfterlogicPro7Sandbox({
    uploadMaxFileSize: 1024,
    publicUrl: 'http://localhost',
    seedFiles: {
      '/order/b_0.txt': 'b0',
      '/order/a.txt': 'a',
      '/order/b.txt': 'b',
      '/order/a_0.txt': 'a0',
      '/2024 100% a+b/p q+%/keep.txt': 'keep',
      '/shared.txt': 'shared',
    },
  });
  const response = await fetch(`${sandbox.url}/?/Ajax/SystemLogin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      Action: 'SystemLogin',
      Email: sandbox.credentials.username,
      IncPassword: sandbox.credentials.password,
    }).toString(),
  });
  token = (((await response.json()) as { Result: { AuthToken: string } }).Result.AuthToken as string) ?? '';
  authCookie = (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  expect(authCookie).toMatch(/^p7auth=[0-9a-f]+$/);
});

afterAll(async () => {
  await sandbox.stop();
});

describe('afterlogic-pro7 sandbox answers as a real 7.7.9 server (issue 19)', () => {
  it('19.4: PUT decodes the folder part twice and the name once', async () => {
    const folder = '/2024 100% a+b/p q+%';
    const name = 'q+%.txt';
    const answer = await put(encodeURIComponent(`${encodeURIComponent(folder)}/${name}`), 'twice', {
      'Auth-Token': token,
    });
    expect(answer).toMatchObject({ Action: 'UploadFile', Result: { File: { Name: name, Size: 5 } } });
    expect(await names(folder)).toEqual(['keep.txt', name]);
    // Encoded once, the folder's `%` and `+` are decoded again: `100% a` is no escape, `a+b` becomes `a b`, and the
    // folder is not found.
    const once = await put(encodeURIComponent(`${folder}/${name}`), 'once', { 'Auth-Token': token });
    expect(once).toMatchObject({ Result: false, ErrorCode: 999 });
  });

  it('19.5: PUT with the p7token cookie answers 101; the p7auth cookie alone is a session', async () => {
    const appData = await fetch(`${sandbox.url}/?/Ajax/SystemGetAppData`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'Action=SystemGetAppData',
    });
    const csrfCookie = (appData.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    expect(csrfCookie).toMatch(/^p7token=/);
    const withCsrf = await put('%2Fcookie.txt', 'x', { Cookie: `${authCookie}; ${csrfCookie}` });
    expect(withCsrf).toMatchObject({ Action: 'Upload', Result: false, ErrorCode: 101 });
    const authOnly = await put('%2Fcookie.txt', 'cookie', { Cookie: authCookie });
    expect(authOnly).toMatchObject({ Action: 'UploadFile', Result: { File: { Name: 'cookie.txt', Size: 6 } } });
    expect(await names('')).toContain('cookie.txt');
    const none = await put('%2Fnone.txt', 'x', {});
    expect(none).toMatchObject({ Result: false, ErrorCode: 102 });
  });

  it('19.6: FilesPublicLinkDelete without a link, or of a missing item, answers Result true', async () => {
    const fields = { Type: 'personal', Path: '' };
    expect(await authed('FilesPublicLinkDelete', { ...fields, Name: 'shared.txt' })).toMatchObject({ Result: true });
    expect(await authed('FilesPublicLinkDelete', { ...fields, Name: 'no-such.txt' })).toMatchObject({
      Result: true,
    });
  });

  it('19.7: FileInfo of a shared item says Shared false; only the Files listing says true', async () => {
    const link = await authed('FilesCreatePublicLink', {
      Type: 'personal',
      Path: '',
      Name: 'shared.txt',
      Size: '6',
      IsFolder: '0',
    });
    expect(typeof link.Result).toBe('string');
    const info = await authed('FileInfo', { Type: 'personal', Path: '', Name: 'shared.txt' });
    expect(info.Result).toMatchObject({ Name: 'shared.txt', Shared: false });
    const listing = (await authed('Files', { Type: 'personal', Path: '' })).Result as { Items: Json[] };
    expect(listing.Items.find((item) => item.Name === 'shared.txt')).toMatchObject({ Shared: true });
  });

  it('19.8: POST ?/Ajax/ with Action only in the body is served like ?/Ajax/{Action}', async () => {
    const generic = await post('/Ajax/', { Action: 'FilesQuota', AuthToken: token });
    expect(generic).toMatchObject({ Action: 'FilesQuota', Result: { Quota: [0, 0] } });
    // Whatever follows ?/Ajax/ is ignored: the body's Action decides.
    const other = await post('/Ajax/Files', { Action: 'FilesQuota', AuthToken: token });
    expect(other).toMatchObject({ Action: 'FilesQuota', Result: { Quota: [0, 0] } });
  });

  it('19.9: Files lists in byte order of the names, as the storage returns them', async () => {
    expect(await names('/order')).toEqual(['a.txt', 'a_0.txt', 'b.txt', 'b_0.txt']);
  });

  it('19.10: public links are built from the configured host, not the one the API is reached at', async () => {
    const link = await authed('FilesCreatePublicLink', {
      Type: 'personal',
      Path: '/order',
      Name: 'a.txt',
      Size: '1',
      IsFolder: '0',
    });
    expect(link.Result).toMatch(/^http:\/\/localhost\?\/Min\/Share\/[\w-]+$/);
  });

  it('upload_max_filesize: a multipart file over it is answered with the bare {"Error":"size"}; PUT is not limited', async () => {
    const send = async (size: number): Promise<Json> => {
      const form = new FormData();
      form.set('AuthToken', token);
      form.set('AdditionalData', JSON.stringify({ Type: 'personal', Path: '', Overwrite: true }));
      form.set('jua-uploader', new File([new Uint8Array(size)], 'big.bin'));
      const response = await fetch(`${sandbox.url}/?/Upload/File/`, { method: 'POST', body: form });
      return (await response.json()) as Json;
    };
    expect(await send(1024)).toMatchObject({ Result: { File: { Name: 'big.bin', Size: 1024 } } });
    expect(await send(1025)).toEqual({ Error: 'size' });
    const viaPut = await put('%2Fbig.bin', 'x'.repeat(4096), { 'Auth-Token': token });
    expect(viaPut).toMatchObject({ Result: { File: { Name: 'big.bin', Size: 4096 } } });
  });
});
