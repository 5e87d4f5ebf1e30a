import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Pro7Sandbox, startAfterlogicPro7Sandbox } from '../src/index.js';

let sandbox: Pro7Sandbox;
let token: string;

type Json = Record<string, unknown>;

async function ajax(action: string, fields: Record<string, string>, init: { cookie?: string; path?: string } = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (init.cookie) headers.Cookie = init.cookie;
  const response = await fetch(`${sandbox.url}/?${init.path ?? `/Ajax/${action}`}`, {
    method: 'POST',
    headers,
    body: new URLSearchParams({ Action: action, ...fields }).toString(),
  });
  const text = await response.text();
  return { response, text, json: response.status === 200 ? (JSON.parse(text) as Json) : ({} as Json) };
}

async function authed(action: string, fields: Record<string, string> = {}): Promise<Json> {
  return (await ajax(action, { AuthToken: token, ...fields })).json;
}

async function names(path: string, type = 'personal'): Promise<string[]> {
  const json = await authed('Files', { Type: type, Path: path });
  const result = json.Result as { Items: Array<{ Name: string }> };
  return result.Items.map((item) => item.Name);
}

beforeAll(async () => {
  sandbox = await startAfterlogicPro7Sandbox({ seedFiles: { '/docs/a.txt': 'alpha', '/hello.txt': 'hello world\n' } });
  const login = await ajax('SystemLogin', {
    Email: sandbox.credentials.username,
    IncPassword: sandbox.credentials.password,
  });
  token = ((login.json.Result as Json).AuthToken as string) ?? '';
});

afterAll(async () => {
  await sandbox.stop();
});

describe('afterlogic-pro7 sandbox: transport', () => {
  it('listens on 127.0.0.1 and exposes the example environment', () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sandbox.env).toEqual({
      PRO7_URL: sandbox.url,
      PRO7_USERNAME: sandbox.credentials.username,
      PRO7_PASSWORD: sandbox.credentials.password,
    });
    expect(token).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers errors with HTTP 200, ErrorCode and escaped slashes', async () => {
    const { response, json } = await ajax('Files', { Type: 'personal', Path: '' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(json).toMatchObject({ Action: 'Files', Result: false, ErrorCode: 102 });
    const ok = await ajax('Files', { AuthToken: token, Type: 'personal', Path: '' });
    expect(ok.text).toContain('"@Object":"Object\\/CFileStorageItem"');
  });

  it('GET, JSON bodies and unknown actions get 999 as on the server', async () => {
    const get = await fetch(`${sandbox.url}/?/Ajax/Files`);
    expect(await get.json()).toMatchObject({ Action: 'Unknown', ErrorCode: 999 });
    const json = await fetch(`${sandbox.url}/?/Ajax/Files`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Action: 'Files' }),
    });
    expect(await json.json()).toMatchObject({ Action: 'Unknown', ErrorCode: 999 });
    expect((await ajax('NoSuchAction', {})).json).toMatchObject({ Action: 'NoSuchAction', ErrorCode: 999 });
  });

  it('rejects what the spec does not allow with 400', async () => {
    // ?/Ajax/ and a path naming another action are served as the real server serves them: see the fidelity test.
    const extra = await ajax('Files', { AuthToken: token, Type: 'personal', Path: '', Bogus: '1' });
    expect(extra.response.status).toBe(400);
    expect(extra.text).toContain('no field Bogus');
    expect((await ajax('Files', { AuthToken: token, Type: 'cloud', Path: '' })).response.status).toBe(400);
    expect(
      (
        await ajax('FilesRename', {
          AuthToken: token,
          Type: 'personal',
          Path: '',
          Name: 'a',
          NewName: 'b',
          IsLink: 'false',
        })
      ).response.status,
    ).toBe(400);
    expect((await ajax('Files', { AuthToken: token, Type: 'personal' })).response.status).toBe(400);
    expect((await fetch(`${sandbox.url}/?/Ping/`)).status).toBe(400);
  });
});

describe('afterlogic-pro7 sandbox: auth and CSRF', () => {
  it('login errors: 103 without password, 102 with a wrong one', async () => {
    expect((await ajax('SystemLogin', { Email: 'x@y', IncPassword: '' })).json.ErrorCode).toBe(103);
    expect((await ajax('SystemLogin', { Email: sandbox.credentials.username, IncPassword: 'no' })).json.ErrorCode).toBe(
      102,
    );
  });

  it('checks the Token only when the p7token cookie is sent', async () => {
    const appData = await ajax('SystemGetAppData', {});
    const csrf = (appData.json.Result as Json).Token as string;
    expect(appData.response.headers.getSetCookie().some((c) => c.startsWith(`p7token=${csrf}`))).toBe(true);
    const cookie = `p7token=${csrf}`;
    expect((await ajax('Files', { AuthToken: token, Type: 'personal', Path: '' }, { cookie })).json.ErrorCode).toBe(
      101,
    );
    expect(
      (await ajax('Files', { AuthToken: token, Token: 'wrong', Type: 'personal', Path: '' }, { cookie })).json
        ?.ErrorCode,
    ).toBe(101);
    const good = await ajax('Files', { AuthToken: token, Token: csrf, Type: 'personal', Path: '' }, { cookie });
    expect(good.json.ErrorCode).toBeUndefined();
    // Without the cookie no Token is needed at all.
    expect((await ajax('Files', { AuthToken: token, Type: 'personal', Path: '' })).json.ErrorCode).toBeUndefined();
  });

  it('cookie sessions: p7auth from SystemLogin authenticates, AppData reports Auth', async () => {
    const appData = await ajax('SystemGetAppData', {});
    const csrf = (appData.json.Result as Json).Token as string;
    const login = await ajax(
      'SystemLogin',
      { Email: sandbox.credentials.username, IncPassword: sandbox.credentials.password, Token: csrf },
      { cookie: `p7token=${csrf}` },
    );
    const p7auth = login.response.headers
      .getSetCookie()
      .find((c) => c.startsWith('p7auth='))
      ?.split(';')[0];
    expect(p7auth).toBeDefined();
    const cookie = `p7token=${csrf}; ${p7auth}`;
    const list = await ajax('Files', { Token: csrf, Type: 'personal', Path: '' }, { cookie });
    expect(list.json.AccountID).toBe(1);
    const data = await ajax('SystemGetAppData', {}, { cookie });
    expect(data.json.Result).toMatchObject({ Auth: true, Default: 1, User: { IsFilesSupported: true } });
  });

  it('logout needs a numeric AccountID and kills the token', async () => {
    const login = await ajax('SystemLogin', {
      Email: sandbox.credentials.username,
      IncPassword: sandbox.credentials.password,
    });
    const other = (login.json.Result as Json).AuthToken as string;
    expect((await ajax('SystemLogout', { AuthToken: other })).json.ErrorCode).toBe(103);
    expect((await ajax('SystemLogout', { AuthToken: other, AccountID: '1' })).json).toMatchObject({
      Result: true,
      AccountID: 1,
    });
    expect((await ajax('Files', { AuthToken: other, Type: 'personal', Path: '' })).json.ErrorCode).toBe(102);
    // Repeating it with the dead token is still true, without AccountID.
    const again = (await ajax('SystemLogout', { AuthToken: other, AccountID: '1' })).json;
    expect(again.Result).toBe(true);
    expect(again.AccountID).toBeUndefined();
  });
});

describe('afterlogic-pro7 sandbox: Files quirks', () => {
  it('lists folders with Hash "" and files with an opaque Hash; quota [0, 0] without a limit', async () => {
    const json = await authed('Files', { Type: 'personal', Path: '' });
    const result = json.Result as { Items: Json[]; Quota: number[] };
    expect(result.Quota).toEqual([0, 0]);
    const docs = result.Items.find((item) => item.Name === 'docs');
    expect(docs).toMatchObject({ IsFolder: true, Hash: '', FullPath: '/docs', Path: '', Size: 0 });
    const hello = result.Items.find((item) => item.Name === 'hello.txt');
    expect(hello).toMatchObject({ IsFolder: false, Size: 12, ContentType: 'text/plain' });
    expect(hello?.Hash).not.toBe('');
    expect(Object.keys(hello ?? {})).toHaveLength(22);
  });

  it('missing folder is 999; corporate without collaboration is Result false', async () => {
    expect((await authed('Files', { Type: 'personal', Path: '/nope' })).ErrorCode).toBe(999);
    expect(await authed('Files', { Type: 'shared', Path: '' })).toMatchObject({ Result: false });
  });

  it('URL-decodes FolderCreate names a second time', async () => {
    expect((await authed('FilesFolderCreate', { Type: 'personal', Path: '', FolderName: 'a+b%41' })).Result).toBe(true);
    expect(await names('')).toContain('a bA');
    // An existing folder still answers true.
    expect((await authed('FilesFolderCreate', { Type: 'personal', Path: '', FolderName: 'docs' })).Result).toBe(true);
    expect((await authed('FilesFolderCreate', { Type: 'personal', Path: '/nope', FolderName: 'x' })).ErrorCode).toBe(
      999,
    );
  });

  it('renames with silent _0 suffixes on a clash', async () => {
    await authed('FilesFolderCreate', { Type: 'personal', Path: '', FolderName: 'r' });
    const put = (name: string) =>
      fetch(`${sandbox.url}/?/Upload/File/personal/${encodeURIComponent(`/r/${name}`)}`, {
        method: 'PUT',
        headers: { 'Auth-Token': token },
        body: name,
      });
    await put('one.txt');
    await put('two.txt');
    expect(
      (await authed('FilesRename', { Type: 'personal', Path: '/r', Name: 'one.txt', NewName: 'two.txt' })).Result,
    ).toBe(true);
    expect((await names('/r')).sort()).toEqual(['two.txt', 'two_0.txt']);
  });

  it('deletes item by item, not atomically', async () => {
    await authed('FilesFolderCreate', { Type: 'personal', Path: '', FolderName: 'd' });
    await authed('FilesFolderCreate', { Type: 'personal', Path: '/d', FolderName: 'x' });
    await authed('FilesFolderCreate', { Type: 'personal', Path: '/d', FolderName: 'y' });
    const items = JSON.stringify([
      { Path: '/d', Name: 'x' },
      { Path: '/d', Name: 'missing' },
      { Path: '/d', Name: 'y' },
    ]);
    expect((await authed('FilesDelete', { Type: 'personal', Items: items })).ErrorCode).toBe(999);
    expect(await names('/d')).toEqual(['y']);
  });

  it('copy: null when nothing was copied, clashes suffixed; move: false for a missing item', async () => {
    const copy = (files: unknown[]) =>
      authed('FilesCopy', {
        FromType: 'personal',
        ToType: 'personal',
        FromPath: '',
        ToPath: '/docs',
        Files: JSON.stringify(files),
      });
    expect((await copy([])).Result).toBeNull();
    expect((await copy([{ Name: 'hello.txt', IsFolder: false, Size: 12 }])).Result).toBe(true);
    expect((await copy([{ Name: 'hello.txt', IsFolder: false, Size: 12 }])).Result).toBe(true);
    expect((await names('/docs')).sort()).toEqual(['a.txt', 'hello.txt', 'hello_0.txt']);
    const move = await authed('FilesMove', {
      FromType: 'personal',
      ToType: 'personal',
      FromPath: '',
      ToPath: '/docs',
      Files: JSON.stringify([{ Name: 'gone.txt', IsFolder: false, Size: 1 }]),
    });
    expect(move).toMatchObject({ Result: false });
    expect(move.ErrorCode).toBeUndefined();
  });

  it('public links: same hash for the same item, Shared while linked, FilesPub without auth', async () => {
    const link = (name: string, isFolder: string) =>
      authed('FilesCreatePublicLink', { Type: 'personal', Path: '', Name: name, Size: '0', IsFolder: isFolder });
    const folder = (await link('docs', '1')).Result as string;
    expect(folder).toMatch(/^http:\/\/127\.0\.0\.1:\d+\?files-pub=[\w-]+/);
    expect((await link('docs', '1')).Result).toBe(folder);
    const missing = await authed('FilesCreatePublicLink', { Type: 'personal', Path: '', Name: 'docs', IsFolder: '1' });
    expect(missing.ErrorCode).toBe(999);
    const hash = folder.split('files-pub=')[1] ?? '';
    const pub = await ajax('FilesPub', { Hash: hash, Path: '' });
    expect((pub.json.Result as { Items: Json[] }).Items.map((i) => i.Name)).toContain('a.txt');
    const listed = ((await authed('Files', { Type: 'personal', Path: '' })).Result as { Items: Json[] }).Items;
    expect(listed.find((i) => i.Name === 'docs')?.Shared).toBe(true);
    const file = (await link('hello.txt', '0')).Result as string;
    const fileHash = file.split('/Min/Share/')[1] ?? '';
    const download = await fetch(`${sandbox.url}/?/Min/Download/${fileHash}`);
    expect(await download.text()).toBe('hello world\n');
    expect((await authed('FilesPublicLinkDelete', { Type: 'personal', Path: '', Name: 'docs' })).Result).toBe(true);
    expect((await ajax('FilesPub', { Hash: hash, Path: '' })).json.Result).toBe(false);
  });
});

describe('afterlogic-pro7 sandbox: uploads and Raw', () => {
  const multipart = (fields: Record<string, string>, file?: { name: string; body: string }) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (file) form.append('jua-uploader', new Blob([file.body], { type: 'text/plain' }), file.name);
    return fetch(`${sandbox.url}/?/Upload/File/`, { method: 'POST', body: form });
  };

  it('multipart: a clash is stored as name_0 while the answer echoes the sent name', async () => {
    const additional = JSON.stringify({ Type: 'personal', Path: '/docs', Overwrite: false });
    const answer = (await (
      await multipart({ AuthToken: token, AdditionalData: additional }, { name: 'a.txt', body: 'again' })
    ).json()) as Json;
    expect(answer).toMatchObject({
      Action: 'UploadFile',
      AccountID: 1,
      Result: { File: { Name: 'a.txt', Size: 5, MimeType: 'text/plain' } },
    });
    expect(await names('/docs')).toContain('a_0.txt');
  });

  it('multipart errors: bare {"Error":"size"} without a file, 102 with bad auth, unknown fields refused', async () => {
    const additional = JSON.stringify({ Type: 'personal', Path: '', Overwrite: false });
    expect(await (await multipart({ AuthToken: token, AdditionalData: additional })).json()).toEqual({ Error: 'size' });
    const bad = (await (
      await multipart({ AuthToken: 'bad', AdditionalData: additional }, { name: 'x.txt', body: 'x' })
    ).json()) as Json;
    expect(bad).toMatchObject({ Action: 'Upload', Result: false, ErrorCode: 102, Error: 'exception' });
    expect(
      (await multipart({ AuthToken: token, AdditionalData: additional, Foo: '1' }, { name: 'x.txt', body: 'x' }))
        .status,
    ).toBe(400);
  });

  it('multipart over the quota answers Result {"Error":"quota"}', async () => {
    sandbox.setQuota(10);
    const additional = JSON.stringify({ Type: 'personal', Path: '', Overwrite: true });
    const answer = (await (
      await multipart({ AuthToken: token, AdditionalData: additional }, { name: 'big.txt', body: 'x'.repeat(100) })
    ).json()) as Json;
    sandbox.setQuota(0);
    expect(answer.Result).toEqual({ Error: 'quota' });
  });

  it('PUT needs the Type segment and the Auth-Token header, and overwrites', async () => {
    const url = `${sandbox.url}/?/Upload/File/personal/${encodeURIComponent('/docs/p&q.txt')}`;
    const first = (await (
      await fetch(url, { method: 'PUT', headers: { 'Auth-Token': token }, body: 'one' })
    ).json()) as Json;
    expect(first).toMatchObject({ Action: 'UploadFile', Result: { File: { Name: 'p&q.txt', Size: 3 } } });
    await fetch(url, { method: 'PUT', headers: { 'Auth-Token': token }, body: 'three' });
    expect((await names('/docs')).filter((n) => n.startsWith('p&q'))).toEqual(['p&q.txt']);
    const noType = await fetch(`${sandbox.url}/?/Upload/File/docs/x.txt`, {
      method: 'PUT',
      headers: { 'Auth-Token': token },
      body: 'x',
    });
    expect(noType.status).toBe(400);
    const noAuth = await fetch(url, { method: 'PUT', body: 'x' });
    expect(await noAuth.json()).toMatchObject({ ErrorCode: 102 });
  });

  it('Raw: download and view with the token form, 404 with an empty body on any failure', async () => {
    const info = (await authed('FileInfo', { Type: 'personal', Path: '', Name: 'hello.txt' })).Result as Json;
    expect(info).toMatchObject({ Id: '', ContentType: '', Name: 'hello.txt' });
    const hash = info.Hash as string;
    const download = await fetch(`${sandbox.url}/?/Raw/FilesDownload/1/${hash}/0/hash/${token}`);
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="hello.txt"');
    expect(await download.text()).toBe('hello world\n');
    const view = await fetch(`${sandbox.url}/?/Raw/FilesView/1/${hash}/0/hash/${token}`);
    expect(view.headers.get('content-disposition')).toBe('inline; filename="hello.txt"');
    const noAuth = await fetch(`${sandbox.url}/?/Raw/FilesDownload/1/${hash}`);
    expect(noAuth.status).toBe(404);
    expect(await noAuth.text()).toBe('');
    const badHash = await fetch(`${sandbox.url}/?/Raw/FilesDownload/1/${hash}x/0/hash/${token}`);
    expect(badHash.status).toBe(404);
  });

  it('Raw serves non-ASCII names, with their UTF-8 bytes in Content-Disposition as PHP sends them', async () => {
    const name = 'résumé 📄.txt';
    await fetch(`${sandbox.url}/?/Upload/File/personal/${encodeURIComponent(`/${name}`)}`, {
      method: 'PUT',
      headers: { 'Auth-Token': token },
      body: 'unicode',
    });
    const info = (await authed('FileInfo', { Type: 'personal', Path: '', Name: name })).Result as Json;
    const download = await fetch(`${sandbox.url}/?/Raw/FilesDownload/1/${info.Hash as string}/0/hash/${token}`);
    expect(download.status).toBe(200);
    const header = download.headers.get('content-disposition') ?? '';
    expect(Buffer.from(header, 'latin1').toString('utf8')).toBe(`attachment; filename="${name}"`);
    expect(await download.text()).toBe('unicode');
  });

  it('802 when Files is off, and expired sessions answer 102', async () => {
    const off = await startAfterlogicPro7Sandbox({ filesEnabled: false });
    try {
      const login = await fetch(`${off.url}/?/Ajax/SystemLogin`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          Action: 'SystemLogin',
          Email: off.credentials.username,
          IncPassword: off.credentials.password,
        }),
      });
      const t = (((await login.json()) as Json).Result as Json).AuthToken as string;
      const files = await fetch(`${off.url}/?/Ajax/FilesQuota`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ Action: 'FilesQuota', AuthToken: t }),
      });
      expect(await files.json()).toMatchObject({ ErrorCode: 802 });
      off.expireSessions();
      const again = await fetch(`${off.url}/?/Ajax/FilesQuota`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ Action: 'FilesQuota', AuthToken: t }),
      });
      expect(await again.json()).toMatchObject({ ErrorCode: 102 });
    } finally {
      await off.stop();
    }
  });
});
