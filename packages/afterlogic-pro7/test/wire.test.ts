import { ConflictError, isFileClientError, ProtocolError } from '@fileclients/core';
import { describe, expect, it } from 'vitest';
import { createPro7Client, type FetchLike, type ParamsOf } from '../src/index.js';
import { recorded } from './fixtures/recorded.js';
import { rejection } from './helpers.js';

// The exact bytes of an Ajax request: the server reads a form body, and the order of its fields (caller's, then
// AuthToken or Token, then Action) is what the web client sends and what the bench's raw request copies.

const BASE = 'http://pro7.test/webmail/';

interface Seen {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string;
  readonly redirect: RequestRedirect | undefined;
}

function capture(answer: string = recorded['Files.empty']): { fetch: FetchLike; seen: Seen[] } {
  const seen: Seen[] = [];
  const fetch: FetchLike = async (input, init) => {
    seen.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : '',
      redirect: init?.redirect,
    });
    return new Response(answer, { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  };
  return { fetch, seen };
}

describe('the Ajax request on the wire', () => {
  it('one form-encoded POST to {base}?/Ajax/{Action}: fields in order, AuthToken then Action last', async () => {
    const { fetch, seen } = capture();
    const client = createPro7Client({ baseUrl: BASE, fetch, authToken: 'tok en', accountId: 1 });
    await client.list('/docs/a b', { pattern: "x+y&z=é!'()~*" });
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request?.url).toBe('http://pro7.test/webmail/?/Ajax/Files');
    expect(request?.method).toBe('POST');
    expect(request?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    // A redirected POST would lose its body, and the API never redirects: fetch fails on a 3xx.
    expect(request?.redirect).toBe('error');
    // URLSearchParams' serialisation: space as +, everything but *-._ and alphanumerics percent-encoded.
    expect(request?.body).toBe(
      'Type=personal&Path=%2Fdocs%2Fa+b&Pattern=x%2By%26z%3D%C3%A9%21%27%28%29%7E*&AuthToken=tok+en&Action=Files',
    );
  });

  it('undefined and null fields are left out, booleans are sent as 1 and 0', async () => {
    const { fetch, seen } = capture('{"AccountID":1,"Action":"FilesRename","Result":true}');
    const client = createPro7Client({ baseUrl: BASE, fetch, authToken: 't', accountId: 1 });
    // The spec types IsLink as "0" | "1"; a JavaScript boolean from untyped code is encoded the same way.
    const params = { Type: 'personal', Path: '', Name: 'a', NewName: 'b', IsLink: true, Extra: undefined, Other: null };
    await client.call('/Ajax/FilesRename', params as unknown as ParamsOf<'/Ajax/FilesRename'>);
    expect(seen[0]?.body).toBe('Type=personal&Path=&Name=a&NewName=b&IsLink=1&AuthToken=t&Action=FilesRename');
    await client.call('/Ajax/FilesRename', { ...params, IsLink: false } as unknown as ParamsOf<'/Ajax/FilesRename'>);
    expect(new URLSearchParams(seen[1]?.body).get('IsLink')).toBe('0');
  });

  it("the client's Action, AuthToken and Token replace a caller's, in place", async () => {
    const { fetch, seen } = capture();
    const client = createPro7Client({ baseUrl: BASE, fetch, authToken: 'mine', accountId: 1 });
    const params = { Action: 'FilesDelete', AuthToken: 'theirs', Type: 'personal', Path: '' };
    await client.call('/Ajax/Files', params as unknown as ParamsOf<'/Ajax/Files'>);
    expect(seen[0]?.body).toBe('Action=Files&AuthToken=mine&Type=personal&Path=');
  });

  it('SystemLogin and FilesPub carry no AuthToken; cookie mode sends the CSRF Token instead', async () => {
    const { fetch, seen } = capture(recorded['Files.empty'].replace('"Action":"Files"', '"Action":"FilesPub"'));
    const token = createPro7Client({ baseUrl: BASE, fetch, authToken: 'secret', accountId: 1 });
    await token.listPublic('hash', '/sub');
    expect(seen[0]?.body).toBe('Hash=hash&Path=%2Fsub&Action=FilesPub');

    const cookie = capture(recorded['SystemGetAppData.anonymous']);
    const client = createPro7Client({ baseUrl: BASE, fetch: cookie.fetch, auth: 'cookie' });
    await client.appData();
    expect(cookie.seen[0]?.body).toBe('Action=SystemGetAppData');
    await client.appData();
    expect(cookie.seen[1]?.body).toBe('Token=0cd651a38b727442b4e9ac9e8f698109&Action=SystemGetAppData');
  });

  it('an answer that is not JSON, or an empty one, is a ProtocolError naming the action', async () => {
    for (const body of ['<html>login</html>', '']) {
      const { fetch } = capture(body);
      const error = await rejection(createPro7Client({ baseUrl: BASE, fetch, authToken: 't' }).quota());
      expect(error).toBeInstanceOf(ProtocolError);
      expect(isFileClientError(error) && error.operation).toBe('FilesQuota');
    }
  });

  it('a redirect is not followed: the 3xx is an error naming the action and status', async () => {
    const fetch: FetchLike = async () =>
      new Response(null, { status: 302, headers: { Location: 'https://elsewhere.test/login' } });
    const error = await rejection(createPro7Client({ baseUrl: BASE, fetch, authToken: 't' }).quota());
    expect(isFileClientError(error) && [error.operation, error.status]).toEqual(['FilesQuota', 302]);
  });
});

describe('the root folder as the item of an action', () => {
  it('is a ConflictError naming the action, and nothing is sent', async () => {
    const { fetch, seen } = capture();
    const client = createPro7Client({ baseUrl: BASE, fetch, authToken: 't', accountId: 1 });
    const cases: Array<[string, Promise<unknown>]> = [
      ['FileInfo', client.info('/')],
      ['FilesFolderCreate', client.createFolder('')],
      ['FilesRename', client.rename('//', 'x')],
      ['FilesCreatePublicLink', client.createPublicLink('/')],
      ['FilesPublicLinkDelete', client.deletePublicLink('/')],
      ['UploadFile', client.upload('/', { source: 'x' }, { overwrite: true })],
    ];
    for (const [operation, call] of cases) {
      const error = await rejection(call);
      expect(error).toBeInstanceOf(ConflictError);
      expect(isFileClientError(error) && [error.provider, error.operation]).toEqual(['afterlogic-pro7', operation]);
    }
    // Bulk actions report it per item.
    const [report] = await client.delete('/');
    expect(report?.ok === false && report.error).toBeInstanceOf(ConflictError);
    expect(seen).toEqual([]);
  });
});
