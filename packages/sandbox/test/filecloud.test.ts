import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FileCloudSandbox, startFileCloudSandbox } from '../src/filecloud/index.js';

let sandbox: FileCloudSandbox;
beforeAll(async () => {
  sandbox = await startFileCloudSandbox();
});
afterAll(async () => {
  await sandbox.stop();
});

/** A minimal raw session: cookies and the XSRF header by hand, so the sandbox is tested without the client. */
function rawSession() {
  const cookies = new Map<string, string>();
  const headers = (): Record<string, string> => {
    const h: Record<string, string> = { 'x-requested-with': 'XMLHttpRequest' };
    if (cookies.size > 0) h.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const xsrf = cookies.get('X-XSRF-TOKEN');
    if (xsrf) h['x-xsrf-token'] = xsrf;
    return h;
  };
  const keep = (res: Response): void => {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  return {
    cookies,
    async post(path: string, form: Record<string, string>, extra: Record<string, string> = {}): Promise<Response> {
      const res = await fetch(`${sandbox.url}${path}`, {
        method: 'POST',
        headers: { ...headers(), 'content-type': 'application/x-www-form-urlencoded', ...extra },
        body: new URLSearchParams(form).toString(),
      });
      keep(res);
      return res;
    },
    async get(path: string, query: Record<string, string>): Promise<Response> {
      const res = await fetch(`${sandbox.url}${path}?${new URLSearchParams(query)}`, {
        headers: headers(),
        redirect: 'manual',
      });
      keep(res);
      return res;
    },
    async upload(query: Record<string, string>, bytes: Uint8Array): Promise<string> {
      const form = new FormData();
      form.append('file_contents', new Blob([new Uint8Array(bytes)]), query.filename);
      const res = await fetch(`${sandbox.url}/core/upload?${new URLSearchParams(query)}`, {
        method: 'POST',
        headers: headers(),
        body: form,
      });
      return res.text();
    },
  };
}

async function loggedIn() {
  const s = rawSession();
  const res = await s.post('/core/loginguest', { userid: 'alice', password: 'alice-password' });
  expect(await res.text()).toContain('<result>1</result>');
  return s;
}

describe('filecloud sandbox', () => {
  it('exposes the example environment', () => {
    expect(sandbox.env).toMatchObject({
      FILECLOUD_URL: sandbox.url,
      FILECLOUD_USERNAME: 'alice',
      FILECLOUD_ADMIN_USERNAME: 'admin',
    });
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses a wrong password with result 0 and HTTP 200', async () => {
    const res = await rawSession().post('/core/loginguest', { userid: 'alice', password: 'nope' });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('<result>0</result>');
    expect(text).toContain('CLFC-00501');
  });

  it('sets session and X-XSRF-TOKEN cookies and enforces the CSRF header', async () => {
    const s = await loggedIn();
    expect(s.cookies.has('X-XSRF-TOKEN')).toBe(true);
    // The rule is for browsers' User-Agents (see filecloud-fidelity.test.ts for the others).
    const browser = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0' };
    const bad = await s.post('/core/getfilelist', { path: '/alice' }, { ...browser, 'x-xsrf-token': 'wrong' });
    expect(await bad.text()).toContain('CSRF check failed');
    const good = await s.post('/core/getfilelist', { path: '/alice' }, browser);
    expect(await good.text()).toContain('<result>1</result>');
  });

  it('rejects requests outside the spec with HTTP 400', async () => {
    const s = await loggedIn();
    expect((await s.post('/core/getfilelist', { path: '/alice', bogus: '1' })).status).toBe(400);
    expect((await s.post('/core/getfilelist', {})).status).toBe(400);
    expect((await s.get('/core/getfilelist', { path: '/alice' })).status).toBe(400);
    const json = await fetch(`${sandbox.url}/core/getfilelist`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"path":"/alice"}',
    });
    expect(json.status).toBe(400);
    expect((await s.post('/core/nosuchop', {})).status).toBe(404);
  });

  it('answers without a session with result 0, and getauthenticationinfo with authenticated 0', async () => {
    const s = rawSession();
    expect(await (await s.post('/core/getfilelist', { path: '/alice' })).text()).toContain('<result>0</result>');
    expect(await (await s.post('/core/getauthenticationinfo', {})).text()).toContain(
      '<authenticated>0</authenticated>',
    );
  });

  it('lists an empty folder with no entry element', async () => {
    const s = await loggedIn();
    await s.post('/core/createfolder', { path: '/alice', name: 'empty-raw' });
    const text = await (await s.post('/core/getfilelist', { path: '/alice/empty-raw' })).text();
    expect(text).toContain('<total>0</total>');
    expect(text).not.toContain('<entry>');
  });

  it('assembles a chunked upload by offset and rejects a gap', async () => {
    const s = await loggedIn();
    const bytes = new Uint8Array(25).map((_, i) => i);
    const base = { appname: 'explorer', path: '/alice', filename: 'raw.bin', filesize: '25' };
    expect(await s.upload({ ...base, offset: '0', complete: '0' }, bytes.subarray(0, 10))).toBe('OK');
    expect(await s.upload({ ...base, offset: '10', complete: '0' }, bytes.subarray(10, 20))).toBe('OK');
    expect(await s.upload({ ...base, offset: '20', complete: '1' }, bytes.subarray(20))).toBe('OK');
    const res = await s.get('/core/downloadfile', { filepath: '/alice/raw.bin', filename: 'raw.bin' });
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
    expect(await s.upload({ ...base, filename: 'gap.bin', offset: '5', complete: '1' }, bytes)).toContain('offset');
  });

  it('redirects redirect=1 downloads to the storage host', async () => {
    const s = await loggedIn();
    await s.upload(
      { appname: 'explorer', path: '/alice', filename: 'r.txt', offset: '0', complete: '1', filesize: '2' },
      new TextEncoder().encode('hi'),
    );
    const res = await s.get('/core/downloadfile', { filepath: '/alice/r.txt', filename: 'r.txt', redirect: '1' });
    expect(res.status).toBe(302);
    const location = res.headers.get('location') ?? '';
    expect(location.startsWith(sandbox.storageUrl)).toBe(true);
    expect(await (await fetch(location)).text()).toBe('hi');
    expect(sandbox.storageRequests.at(-1)).toMatchObject({ cookie: false });
  });

  it('answers a download of a missing file with an XML error body', async () => {
    const s = await loggedIn();
    const res = await s.get('/core/downloadfile', { filepath: '/alice/none', filename: 'none' });
    expect(res.headers.get('content-type')).toContain('xml');
    expect(await res.text()).toContain('<result>0</result>');
  });

  it('asks the 2FA user for a code (result 3) and completes with /core/2falogin', async () => {
    const s = rawSession();
    const first = await (await s.post('/core/loginguest', { userid: 'carol', password: 'carol-password' })).text();
    expect(first).toContain('<result>3</result>');
    const token = /<message>([^<]+)<\/message>/.exec(first)?.[1] ?? '';
    const wrong = await (await s.post('/core/2falogin', { userid: 'carol', code: '000000', token })).text();
    expect(wrong).toContain('<result>0</result>');
    const done = await (await s.post('/core/2falogin', { userid: 'carol', code: '246810', token })).text();
    expect(done).toContain('<result>1</result>');
    expect(await (await s.post('/core/getauthenticationinfo', {})).text()).toContain('<profile>carol</profile>');
  });

  it('keeps admin and user sessions apart', async () => {
    const user = await loggedIn();
    expect(await (await user.post('/admin/search', { op: 'search' })).text()).toContain('<result>0</result>');
    const admin = rawSession();
    expect(
      await (
        await admin.post('/admin/adminlogin', { op: 'adminlogin', adminuser: 'admin', adminpassword: 'admin-password' })
      ).text(),
    ).toContain('<result>1</result>');
    const users = await (await admin.post('/admin/search', { op: 'search', start: '0', end: '10' })).text();
    expect(users).toContain('<username>alice</username>');
    expect(await (await admin.post('/admin/getuser', { op: 'getuser', username: 'nobody' })).text()).toBe('');
  });

  it('forgets sessions on expireSessions', async () => {
    const s = await loggedIn();
    sandbox.expireSessions();
    expect(await (await s.post('/core/getauthenticationinfo', {})).text()).toContain(
      '<authenticated>0</authenticated>',
    );
  });
});
