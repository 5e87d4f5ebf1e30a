import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CarbonioFilesSandbox, startCarbonioFilesSandbox } from '../src/carbonio-files/index.js';
import { base64Name, gql, soapLogin, uploadRaw } from './carbonio-files-helpers.js';

describe('carbonio-files sandbox: SOAP AuthRequest', () => {
  let sandbox: CarbonioFilesSandbox;
  beforeAll(async () => {
    sandbox = await startCarbonioFilesSandbox();
  });
  afterAll(() => sandbox.stop());

  const soap = (body: string) => fetch(`${sandbox.url}/service/soap/AuthRequest`, { method: 'POST', body });

  it('logs in with SOAP-JSON: authToken array, numeric lifetime, matching cookie', async () => {
    const res = await soap(
      JSON.stringify({
        Header: { context: { _jsns: 'urn:zimbra' } },
        Body: {
          AuthRequest: {
            _jsns: 'urn:zimbraAccount',
            persistAuthTokenCookie: '1',
            account: { by: 'name', _content: sandbox.credentials.username },
            password: { _content: sandbox.credentials.password },
          },
        },
      }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      Body: { AuthResponse: { authToken: Array<{ _content: string }>; lifetime: number } };
    };
    const token = body.Body.AuthResponse.authToken[0]?._content ?? '';
    expect(token).toMatch(/^0_[0-9a-f]{40}_[0-9a-f]+$/);
    expect(body.Body.AuthResponse.lifetime).toBeGreaterThan(11 * 3600 * 1000);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`ZM_AUTH_TOKEN=${token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Max-Age=\d+/);
  });

  it('answers a wrong password with a 422 fault carrying account.AUTH_FAILED', async () => {
    const res = await soap(
      JSON.stringify({
        Body: { AuthRequest: { account: { by: 'name', _content: 'alice@files.test' }, password: 'nope' } },
      }),
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as {
      Body: { Fault: { Code: { Value: string }; Detail: { Error: { Code: string } } } };
    };
    expect(body.Body.Fault.Code.Value).toBe('soap:Sender');
    expect(body.Body.Fault.Detail.Error.Code).toBe('account.AUTH_FAILED');
  });

  it('speaks SOAP 1.2 XML too, and validates an existing token', async () => {
    const xml = (inner: string) =>
      `<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Header><context xmlns="urn:zimbra"/></soap:Header><soap:Body><AuthRequest xmlns="urn:zimbraAccount">${inner}</AuthRequest></soap:Body></soap:Envelope>`;
    const ok = await soap(
      xml(
        `<account by="name">${sandbox.credentials.username}</account><password>${sandbox.credentials.password}</password>`,
      ),
    );
    expect(ok.status).toBe(200);
    const text = await ok.text();
    const token = /<authToken>([^<]+)<\/authToken>/.exec(text)?.[1] ?? '';
    expect(text).toMatch(/<lifetime>\d+<\/lifetime>/);
    const check = await soap(xml(`<authToken>${token}</authToken>`));
    expect(check.status).toBe(200);
    const bad = await soap(xml('<account by="name">alice@files.test</account><password>x</password>'));
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('<Code>account.AUTH_FAILED</Code>');
    const dtd = await soap(`<!DOCTYPE x [<!ENTITY a "b">]>${xml('')}`);
    expect(dtd.status).toBe(422);
  });

  it('answers faults with 500 when configured as an older mailbox', async () => {
    const old = await startCarbonioFilesSandbox({ faultStatus: 500 });
    try {
      const res = await fetch(`${old.url}/service/soap`, {
        method: 'POST',
        body: '{"Body":{"AuthRequest":{"account":{"by":"name","_content":"x@y"},"password":"z"}}}',
      });
      expect(res.status).toBe(500);
    } finally {
      await old.stop();
    }
  });
});

describe('carbonio-files sandbox: REST transfers', () => {
  let sandbox: CarbonioFilesSandbox;
  let token: string;
  beforeAll(async () => {
    sandbox = await startCarbonioFilesSandbox();
    token = await soapLogin(sandbox);
  });
  afterAll(() => sandbox.stop());
  const cookie = () => ({ cookie: `ZM_AUTH_TOKEN=${token}` });

  it('uploads raw bytes, renames on a clash and downloads with a form-encoded file name', async () => {
    const first = await uploadRaw(sandbox, token, 'my notes.txt', 'one');
    const second = await uploadRaw(sandbox, token, 'my notes.txt', 'two');
    const names = await gql(
      sandbox,
      token,
      'query Q($a: ID!, $b: ID!) { a: getNode(node_id: $a) { name ... on File { extension mime_type size } } b: getNode(node_id: $b) { name } }',
      { a: first, b: second },
    );
    expect(names.body.data).toEqual({
      a: { name: 'my notes', extension: 'txt', mime_type: 'text/plain', size: 3 },
      b: { name: 'my notes (1)' },
    });
    const res = await fetch(`${sandbox.url}/services/files/download/${second}`, { headers: cookie() });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''my+notes+%281%29.txt");
    expect(await res.text()).toBe('two');
  });

  it('refuses an invalid Filename (400), an unsized body (400) and an unknown parent (404)', async () => {
    const post = (headers: Record<string, string>, body: BodyInit, extra: RequestInit = {}) =>
      fetch(`${sandbox.url}/services/files/upload`, {
        method: 'POST',
        headers: { ...cookie(), ...headers },
        body,
        ...extra,
      });
    expect((await post({ filename: 'not base64!' }, 'x')).status).toBe(400);
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('x'));
        c.close();
      },
    });
    const chunked = await post({ filename: base64Name('a.txt') }, stream, { duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(400);
    const orphan = await post({ filename: base64Name('a.txt'), parentid: '00000000-0000-0000-0000-000000000000' }, 'x');
    expect(orphan.status).toBe(404);
  });

  it('adds and overwrites versions, and downloads a given version', async () => {
    const id = await uploadRaw(sandbox, token, 'v.txt', 'v1');
    const up = (body: string, overwrite: boolean) =>
      fetch(`${sandbox.url}/services/files/upload-version`, {
        method: 'POST',
        headers: { ...cookie(), nodeid: id, filename: base64Name('v.txt'), overwriteversion: String(overwrite) },
        body,
      });
    expect(await (await up('v2', false)).json()).toEqual({ nodeId: id, version: 2 });
    expect(await (await up('v2b', true)).json()).toEqual({ nodeId: id, version: 2 });
    const v1 = await fetch(`${sandbox.url}/services/files/download/${id}/1`, { headers: cookie() });
    expect(await v1.text()).toBe('v1');
    const latest = await fetch(`${sandbox.url}/services/files/download/${id}`, { headers: cookie() });
    expect(await latest.text()).toBe('v2b');
    const upper = await fetch(`${sandbox.url}/services/files/download/${id.toUpperCase()}`, { headers: cookie() });
    expect(upper.status).toBe(404);
  });

  it('attaches to other modules with upload-to and serves public link downloads without a cookie', async () => {
    const id = await uploadRaw(sandbox, token, 'pub.txt', 'public bytes');
    const to = await fetch(`${sandbox.url}/services/files/upload-to`, {
      method: 'POST',
      headers: cookie(),
      body: JSON.stringify({ nodeId: id, targetModule: 'MAILS' }),
    });
    expect(Object.keys((await to.json()) as object)).toEqual(['attachmentId']);
    const link = await gql(sandbox, token, 'mutation M($id: ID!) { createLink(node_id: $id) { id url } }', { id });
    const url = (link.body.data?.createLink as { url: string } | undefined)?.url ?? '';
    expect(url).toMatch(/\/services\/files\/public\/link\/download\/\w{32}$/);
    expect(await (await fetch(url)).text()).toBe('public bytes');
  });
});
