/**
 * Issue 14, FileCloud points 1, 2, 3 and 5: what real FileCloud servers and clients do, against the sandbox over raw
 * HTTP. Each test failed before the sandbox was changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FileCloudSandbox, startFileCloudSandbox } from '../src/filecloud/index.js';

let sandbox: FileCloudSandbox;
let cookie: string;

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36';
const PYTHON_SDK = 'python-requests/2.32.3';

async function post(path: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return { response, text: await response.text() };
}

beforeAll(async () => {
  sandbox = await startFileCloudSandbox();
  // Logged in as FileCloud's Python SDK does: its own User-Agent, no CSRF headers.
  const login = await fetch(`${sandbox.url}/core/loginguest`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': PYTHON_SDK },
    body: new URLSearchParams({ userid: 'alice', password: 'alice-password' }).toString(),
  });
  expect(await login.text()).toContain('<result>1</result>');
  cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
});

afterAll(async () => {
  await sandbox.stop();
});

describe('filecloud sandbox answers as FileCloud does (issue 14)', () => {
  it('14.1: a non-browser client without the CSRF headers is served, as the Python SDK is', async () => {
    const { text } = await post('/core/getfilelist', { path: '/alice' }, { 'user-agent': PYTHON_SDK });
    expect(text).toContain('<result>1</result>');
    expect(text).not.toContain('CSRF');
  });

  it('14.1: a browser User-Agent without the CSRF headers is refused', async () => {
    const { text } = await post('/core/getfilelist', { path: '/alice' }, { 'user-agent': BROWSER });
    expect(text).toContain('<result>0</result>');
    expect(text).toContain('CSRF check failed');
  });

  it('14.2: X-FC-Send-ETag: 1 makes createfolder answer an ETag; without it there is none', async () => {
    const asked = await post('/core/createfolder', { path: '/alice', name: 'etag-dir' }, { 'x-fc-send-etag': '1' });
    expect(asked.text).toContain('<result>1</result>');
    expect(asked.response.headers.get('etag')).toMatch(/^"[0-9a-f]{20}"$/);
    const plain = await post('/core/createfolder', { path: '/alice', name: 'plain-dir' });
    expect(plain.text).toContain('<result>1</result>');
    expect(plain.response.headers.get('etag')).toBeNull();
  });

  it('14.2: the last request of an upload, a zero-byte one included, answers an ETag when asked', async () => {
    const query = new URLSearchParams({
      appname: 'explorer',
      path: '/alice',
      filename: 'empty.txt',
      offset: '0',
      complete: '1',
      filesize: '0',
    });
    const form = new FormData();
    form.append('file_contents', new Blob([]), 'empty.txt');
    const response = await fetch(`${sandbox.url}/core/upload?${query}`, {
      method: 'POST',
      headers: { cookie, 'x-fc-send-etag': '1' },
      body: form,
    });
    expect(await response.text()).toBe('OK');
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{20}"$/);
  });

  it('14.3: copy and move at /app/explorer/ take the same fields as at /core/', async () => {
    await post('/core/createfolder', { path: '/alice', name: 'src' });
    await post('/core/createfolder', { path: '/alice', name: 'dst' });
    const copied = await post('/app/explorer/copyfile', { path: '/alice', name: 'src', copyto: '/alice/dst' });
    expect(copied.text).toContain('<result>1</result>');
    const moved = await post('/app/explorer/renameormove', { fromname: '/alice/dst/src', toname: '/alice/moved' });
    expect(moved.text).toContain('<result>1</result>');
    const list = await post('/core/getfilelist', { path: '/alice' });
    expect(list.text).toContain('<name>moved</name>');
    expect(list.text).toContain('<name>src</name>');
  });

  it('14.4: addshare shares a path under a name; a sharename sent twice is read as PHP reads it, the last one', async () => {
    await post('/core/createfolder', { path: '/alice', name: 'to-share' });
    const response = await fetch(`${sandbox.url}/core/addshare`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: 'sharelocation=%2Falice%2Fto-share&sharename=first&sharename=Team+docs',
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('<sharename>Team docs</sharename>');
    expect(text).toContain('<sharelocation>/alice/to-share</sharelocation>');
    const found = await post('/core/getshareforpath', { path: '/alice/to-share' });
    expect(found.text).toContain('<sharename>Team docs</sharename>');
  });

  it('14.5: a path the spec does not have is 404; a known path called outside the spec is 400', async () => {
    expect((await post('/core/nosuchoperation', {})).response.status).toBe(404);
    expect((await post('/core/getfilelist', { path: '/alice', bogus: '1' })).response.status).toBe(400);
  });
});
