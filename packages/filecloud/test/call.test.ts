import { AbortError, NotFoundError, ProtocolError } from '@fileclients/core';
import { describe, expect, it } from 'vitest';
import { completeTwoFactor, createFileCloudClient, type FetchLike } from '../src/index.js';
import { recordedAdmin, recordedClient, sample } from './fixtures.js';

describe('call: any form call of the spec, typed from it', () => {
  it('sends the form fields and resolves to the decoded answer', async () => {
    const { client, requests } = recordedClient({ '/core/getfilelist': 'getfilelist.xml' });
    const data = await client.call('/core/getfilelist', { path: '/alice', limit: 3 });
    expect(data.meta?.total).toBe('3');
    expect(data.entry?.map((e) => e.name)).toEqual(['Projects', 'report 2018.pdf', 'notes & ideas.txt']);
    expect(requests[0]?.fields.toString()).toBe('path=%2Falice&limit=3');
    expect(requests[0]?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(requests[0]?.headers.get('x-requested-with')).toBe('XMLHttpRequest');
  });

  it('sends an empty form when the call has no fields', async () => {
    const { client, requests } = recordedClient({ '/core/getshares': 'getshares.xml' });
    const data = await client.call('/core/getshares');
    expect(Array.isArray(data.share)).toBe(true);
    expect(requests[0]?.fields.toString()).toBe('');
  });

  it('logs in first, like the methods', async () => {
    const { client, requests } = recordedClient(
      { '/core/loginguest': 'loginguest-ok.xml', '/core/getfilelist': 'getfilelist.xml' },
      true,
    );
    await client.call('/core/getfilelist', { path: '/alice' });
    expect(requests.map((r) => r.path)).toEqual(['/core/loginguest', '/core/getfilelist']);
  });

  it('throws the typed error for result 0', async () => {
    const { client } = recordedClient({ '/core/deletefile': 'deletefile-missing.xml' });
    await expect(client.call('/core/deletefile', { path: '/alice', name: 'gone.txt' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('works on the admin client', async () => {
    const { admin, requests } = recordedAdmin({ '/admin/getuser': 'admin-getuser.xml' });
    const data = await admin.call('/admin/getuser', { op: 'getuser', username: 'alice' });
    expect(data.user?.[0]?.username).toBe('alice');
    expect(requests[0]?.fields.get('op')).toBe('getuser');
  });

  it('stops on the caller’s signal with AbortError', async () => {
    // A fetch that honours its signal, as the real one does.
    const fetch: FetchLike = (_input, init) =>
      init?.signal?.aborted
        ? Promise.reject(new DOMException('aborted', 'AbortError'))
        : Promise.resolve(new Response(sample('getfilelist.xml'), { headers: { 'content-type': 'text/xml' } }));
    const client = createFileCloudClient({ baseUrl: 'https://files.example.com', fetch });
    expect((await client.call('/core/getfilelist', { path: '/alice' })).meta?.total).toBe('3');
    const controller = new AbortController();
    controller.abort();
    await expect(
      client.call('/core/getfilelist', { path: '/alice' }, { signal: controller.signal }),
    ).rejects.toBeInstanceOf(AbortError);
  });

  it('completes a second factor through a client, without logging in first', async () => {
    const { client, requests } = recordedClient({ '/core/2falogin': '2falogin-ok.xml' }, true);
    await completeTwoFactor(client, { userid: 'alice', token: 't0k', code: '123456' });
    expect(requests.map((r) => r.path)).toEqual(['/core/2falogin']);
    expect(requests[0]?.fields.get('code')).toBe('123456');
  });
});

describe('the answer as read off the wire', () => {
  const answer = (init: { status?: number; headers?: Record<string, string>; body?: string }): FetchLike => {
    let calls = 0;
    return async (input) => {
      calls++;
      const url = new URL(input instanceof Request ? input.url : input);
      if (calls === 1 && init.status !== undefined) {
        return new Response(null, { status: init.status, headers: { location: `${url.origin}/core/getfilelist2` } });
      }
      return new Response(init.body ?? sample('getfilelist.xml'), {
        headers: { 'content-type': 'text/xml', ...init.headers },
      });
    };
  };

  it('follows a redirect of an API call, as it did before', async () => {
    const client = createFileCloudClient({ baseUrl: 'https://files.example.com', fetch: answer({ status: 307 }) });
    expect((await client.list('/alice')).total).toBe(3);
  });

  it('refuses an answer shorter than its Content-Length (a cut answer is never data)', async () => {
    const body = sample('getfilelist.xml');
    const client = createFileCloudClient({
      baseUrl: 'https://files.example.com',
      retry: false,
      fetch: answer({ body, headers: { 'content-length': String(Buffer.byteLength(body) + 10) } }),
    });
    const error = await client.list('/alice').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as ProtocolError).code).toBe('TRUNCATED');
  });

  it('decodes UTF-8 and drops a byte-order mark, as Response.text() does', async () => {
    const body = `\uFEFF${sample('getfilelist.xml').replaceAll('Projects', 'Projekte Ü')}`;
    const client = createFileCloudClient({ baseUrl: 'https://files.example.com', fetch: answer({ body }) });
    expect((await client.list('/alice')).entries[0]?.name).toBe('Projekte Ü');
  });
});
